#pragma once

#include "core/MeetingRecord.h"
#include "core/Organisation.h"
#include "persian/Phrasing.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace jalaseh::report {

// Composes the Persian sentences of the minutes from one meeting record, out of the persian
// library's phrases (ordinals, honorific groups, time ranges, lists, dates). Every sentence
// reads the record only; none of them formats markup: escaping is the templates' business.
class MinutesSentences
{
public:
    MinutesSentences(const MeetingRecord& record, const Organisation& organisation);

    // "اولین نشست مجازی راهبران کارگروه‌های شبکه ...، از ساعت ۱۲ الی
    // ۱۳:۲۰ دوشنبه ۱۴۰۲/۰۱/۲۱ در سامانه ... برگزار شد."
    QString opening() const;
    // "در این نشست، علاوه بر راهبران کارگروه‌ها (...)، ... حضور
    // داشتند."; empty without attendees.
    QString presence() const;
    // One sentence per late or early-leaving attendee.
    QStringList lateness() const;
    // "راهبران کارگروه اشتراک تجربیات (...)، غایبین این جلسه بودند."; empty when nobody was absent.
    QString absence() const;
    // "... به دلیل سفر کاری از حضور در جلسه معذور بودند."; empty when nobody was excused.
    QString excused() const;
    // "در ادامه در رابطه با دو محور اصلی ... نظرخواهی شد."; empty without questions.
    QString questions(bool opensTheDiscussion) const;
    // A contribution as a sentence with its speaker; `index` from 0 picks the connective.
    QString contribution(int index, const Contribution& contribution) const;
    // "متن پیشنهاد (پیشنهاد جناب آقای ...، با تأیید ...)".
    QString proposal(const Proposal& proposal) const;
    // "متن مصوبه (مسئول پیگیری: ...؛ مهلت اجرا: ۱۴۰۲/۰۲/۱۵)".
    QString decision(const Decision& decision) const;
    // The summary and the decisions deferred to later meetings; empty when there is neither.
    QString closing() const;
    // The body of an invitation to this meeting.
    QString invitation() const;
    // "جلسه بعد دوشنبه ۱۴۰۲/۰۲/۰۴ از ساعت ۱۲ در ... برگزار خواهد شد."
    QString nextMeeting(const Meeting& next) const;

    // A person as the minutes name him or her ("سرکار خانم دکتر رقابی"); empty if unknown.
    QString name(Id personId) const;
    // People grouped the seed's way ("سرکار خانم‌ها ... و جناب آقایان
    // ...").
    QString names(const QList<Id>& personIds) const;
    // "نشست" or "جلسه", as the series calls its meetings.
    QString meetingNoun() const;
    // Where the meeting is: the venue, else the online link.
    QString place() const;

private:
    QList<persian::NamedPerson> namedPeople(const QList<Id>& personIds) const;
    QString presentGroup(AttendanceRole role, const QList<Id>& people) const;
    QString dateAndTime(const Meeting& meeting) const;

    const MeetingRecord& m_record;
    const Organisation& m_organisation;
};

// Adds a full stop unless the text already ends a sentence.
QString endSentence(const QString& text);

} // namespace jalaseh::report
