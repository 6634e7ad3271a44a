#pragma once

#include "core/Id.h"

#include <QDialog>
#include <memory>

namespace Ui {
class HistoryDialog;
}

namespace jalaseh::session {
class DatabaseSession;
class HistoryModel;
} // namespace jalaseh::session

namespace jalaseh::app {

// The history (تاریخچه) of a meeting or of one decision: who changed what and when, as the
// database's own log has it (session::HistoryModel).
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Of
    {
        Meeting,
        Decision
    };

    HistoryDialog(session::DatabaseSession& session, Of of, Id id, QWidget* parent = nullptr);
    ~HistoryDialog() override;

    session::HistoryModel* model() const { return m_model; }

private:
    std::unique_ptr<Ui::HistoryDialog> m_ui;
    session::HistoryModel* m_model;
};

} // namespace jalaseh::app
