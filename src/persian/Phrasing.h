#pragma once

#include "core/Enums.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace jalaseh::persian {

// Cardinal number in words: 21 -> "بیست و یک".
QString cardinalWords(int number);
// Ordinal: 1 -> "یکم", 2 -> "دوم", 3 -> "سوم", 21 -> "بیست و یکم",
// 30 -> "سی‌ام".
QString ordinal(int number);
// How the first of a series is called: "یکم" (numbered lists, dates: "یکم فروردین") or "اول"
// (the traditional word: "جلسه اول", "بند اول"). Every other number is as ordinal() gives it.
enum class FirstOrdinal
{
    Yekom,
    Avval
};
QString ordinal(int number, FirstOrdinal first);
// The "-ین" adjective placed before a noun: 1 -> "اولین", 2 -> "دومین", 21 -> "بیست و یکمین",
// 100 -> "صدمین".
QString ordinalAdjective(int number);

// The form of a phrase before an ezafe, as writing shows it: a final ا or و takes ی
// ("کارگروه‌ها" -> "کارگروه‌های", "دانشجو" -> "دانشجوی", "آقا" -> "آقای"); after
// a silent heh and every other letter the ezafe is not written (as in the seed), so the phrase is
// unchanged.
QString ezafe(QStringView phrase);

// "حضوری", "مجازی", "ترکیبی".
QString meetingModeName(MeetingMode mode);

// "الف، ب و ج": Persian comma between items, و before the last, no comma before و.
QString joinList(const QStringList& items);

// A person as the minutes name him or her.
struct NamedPerson
{
    Gender gender = Gender::Unspecified;
    AcademicTitle title = AcademicTitle::None;
    QString familyName;
    QString givenName;
};

// "سرکار خانم دکتر رقابی", "جناب آقای حسینی"; with no gender, just "دکتر رقابی".
QString honorificName(const NamedPerson& person);
// The seed's grouping: women first, then men, then people without a gender, each group keeping
// the given order, titles kept per person:
//   "سرکار خانم‌ها دکتر درخوش، عبدالله‌پور، صادقی
//    و جناب آقایان دکتر طاهری، دکتر امینی‌نسب، حسینی".
// One person in a group takes the singular ("سرکار خانم دکتر رقابی"). A single group
// is joined as a list ("سرکار خانم‌ها دکتر غزنوی، فاضل و
// فرجامی"); several groups are joined by و, with commas inside each, as the seed writes it.
// People without a gender follow the gendered groups as one list, و before the last person of
// all ("جناب آقای پورمحمدی، بهرامی و تقوی"). People without a name are left out; an empty list
// gives "".
QString honorificGroup(const QList<NamedPerson>& people);

// "از ساعت ۱۲ الی ۱۳:۲۰"; only the start when the end is invalid ("از ساعت ۱۲").
QString timeRange(const QTime& start, const QTime& end);

// A length of time: 80 -> "۱ ساعت و ۲۰ دقیقه", 45 -> "۴۵ دقیقه", 120 -> "۲ ساعت";
// empty when negative.
QString formatDuration(int minutes);

// Reads an honorific list back, e.g. the seed's attendee sentence.
struct HonorificReading
{
    QList<NamedPerson> people; // in the order read
    QStringList unread;        // fragments that could not be read as a person
};
HonorificReading readHonorificList(QStringView text);

} // namespace jalaseh::persian
