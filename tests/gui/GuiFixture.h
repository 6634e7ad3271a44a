#pragma once

#include "app/shell/MainWindow.h"
#include "core/Id.h"
#include "session/DatabaseSession.h"

#include <QComboBox>
#include <QTemporaryDir>
#include <QWidget>
#include <functional>

class QDialog;
#include <catch2/catch.hpp>
#include <memory>

namespace jalaseh::app {
class PersonPicker;
}

namespace jalaseh::test {

// A database in a temporary folder with a small, known cast: the seed's series, a working
// group with three current members (a lead and two members), the steering committee with two,
// and a man who belongs to nothing. The main window is open on it, shown and active.
class GuiFixture
{
public:
    GuiFixture();
    ~GuiFixture();

    app::MainWindow& window() { return *m_window; }
    session::DatabaseSession& session() { return *m_window->session(); }
    storage::Database& database() { return session().database(); }

    Id workingGroup = 0;
    Id steeringCommittee = 0;
    Id series = 0;
    Id reghabi = 0;  // رقابی, a member of the working group
    Id taheri = 0;   // طاهری, its lead
    Id kazemi = 0;   // کاظمی, a member
    Id ghaznavi = 0; // غزنوی, steering committee
    Id atefi = 0;    // عاطفی ملکی, belongs to nothing

private:
    QTemporaryDir m_folder;
    std::unique_ptr<app::MainWindow> m_window;
};

// A widget of the window by its object name (the names of the .ui forms); fails the test when
// there is none.
template <typename T>
T* find(QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    INFO("widget " << name);
    REQUIRE(widget);
    return widget;
}

// Chooses the item whose data is `value`, as a user does with the keyboard (emits activated).
void choose(QComboBox* combo, int value);
// Chooses the item with this text.
void chooseText(QComboBox* combo, const QString& text);
// Types text key by key, any script (QTest::keyClicks only knows Latin-1).
void typeText(QWidget* widget, const QString& text);
// Types part of a name into a person picker and takes the first completion (Down, Enter).
void pickPerson(app::PersonPicker* picker, const QString& typed);
// Replaces a line's text by typing, then presses Enter.
void typeInto(QWidget* line, const QString& text);
// Runs `answer` on the next modal dialog once it is open (a dialog's exec() does not return to
// the test until it closes). A dialog still open after a few seconds is rejected, so that a test
// fails instead of hanging.
void whenDialogOpens(std::function<void(QDialog*)> answer);

} // namespace jalaseh::test
