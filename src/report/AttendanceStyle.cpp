#include "AttendanceStyle.h"

#include "persian/Collation.h"
#include "persian/Digits.h"

#include <QHash>
#include <algorithm>

namespace jalaseh::report {

QColor AttendanceStyle::background(const AttendanceCell& cell)
{
    if (!cell.expected)
        return QColor(0xe4, 0xe4, 0xe4);
    if (!cell.status)
        return QColor(0xf6, 0xf6, 0xf6);
    switch (*cell.status) {
    case AttendanceStatus::Present:
        return QColor(0xd4, 0xee, 0xd6);
    case AttendanceStatus::Late:
        return QColor(0xf6, 0xec, 0xb8);
    case AttendanceStatus::LeftEarly:
        return QColor(0xfb, 0xdc, 0xbc);
    case AttendanceStatus::Excused:
        return QColor(0xd6, 0xe4, 0xf8);
    case AttendanceStatus::Absent:
        return QColor(0xf6, 0xc9, 0xc9);
    }
    return {};
}

QColor AttendanceStyle::foreground(const AttendanceCell& cell)
{
    if (!cell.expected || !cell.status)
        return QColor(0x70, 0x70, 0x70);
    if (*cell.status == AttendanceStatus::Absent)
        return QColor(0x8a, 0x10, 0x10);
    return QColor(0x20, 0x20, 0x20);
}

QString AttendanceStyle::shortLabel(const AttendanceCell& cell)
{
    if (!cell.expected)
        return cell.isGuestVisit() ? QStringLiteral("مهمان") : QString();
    if (!cell.status)
        return QStringLiteral("؟");
    switch (*cell.status) {
    case AttendanceStatus::Present:
        return QStringLiteral("حاضر");
    case AttendanceStatus::Late:
        return cell.minutesLate > 0
                   ? QStringLiteral("تأخیر %1").arg(persian::formatNumber(cell.minutesLate))
                   : QStringLiteral("تأخیر");
    case AttendanceStatus::LeftEarly:
        return QStringLiteral("خروج زود");
    case AttendanceStatus::Excused:
        return QStringLiteral("موجه");
    case AttendanceStatus::Absent:
        return QStringLiteral("غایب");
    }
    return {};
}

QString AttendanceStyle::roleName(MembershipRole role)
{
    switch (role) {
    case MembershipRole::Lead:
        return QStringLiteral("راهبر");
    case MembershipRole::Deputy:
        return QStringLiteral("جانشین");
    case MembershipRole::Secretary:
        return QStringLiteral("دبیر");
    case MembershipRole::Member:
        return QStringLiteral("عضو");
    }
    return {};
}

QList<int> AttendanceStyle::rowsInPersianOrder(const AttendanceMatrix& matrix,
                                               const QList<Person>& people,
                                               std::optional<MembershipRole> role)
{
    QHash<Id, const Person*> personOf;
    for (const Person& person : people)
        personOf.insert(person.id, &person);
    const Person unknown;
    auto person = [&](int row) -> const Person& {
        const Person* found = personOf.value(matrix.people().at(row));
        return found ? *found : unknown;
    };
    QList<int> rows = matrix.rowsWithRole(role);
    const persian::PersianCollator& collator = persian::PersianCollator::forThisThread();
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        return collator.comparePeople(person(a).familyName, person(a).givenName,
                                      person(b).familyName, person(b).givenName) < 0;
    });
    return rows;
}

} // namespace jalaseh::report
