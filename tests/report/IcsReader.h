#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace jalaseh::test {

// One property of an iCalendar component: "DTSTART;TZID=Asia/Tehran:20230410T120000".
struct IcsProperty
{
    QString name;
    QMap<QString, QString> parameters; // names upper case, values without their quotes
    QString value;                     // as written (TEXT still escaped)
    QString text;                      // TEXT unescaped (the value for other types)
};

struct IcsComponent
{
    QString name;
    QList<IcsProperty> properties;
    QList<IcsComponent> components;

    const IcsProperty* property(const QString& name) const;
    QList<IcsProperty> all(const QString& name) const;
    const IcsComponent* component(const QString& name) const;
};

struct IcsParse
{
    IcsComponent calendar;
    QString error; // the first rule of RFC 5545 the bytes break; empty when none

    bool ok() const { return error.isEmpty(); }
};

// A strict reader for the tests: fails on anything RFC 5545 does not allow that a lenient reader
// would let pass: a line end other than CRLF, a line longer than 75 octets, a UTF-8 character
// split by folding, a bad escape or an unescaped ';' or ',' in TEXT, a control character, an
// unbalanced BEGIN/END, a TZID without its VTIMEZONE, a missing required property (VERSION,
// PRODID; an event's UID, DTSTAMP in UTC, DTSTART; an observance's DTSTART and offsets).
IcsParse readIcs(const QByteArray& bytes);

} // namespace jalaseh::test
