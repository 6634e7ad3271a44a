#pragma once

#include "core/Id.h"

#include <QDialog>
#include <memory>

namespace Ui {
class MinutesVersionsDialog;
}

namespace jalaseh::session {
class DatabaseSession;
class MinutesVersionListModel;
} // namespace jalaseh::session

namespace jalaseh::app {

// The versions of one meeting's minutes of record (MinutesVersionListModel): each approved one
// opens in the minutes dialog as it was approved, to read, print or export.
class MinutesVersionsDialog : public QDialog
{
    Q_OBJECT
public:
    MinutesVersionsDialog(session::DatabaseSession& session, Id meetingId,
                          QWidget* parent = nullptr);
    ~MinutesVersionsDialog() override;

    session::MinutesVersionListModel* model() const { return m_model; }
    // Opens the version of `row` in the minutes dialog (approved versions only).
    void openVersion(int row);

private:
    void updateOpenButton();

    std::unique_ptr<Ui::MinutesVersionsDialog> m_ui;
    session::DatabaseSession& m_session;
    Id m_meetingId;
    session::MinutesVersionListModel* m_model;
};

} // namespace jalaseh::app
