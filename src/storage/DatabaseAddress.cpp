#include "DatabaseAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace jalaseh::storage {
namespace {

// The libpq keywords an address may carry after `?`; anything else is a typo that libpq would
// refuse with a less helpful sentence.
const QStringList& knownOptions()
{
    static const QStringList keys{
        QStringLiteral("host"),
        QStringLiteral("hostaddr"),
        QStringLiteral("port"),
        QStringLiteral("dbname"),
        QStringLiteral("user"),
        QStringLiteral("password"),
        QStringLiteral("passfile"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"),
        QStringLiteral("sslmode"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslcrl"),
        QStringLiteral("sslpassword"),
        QStringLiteral("gssencmode"),
        QStringLiteral("target_session_attrs"),
        QStringLiteral("keepalives"),
        QStringLiteral("keepalives_idle"),
        QStringLiteral("service"),
        QStringLiteral("options"),
    };
    return keys;
}

QString decoded(const QString& text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QString typoMessage(const QString& shown, const QString& why)
{
    return QCoreApplication::translate("Database",
                                       "“%1” is not a usable database address: %2 A server address "
                                       "looks like postgresql://user@server:5432/database.")
        .arg(shown, why);
}

} // namespace

bool DatabaseAddress::isServerAddress(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

DatabaseAddress DatabaseAddress::parse(const QString& text, bool* ok, QString* error)
{
    DatabaseAddress address;
    *ok = true;
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (!isServerAddress(text)) {
        if (scheme.match(text).hasMatch()) { // postgresq://, mysql://, http://
            *ok = false;
            *error = typoMessage(text.section(QLatin1String("://"), 0, 0) + QStringLiteral("://…"),
                                 QCoreApplication::translate(
                                     "Database", "Jalaseh reaches only PostgreSQL servers."));
            return address;
        }
        address.filePath = text;
        return address;
    }
    address.engine = Engine::Postgres;
    auto refuse = [&](const QString& why) {
        *ok = false;
        // The text may hold a password; the message shows the address without it.
        DatabaseAddress shown = address;
        if (shown.databaseName.isEmpty() && shown.host.isEmpty())
            *error = typoMessage(QStringLiteral("postgresql://…"), why);
        else
            *error = typoMessage(shown.display(), why);
        return address;
    };

    QString rest = text.mid(text.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const qsizetype mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        address.databaseName = decoded(rest.mid(slash + 1));
    }
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        address.user = decoded(colon >= 0 ? userInfo.left(colon) : userInfo);
        if (colon >= 0)
            address.password = decoded(userInfo.mid(colon + 1));
    }
    QString portText;
    if (authority.startsWith(QLatin1Char('['))) { // [IPv6]:port
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return refuse(QCoreApplication::translate("Database", "the “[” of the server's "
                                                                  "address is not closed."));
        address.host = authority.mid(1, close - 1);
        if (authority.mid(close + 1).startsWith(QLatin1Char(':')))
            portText = authority.mid(close + 2);
    } else {
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        address.host = decoded(colon >= 0 ? authority.left(colon) : authority);
        if (colon >= 0)
            portText = authority.mid(colon + 1);
    }

    if (!query.isEmpty()) {
        for (const QString& pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            const QString key = decoded(equals >= 0 ? pair.left(equals) : pair);
            const QString value = equals >= 0 ? decoded(pair.mid(equals + 1)) : QString();
            if (!knownOptions().contains(key))
                return refuse(QCoreApplication::translate("Database", "“%1” is not a setting of a "
                                                                      "PostgreSQL connection.")
                                  .arg(key));
            if (key == QLatin1String("host"))
                address.host = value;
            else if (key == QLatin1String("port"))
                portText = value;
            else if (key == QLatin1String("dbname"))
                address.databaseName = value;
            else if (key == QLatin1String("user"))
                address.user = value;
            else if (key == QLatin1String("password"))
                address.password = value;
            else
                address.options.append({key, value});
        }
    }
    if (!portText.isEmpty()) {
        bool number = false;
        address.port = portText.toInt(&number);
        if (!number || address.port < 1 || address.port > 65535) {
            address.port = 0;
            return refuse(QCoreApplication::translate("Database",
                                                      "the port “%1” is not a number from 1 to "
                                                      "65535.")
                              .arg(portText));
        }
    }
    if (address.databaseName.isEmpty())
        return refuse(QCoreApplication::translate("Database",
                                                  "it names no database (the part after the "
                                                  "server and “/”)."));
    const QString timeout = address.option(QStringLiteral("connect_timeout"));
    if (!timeout.isEmpty() && (timeout.toInt() < 1 || timeout.toInt() > 60))
        return refuse(QCoreApplication::translate("Database",
                                                  "connect_timeout must be a number of seconds "
                                                  "from 1 to 60."));
    return address;
}

QString DatabaseAddress::option(const QString& key) const
{
    for (const auto& [name, value] : options) {
        if (name == key)
            return value;
    }
    return {};
}

QString DatabaseAddress::display() const
{
    if (engine == Engine::Sqlite)
        return filePath;
    const bool socketFolder = host.startsWith(QLatin1Char('/'));
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    if (!socketFolder)
        text += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port != 0 && !socketFolder)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(databaseName));
    QStringList query;
    if (socketFolder) {
        query.append(QStringLiteral("host=") + host);
        if (port != 0)
            query.append(QStringLiteral("port=%1").arg(port));
    }
    for (const auto& [key, value] : options) {
        if (key != QLatin1String("sslpassword"))
            query.append(key + QLatin1Char('=') + value);
    }
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

QString DatabaseAddress::connectionText() const
{
    QString text = display();
    if (engine == Engine::Sqlite || password.isEmpty())
        return text;
    // display() begins `postgresql://user@` (or `postgresql://` without a user name).
    const qsizetype start = QStringLiteral("postgresql://").size();
    const QString secret = QLatin1Char(':') + QString::fromUtf8(QUrl::toPercentEncoding(password));
    if (user.isEmpty())
        return text.insert(start, secret + QLatin1Char('@'));
    return text.insert(start + QUrl::toPercentEncoding(user).size(), secret);
}

} // namespace jalaseh::storage
