#include "IcsReader.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace jalaseh::test {
namespace {

const QSet<QString> textProperties{QStringLiteral("SUMMARY"),  QStringLiteral("DESCRIPTION"),
                                   QStringLiteral("LOCATION"), QStringLiteral("COMMENT"),
                                   QStringLiteral("TZNAME"),   QStringLiteral("PRODID")};

bool isControl(QChar c)
{
    return (c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7f;
}

// Unescapes a TEXT value, or says why it is not one.
QString unescapeText(const QString& value, QString& error)
{
    QString text;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == QLatin1Char(';') || c == QLatin1Char(',')) {
            error = QStringLiteral("an unescaped '%1' in TEXT").arg(c);
            return {};
        }
        if (c != QLatin1Char('\\')) {
            text += c;
            continue;
        }
        if (++i == value.size()) {
            error = QStringLiteral("a backslash at the end of TEXT");
            return {};
        }
        const QChar next = value[i];
        if (next == QLatin1Char('n') || next == QLatin1Char('N'))
            text += QLatin1Char('\n');
        else if (next == QLatin1Char('\\') || next == QLatin1Char(';') || next == QLatin1Char(','))
            text += next;
        else {
            error = QStringLiteral("the escape \\%1 in TEXT").arg(next);
            return {};
        }
    }
    return text;
}

// "NAME;P=v;Q=\"w\":value"
bool parseLine(const QString& line, IcsProperty& property, QString& error)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9-]+"));
    const auto nameMatch = name.match(line);
    if (!nameMatch.hasMatch()) {
        error = QStringLiteral("a line without a property name: ") + line;
        return false;
    }
    property.name = nameMatch.captured().toUpper();
    qsizetype i = nameMatch.capturedLength();
    while (i < line.size() && line[i] == QLatin1Char(';')) {
        const auto parameterName = name.match(line.mid(i + 1));
        if (!parameterName.hasMatch()) {
            error = QStringLiteral("a parameter without a name: ") + line;
            return false;
        }
        i += 1 + parameterName.capturedLength();
        if (i >= line.size() || line[i] != QLatin1Char('=')) {
            error = QStringLiteral("a parameter without '=': ") + line;
            return false;
        }
        ++i;
        QString value;
        if (i < line.size() && line[i] == QLatin1Char('"')) {
            const qsizetype close = line.indexOf(QLatin1Char('"'), i + 1);
            if (close < 0) {
                error = QStringLiteral("an unclosed quoted parameter: ") + line;
                return false;
            }
            value = line.mid(i + 1, close - i - 1);
            i = close + 1;
        } else {
            while (i < line.size() && line[i] != QLatin1Char(';') && line[i] != QLatin1Char(':')) {
                if (line[i] == QLatin1Char(',') || line[i] == QLatin1Char('"')) {
                    error = QStringLiteral("a parameter value that needs quotes: ") + line;
                    return false;
                }
                value += line[i++];
            }
        }
        property.parameters.insert(parameterName.captured().toUpper(), value);
    }
    if (i >= line.size() || line[i] != QLatin1Char(':')) {
        error = QStringLiteral("a property without ':' before its value: ") + line;
        return false;
    }
    property.value = line.mid(i + 1);
    for (const QChar c : property.value) {
        if (isControl(c)) {
            error = QStringLiteral("a control character in ") + property.name;
            return false;
        }
    }
    property.text = property.value;
    if (textProperties.contains(property.name)) {
        property.text = unescapeText(property.value, error);
        if (!error.isEmpty()) {
            error += QStringLiteral(" (") + property.name + QLatin1Char(')');
            return false;
        }
    }
    return true;
}

QString missing(const IcsComponent& component, const QStringList& names)
{
    for (const QString& name : names) {
        if (!component.property(name))
            return component.name + QStringLiteral(" has no ") + name;
    }
    return {};
}

