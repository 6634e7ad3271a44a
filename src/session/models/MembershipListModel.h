#pragma once

#include "core/Membership.h"
#include "session/models/RecordListModel.h"

#include <QHash>

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::session {

// The members of one body over time: person, role, from and until (Jalali).
class MembershipListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column
    {
        PersonColumn,
        RoleColumn,
        FromColumn,
        UntilColumn
    };

    explicit MembershipListModel(QObject* parent = nullptr);

    void reload(storage::Database& database, Id bodyId);
    const Membership& membershipAt(int row) const { return m_memberships.at(row); }
    Id bodyId() const { return m_bodyId; }

protected:
    QString cell(int row, int column) const override;

private:
    Id m_bodyId = 0;
    QList<Membership> m_memberships;
    QHash<Id, QString> m_names;
};

} // namespace jalaseh::session
