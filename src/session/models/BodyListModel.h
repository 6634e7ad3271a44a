#pragma once

#include "core/Body.h"
#include "session/models/RecordListModel.h"

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::session {

// The steering committee and the working groups, in Persian order; merged groups keep their row.
class BodyListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        KindColumn,
        StateColumn
    };

    explicit BodyListModel(QObject* parent = nullptr);

    void reload(storage::Database& database);
    const Body& bodyAt(int row) const { return m_bodies.at(row); }
    // Where the body came from and went: "merged into X on 1402/07/01", or the groups merged into
    // it (directly or through others) with their days.
    QString lineage(int row) const;

protected:
    QString cell(int row, int column) const override;

private:
    QStringList mergedInto(const Body& body) const;

    QList<Body> m_bodies;
    QHash<Id, QString> m_names;
};

} // namespace jalaseh::session