QString check(const IcsComponent& component, const QSet<QString>& zones)
{
    QString error;
    if (component.name == QLatin1String("VCALENDAR")) {
        error = missing(component, {QStringLiteral("VERSION"), QStringLiteral("PRODID")});
        if (error.isEmpty() &&
            component.property(QStringLiteral("VERSION"))->value != QLatin1String("2.0"))
            error = QStringLiteral("VERSION is not 2.0");
    } else if (component.name == QLatin1String("VEVENT")) {
        error = missing(component, {QStringLiteral("UID"), QStringLiteral("DTSTAMP"),
                                    QStringLiteral("DTSTART")});
        static const QRegularExpression utc(QStringLiteral("^\\d{8}T\\d{6}Z$"));
        if (error.isEmpty() &&
            !utc.match(component.property(QStringLiteral("DTSTAMP"))->value).hasMatch())
            error = QStringLiteral("DTSTAMP is not a UTC date-time");
    } else if (component.name == QLatin1String("VTIMEZONE")) {
        error = missing(component, {QStringLiteral("TZID")});
        if (error.isEmpty() && component.components.isEmpty())
            error = QStringLiteral("VTIMEZONE has no STANDARD or DAYLIGHT");
    } else if (component.name == QLatin1String("STANDARD") ||
               component.name == QLatin1String("DAYLIGHT")) {
        error = missing(component, {QStringLiteral("DTSTART"), QStringLiteral("TZOFFSETFROM"),
                                    QStringLiteral("TZOFFSETTO")});
        static const QRegularExpression offset(QStringLiteral("^[+-]\\d{4}(\\d{2})?$"));
        for (const char* name : {"TZOFFSETFROM", "TZOFFSETTO"}) {
            if (error.isEmpty() &&
                !offset.match(component.property(QLatin1String(name))->value).hasMatch())
                error = QLatin1String(name) + QStringLiteral(" is no UTC offset");
        }
    }
    if (!error.isEmpty())
        return error;
    static const QRegularExpression localTime(QStringLiteral("^\\d{8}T\\d{6}$"));
    for (const IcsProperty& property : component.properties) {
        const auto tzid = property.parameters.constFind(QStringLiteral("TZID"));
        if (tzid == property.parameters.cend())
            continue;
        if (!zones.contains(*tzid))
            return property.name + QStringLiteral(" names the time zone ") + *tzid +
                   QStringLiteral(", which has no VTIMEZONE");
        if (!localTime.match(property.value).hasMatch())
            return property.name + QStringLiteral(" with a TZID is no local date-time");
    }
    for (const IcsComponent& inner : component.components) {
        if (QString inside = check(inner, zones); !inside.isEmpty())
            return inside;
    }
    return {};
}

} // namespace

const IcsProperty* IcsComponent::property(const QString& wanted) const
{
    for (const IcsProperty& one : properties) {
        if (one.name == wanted)
            return &one;
    }
    return nullptr;
}

QList<IcsProperty> IcsComponent::all(const QString& wanted) const
{
    QList<IcsProperty> found;
    for (const IcsProperty& one : properties) {
        if (one.name == wanted)
            found.append(one);
    }
    return found;
}

const IcsComponent* IcsComponent::component(const QString& wanted) const
{
    for (const IcsComponent& one : components) {
        if (one.name == wanted)
            return &one;
    }
    return nullptr;
}

IcsParse readIcs(const QByteArray& bytes)
{
    IcsParse parse;
    if (!bytes.endsWith("\r\n")) {
        parse.error = QStringLiteral("the file does not end with CRLF");
        return parse;
    }
    // Physical lines, each checked on its own: its length, and that folding split no character.
    QStringList logical;
    const QList<QByteArray> physical = bytes.left(bytes.size() - 2).split('\n');
    for (qsizetype n = 0; n < physical.size(); ++n) {
        QByteArray line = physical[n];
        if (n + 1 < physical.size()) {
            if (!line.endsWith('\r')) {
                parse.error = QStringLiteral("line %1 ends with LF alone").arg(n + 1);
                return parse;
            }
            line.chop(1);
        }
        if (line.contains('\r')) {
            parse.error = QStringLiteral("line %1 has a CR alone").arg(n + 1);
            return parse;
        }
        if (line.size() > 75) {
            parse.error = QStringLiteral("line %1 is %2 octets long").arg(n + 1).arg(line.size());
            return parse;
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(line);
        if (decoder.hasError()) {
            parse.error =
                QStringLiteral("line %1 is not whole UTF-8 (a character split?)").arg(n + 1);
            return parse;
        }
        if (text.startsWith(QLatin1Char(' ')) || text.startsWith(QLatin1Char('\t'))) {
            if (logical.isEmpty()) {
                parse.error = QStringLiteral("the file starts with a continuation line");
                return parse;
            }
            logical.last() += text.mid(1);
        } else {
            logical.append(text);
        }
    }
    QList<IcsComponent> open;
    bool done = false;
    QSet<QString> zones;
    for (const QString& line : logical) {
        if (done) {
            parse.error = QStringLiteral("something after END:VCALENDAR");
            return parse;
        }
        IcsProperty property;
        if (!parseLine(line, property, parse.error))
            return parse;
        if (property.name == QLatin1String("BEGIN")) {
            if (open.isEmpty() && property.value != QLatin1String("VCALENDAR")) {
                parse.error = QStringLiteral("the file does not start with BEGIN:VCALENDAR");
                return parse;
            }
            open.append(IcsComponent{property.value, {}, {}});
        } else if (property.name == QLatin1String("END")) {
            if (open.isEmpty() || open.last().name != property.value) {
                parse.error = QStringLiteral("END:%1 closes nothing open").arg(property.value);
                return parse;
            }
            IcsComponent closed = open.takeLast();
            if (closed.name == QLatin1String("VTIMEZONE") &&
                closed.property(QStringLiteral("TZID")))
                zones.insert(closed.property(QStringLiteral("TZID"))->value);
            if (open.isEmpty()) {
                parse.calendar = closed;
                done = true;
            } else {
                open.last().components.append(closed);
            }
        } else if (open.isEmpty()) {
            parse.error = QStringLiteral("a property outside BEGIN:VCALENDAR");
            return parse;
        } else {
            open.last().properties.append(property);
        }
    }
    if (!done) {
        parse.error = QStringLiteral("the file has no END:VCALENDAR");
        return parse;
    }
    parse.error = check(parse.calendar, zones);
    return parse;
}

} // namespace jalaseh::test
