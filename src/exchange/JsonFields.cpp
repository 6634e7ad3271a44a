#include "JsonFields.h"

#include "persian/Normalize.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace jalaseh::exchange {
namespace {

// A value as the message quotes it: strings in quotes, short.
QString quoted(const QString& text)
{
    constexpr int longest = 60;
    const QString shown = text.size() > longest ? text.left(longest) + QStringLiteral("…") : text;
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

} // namespace

JsonFields::JsonFields(const QJsonObject& object, QString path, QList<FileProblem>& problems,
                       const QStringList& knownKeys)
    : m_object(object)
    , m_path(std::move(path))
    , m_problems(problems)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!knownKeys.contains(it.key()))
            report(it.key(),
                   QCoreApplication::translate(
                       "MeetingJson", "is not a field of this format (the fields here are %1); "
                                      "check its spelling")
                       .arg(knownKeys.join(QStringLiteral(", "))));
    }
}

QString JsonFields::pathOf(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonFields::report(const QString& key, const QString& message)
{
    m_problems.append({pathOf(key), message});
}

QString JsonFields::describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("MeetingJson", "null");
    case QJsonValue::Bool:
        return value.toBool() ? QCoreApplication::translate("MeetingJson", "true")
                              : QCoreApplication::translate("MeetingJson", "false");
    case QJsonValue::Double:
        return QCoreApplication::translate("MeetingJson", "the number %1").arg(value.toDouble());
    case QJsonValue::String:
        return QCoreApplication::translate("MeetingJson", "the text %1")
            .arg(quoted(value.toString()));
    case QJsonValue::Array:
        return QCoreApplication::translate("MeetingJson", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("MeetingJson", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("MeetingJson", "nothing");
}

QJsonValue JsonFields::present(const QString& key, Need need)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (need == Required)
            report(key, QCoreApplication::translate("MeetingJson", "is missing; it is required"));
        return QJsonValue(QJsonValue::Undefined);
    }
    return value;
}

void JsonFields::reportWrongType(const QString& key, const QString& expected,
                                 const QJsonValue& found)
{
    report(key, QCoreApplication::translate("MeetingJson", "should be %1, not %2")
                    .arg(expected, describe(found)));
}

void JsonFields::reportUnknownChoice(const QString& key, const QString& found,
                                     const QStringList& allowed)
{
    report(key,
           QCoreApplication::translate("MeetingJson", "%1 is not one of the allowed values: %2")
               .arg(quoted(found), allowed.join(QStringLiteral(", "))));
}

QString JsonFields::stringValue(const QString& key, Need need)
{
    const QJsonValue value = present(key, need);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        reportWrongType(key, QCoreApplication::translate("MeetingJson", "text"), value);
        return {};
    }
    QString written = value.toString();
    if (written.size() > longestField) {
        report(key, QCoreApplication::translate(
                        "MeetingJson", "is %1 characters long; a field may hold at most %2. "
                                       "Shorten it or split it over several entries.")
                        .arg(written.size())
                        .arg(longestField));
        return {};
    }
    return written;
}

QString JsonFields::text(const QString& key, Need need)
{
    const QString written = stringValue(key, need);
    if (written.isNull())
        return {};
    QString normalised = persian::normalizeForStorage(written);
    if (need == Required && normalised.isEmpty())
        report(key, QCoreApplication::translate("MeetingJson", "is empty; write the text"));
    return normalised;
}

QString JsonFields::plainText(const QString& key, Need need)
{
    const QString written = stringValue(key, need);
    if (written.isNull())
        return {};
    QString trimmed = written.trimmed();
    if (need == Required && trimmed.isEmpty())
        report(key, QCoreApplication::translate("MeetingJson", "is empty; write the text"));
    return trimmed;
}

std::optional<int> JsonFields::integer(const QString& key, Need need, int minimum, int maximum)
{
    const QJsonValue value = present(key, need);
    if (value.isUndefined())
        return std::nullopt;
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::floor(number)) {
        reportWrongType(key, QCoreApplication::translate("MeetingJson", "a whole number"), value);
        return std::nullopt;
    }
    if (number < minimum || number > maximum) {
        report(key, QCoreApplication::translate("MeetingJson",
                                                "%1 is out of range; it should be from %2 to %3")
                        .arg(number)
                        .arg(minimum)
                        .arg(maximum));
        return std::nullopt;
    }
    return int(number);
}

bool JsonFields::boolean(const QString& key, bool absent)
{
    const QJsonValue value = present(key, Optional);
    if (value.isUndefined())
        return absent;
    if (!value.isBool()) {
        reportWrongType(key, QCoreApplication::translate("MeetingJson", "true or false"), value);
        return absent;
    }
    return value.toBool();
}

QDate JsonFields::date(const QString& key, Need need)
{
    const QString written = stringValue(key, need);
    if (written.isNull())
        return {};
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date =
        form.match(written).hasMatch() ? QDate::fromString(written, Qt::ISODate) : QDate();
    if (!date.isValid())
        report(key,
               QCoreApplication::translate(
                   "MeetingJson", "%1 is not a date (expected YYYY-MM-DD, a Gregorian date such as "
                                  "2023-04-10)")
                   .arg(quoted(written)));
    return date;
}

QTime JsonFields::time(const QString& key, Need need)
{
    const QString written = stringValue(key, need);
    if (written.isNull())
        return {};
    static const QRegularExpression form(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto match = form.match(written);
    QTime time;
    if (match.hasMatch())
        time = QTime(match.captured(1).toInt(), match.captured(2).toInt());
    if (!time.isValid())
        report(key, QCoreApplication::translate(
                        "MeetingJson", "%1 is not a time of day (expected HH:MM, such as 13:20)")
                        .arg(quoted(written)));
    return time;
}

QJsonArray JsonFields::array(const QString& key, Need need)
{
    const QJsonValue value = present(key, need);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        reportWrongType(key, QCoreApplication::translate("MeetingJson", "a list [...]"), value);
        return {};
    }
    return value.toArray();
}

std::optional<QJsonObject> JsonFields::object(const QString& key, Need need)
{
    const QJsonValue value = present(key, need);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isObject()) {
        reportWrongType(key, QCoreApplication::translate("MeetingJson", "an object {...}"), value);
        return std::nullopt;
    }
    return value.toObject();
}

} // namespace jalaseh::exchange
