#pragma once

#include "core/AttendanceMatrix.h"
#include "core/Person.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace jalaseh::report {

// The attendance matrix as a CSV file for spreadsheets: UTF-8 with a byte order mark (so that
// Excel reads Persian right), CRLF line ends, fields quoted as RFC 4180 says.
//
// One row per member (of `role`, or all), in Persian alphabetical order of family then given
// name, with their role; one column per meeting headed "جلسه ۳ – ۱۴۰۲/۰۱/۲۱" (Persian digits);
// then the person's counts and two rates. Three last rows give each meeting's head count (guests
// included), the members who came and the members expected. Counts and rates are written with
// Latin digits ("60.0%") so that spreadsheets read them as numbers.
class AttendanceCsv
{
public:
    static QByteArray write(const AttendanceMatrix& matrix, const QList<Person>& people,
                            std::optional<MembershipRole> role = std::nullopt);

    // "حاضر", "با تأخیر", "خروج زودهنگام", "غیبت موجه", "غایب", "ثبت نشده", "عضو نبود".
    static QString cellText(const AttendanceCell& cell);
    // "60.0%"; empty when there is no rate.
    static QString percentage(std::optional<double> rate);
};

} // namespace jalaseh::report
