#pragma once

#include "core/Body.h"

#include <QDialog>
#include <memory>

namespace Ui {
class MergeBodyDialog;
}

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::session {
class PersonListModel;
} // namespace jalaseh::session

namespace jalaseh::app {

// Chooses the body a working group merges into and the day, and shows before anything is done
// who joins, who is a member already and who gives up a lead's or secretary's role, or why the
// merge cannot be made (storage::BodyMerging::plan).
class MergeBodyDialog : public QDialog
{
    Q_OBJECT
public:
    // `bodies`: every body, in the order to offer them.
    MergeBodyDialog(storage::Database& database, const Body& body, const QList<Body>& bodies,
                    const session::PersonListModel& people, QWidget* parent = nullptr);
    ~MergeBodyDialog() override;

    Id intoId() const;
    QDate on() const;
    void setInto(Id bodyId);
    void accept() override;

private:
    void showPlan();
    QString namesOf(const QList<Id>& people) const;

    std::unique_ptr<Ui::MergeBodyDialog> m_ui;
    storage::Database& m_database;
    Body m_body;
    const session::PersonListModel& m_people;
};

} // namespace jalaseh::app
