#pragma once

#include "core/AttendanceMatrix.h"
#include "core/Enums.h"
#include "core/Person.h"

#include <QColor>
#include <QList>
#include <QString>

namespace jalaseh::report {

// How the attendance matrix looks wherever it is shown (the interface's table, the PDF): each
// kind of cell's colour, the short Persian word of a printed cell, the rows' order.
class AttendanceStyle
{
public:
    // Green for attended, amber for late, orange for left early, blue for excused, red for
    // absent; light grey when nothing was recorded, a darker grey when not a member.
    static QColor background(const AttendanceCell& cell);
    static QColor foreground(const AttendanceCell& cell);
    // "حاضر", "تأخیر ۱۵" (minutes), "خروج زود", "موجه", "غایب", "؟" (not recorded), "مهمان"
    // (came when not a member), "" (not a member).
    static QString shortLabel(const AttendanceCell& cell);
    // "راهبر", "جانشین", "دبیر", "عضو".
    static QString roleName(MembershipRole role);
    // The rows of `role` (all when nullopt), in Persian alphabetical order of family, then given
    // name.
    static QList<int> rowsInPersianOrder(const AttendanceMatrix& matrix,
                                         const QList<Person>& people,
                                         std::optional<MembershipRole> role = std::nullopt);
};

} // namespace jalaseh::report
