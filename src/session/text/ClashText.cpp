#include "session/text/ClashText.h"

#include "core/EnumLabels.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "storage/PersonRepository.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace jalaseh::session {
QString meetingName(const storage::CalendarEntry& entry)
{
    return QCoreApplication::translate("ClashText", "%1, meeting %2")
        .arg(entry.seriesName, persian::formatNumber(entry.meeting.number));
}

QString meetingTimes(const Meeting& meeting)
{
    if (!meeting.start.isValid())
        return QCoreApplication::translate("ClashText", "time not set");
    if (!meeting.end.isValid())
        return QCoreApplication::translate("ClashText", "from %1")
            .arg(persian::formatTime(meeting.start));
    return QCoreApplication::translate("ClashText", "%1 to %2")
        .arg(persian::formatTime(meeting.start), persian::formatTime(meeting.end));
}

QString personReference(const Person& person)
{
    QString name = person.familyName;
    if (person.title != AcademicTitle::None)
        name = label(person.title) + QLatin1Char(' ') + name;
    // English drops Ms and Mr before a title ("Dr Reghabi"); Persian keeps both
    // ("خانم دکتر رقابی").
    const bool titled = person.title != AcademicTitle::None;
    switch (person.gender) {
    case Gender::Female:
        return (titled ? QCoreApplication::translate("ClashText", "%1",
                                                     "a woman: her title and family name")
                       : QCoreApplication::translate("ClashText", "Ms %1"))
            .arg(name);
    case Gender::Male:
        return (titled ? QCoreApplication::translate("ClashText", "%1",
                                                     "a man: his title and family name")
                       : QCoreApplication::translate("ClashText", "Mr %1"))
            .arg(name);
    case Gender::Unspecified:
        break;
    }
    return name;
}

QString htmlParagraph(const QString& innerHtml)
{
    return QStringLiteral("<div dir=\"%1\">%2</div>")
        .arg(QGuiApplication::layoutDirection() == Qt::RightToLeft ? QStringLiteral("rtl")
                                                                   : QStringLiteral("ltr"),
             innerHtml);
}

QHash<Id, Person> peopleOf(storage::Database& database, const QList<BookingClash>& clashes)
{
    QList<Id> ids;
    for (const BookingClash& clash : clashes)
        if (clash.kind == BookingClash::Kind::Person && !ids.contains(clash.personId))
            ids.append(clash.personId);
    QHash<Id, Person> people;
    if (ids.isEmpty())
        return people;
    for (const Person& person : storage::PersonRepository(database).findAll(ids))
        people.insert(person.id, person);
    return people;
}

QString clashSentence(const BookingClash& clash, const storage::CalendarEntry& other,
                      const QHash<Id, Person>& people)
{
    const QString number = persian::formatNumber(other.meeting.number);
    const QString times = meetingTimes(other.meeting);
    const bool certain = clash.certainty == ClashCertainty::Certain;
    if (clash.kind == BookingClash::Kind::Venue)
        return (certain
                    ? QCoreApplication::translate(
                          "ClashText", "%1 is taken at the same time by meeting %2 of “%3” (%4).")
                    : QCoreApplication::translate(
                          "ClashText",
                          "%1 is also taken that day by meeting %2 of “%3” (%4); a time "
                          "is missing, so check whether they overlap."))
            .arg(clash.venue, number, other.seriesName, times);
    const auto person = people.constFind(clash.personId);
    const QString who = person != people.constEnd() ? personReference(*person) : QString();
    return (certain ? QCoreApplication::translate(
                          "ClashText", "%1 is in meeting %2 of “%3” at the same time (%4).")
                    : QCoreApplication::translate(
                          "ClashText", "%1 is also in meeting %2 of “%3” that day (%4); a time is "
                                       "missing, so check whether they overlap."))
        .arg(who, number, other.seriesName, times);
}

} // namespace jalaseh::session
