#include "session/models/MembershipListModel.h"

#include "core/EnumLabels.h"
#include "persian/JalaliDate.h"
#include "session/text/PersonName.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"

namespace jalaseh::session {

MembershipListModel::MembershipListModel(QObject* parent)
    : RecordListModel({tr("Person"), tr("Role"), tr("From"), tr("Until")}, parent)
{
}

void MembershipListModel::reload(storage::Database& database, Id bodyId)
{
    QList<Membership> memberships =
        bodyId ? storage::MembershipRepository(database).ofBody(bodyId) : QList<Membership>{};
    // The members in one statement, not one per member: on a server each is a round trip.
    QList<Id> personIds;
    for (const Membership& membership : std::as_const(memberships))
        personIds.append(membership.personId);
    QHash<Id, QString> names;
    for (const Person& person : storage::PersonRepository(database).findAll(personIds))
        names.insert(person.id, displayName(person));
    QList<Id> ids;
    QStringList searchTexts;
    for (const Membership& membership : std::as_const(memberships)) {
        ids.append(membership.id);
        searchTexts.append(names.value(membership.personId) + QLatin1Char(' ') +
                           label(membership.role));
    }
    setRows(std::move(ids), searchTexts, [&] {
        m_bodyId = bodyId;
        m_memberships = std::move(memberships);
        m_names = std::move(names);
    });
}

QString MembershipListModel::cell(int row, int column) const
{
    const Membership& membership = m_memberships.at(row);
    switch (column) {
    case PersonColumn:
        return m_names.value(membership.personId);
    case RoleColumn:
        return label(membership.role);
    case FromColumn:
        return persian::formatDate(membership.from);
    case UntilColumn:
        return membership.until.isNull() ? tr("(current)") : persian::formatDate(membership.until);
    }
    return {};
}

} // namespace jalaseh::session
