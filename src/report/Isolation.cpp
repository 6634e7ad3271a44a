#include "Isolation.h"

namespace jalaseh::report::Isolation {

bool isDirectionControl(QChar c)
{
    const char16_t code = c.unicode();
    return (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069);
}

bool hasDirectionControls(const QString& text)
{
    for (QChar c : text) {
        if (isDirectionControl(c))
            return true;
    }
    return false;
}

QString isolated(const QString& text)
{
    if (!hasDirectionControls(text))
        return text;
    // Trimmed inside, so that the callers' trimming still finds nothing to take off.
    return QChar(0x2068) + text.trimmed() + QChar(0x2069);
}

MeetingRecord isolatedFields(MeetingRecord record)
{
    auto each = [](auto& rows, auto field) {
        for (auto& row : rows)
            row.*field = isolated(row.*field);
    };
    Meeting& meeting = record.meeting;
    for (QString* text : {&meeting.title, &meeting.venue, &meeting.onlineLink, &meeting.summary,
                          &record.series.name})
        *text = isolated(*text);
    each(record.attendance, &Attendance::reason);
    each(record.agenda, &AgendaItem::title);
    each(record.agenda, &AgendaItem::description);
    each(record.contributions, &Contribution::text);
    each(record.proposals, &Proposal::text);
    each(record.decisions, &Decision::text);
    each(record.carriedOver, &Decision::text);
    each(record.actionItems, &ActionItem::task);
    each(record.attachments, &Attachment::name);
    for (Person& person : record.people) {
        for (QString* text :
             {&person.familyName, &person.givenName, &person.affiliation, &person.position})
            *text = isolated(*text);
    }
    for (Body& body : record.bodies)
        body.name = isolated(body.name);
    return record;
}

Organisation isolatedFields(Organisation organisation)
{
    organisation.name = isolated(organisation.name);
    for (QString& line : organisation.letterheadLines)
        line = isolated(line);
    return organisation;
}

} // namespace jalaseh::report::Isolation
