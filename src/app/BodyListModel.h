#pragma once

#include "RecordListModel.h"
#include "core/Body.h"

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::app {

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

protected:
    QString cell(int row, int column) const override;

private:
    QList<Body> m_bodies;
    QHash<Id, QString> m_names;
};

} // namespace jalaseh::app
