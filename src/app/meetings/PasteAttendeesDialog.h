#pragma once

#include "core/Enums.h"
#include "session/commands/AddPastedAttendeesCommand.h"
#include "session/text/PastedAttendeeList.h"

#include <QDialog>
#include <QSet>
#include <memory>
#include <optional>

class QTimer;

namespace Ui {
class PasteAttendeesDialog;
}

namespace jalaseh::session {
class DatabaseSession;
}

namespace jalaseh::app {

// Reads a pasted list of attendees (persian::readHonorificList), shows whom each name is taken to
// be (a person of the database, a new person, or a choice to make) and what could not be read,
// and lets the user correct it before they are all added in one edit.
class PasteAttendeesDialog : public QDialog
{
    Q_OBJECT
public:
    // `attending`: the people already on the meeting's list.
    PasteAttendeesDialog(session::DatabaseSession& session, const QSet<Id>& attending,
                         QWidget* parent = nullptr);
    ~PasteAttendeesDialog() override;

    void setText(const QString& text);
    const session::PastedAttendeeList& reading() const { return m_reading; }
    // Whom OK adds, with the role and body chosen.
    QList<session::AttendeeToAdd> attendees() const { return m_reading.attendees(); }
    AttendanceRole role() const;
    std::optional<Id> representsBodyId() const;

private:
    void readText();
    void showNames();
    void showName(int index);
    void showChoices();
    void chooseWho();
    void showSummary();

    std::unique_ptr<Ui::PasteAttendeesDialog> m_ui;
    session::DatabaseSession& m_session;
    QSet<Id> m_attending;
    QTimer* m_readTimer;
    session::PastedAttendeeList m_reading;
};

} // namespace jalaseh::app
