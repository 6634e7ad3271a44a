#pragma once

#include "core/BookingClash.h"
#include "core/Person.h"
#include "storage/CalendarRepository.h"

#include <QHash>
#include <QString>

namespace jalaseh::storage {
class Database;
}

// How the calendar and the editor's banner word a meeting and a clash, in the interface's
// language ("خانم دکتر رقابی در همین ساعت در جلسه‌ی ۲ «جلسه کمیته راهبری»
// است (۱۰:۰۰ تا ۱۱:۰۰).").
namespace jalaseh::session {

// "نشست راهبران کارگروه‌ها، شماره‌ی ۲"
QString meetingName(const storage::CalendarEntry& entry);
// "۱۰:۰۰ تا ۱۱:۳۰", "از ۱۰:۰۰", or "ساعت نامعلوم" when no time is recorded.
QString meetingTimes(const Meeting& meeting);
// A person as a warning names him or her: "خانم دکتر رقابی", "آقای طاهری", "دکتر امینی".
QString personReference(const Person& person);

// The people that `clashes` name, by id (one query).
QHash<Id, Person> peopleOf(storage::Database& database, const QList<BookingClash>& clashes);

// A paragraph of rich text in the interface's direction, so that a sentence mixing Persian names
// with English words (or the reverse) keeps its order and its full stop at the end.
QString htmlParagraph(const QString& innerHtml);

// One sentence for a clash of a meeting with `other`; `people` from peopleOf().
QString clashSentence(const BookingClash& clash, const storage::CalendarEntry& other,
                      const QHash<Id, Person>& people);

} // namespace jalaseh::session
