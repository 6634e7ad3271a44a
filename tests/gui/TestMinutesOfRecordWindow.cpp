// Minutes of record in the window, as a secretary meets them: the editor says where a meeting's
// minutes stand, approving freezes every tab, an edit made before the approval cannot be undone
// into approved minutes, an amendment opens the meeting again with its reason, and the versions
// are listed, each opening as it was approved. The history lists each change with who made it.
#include "GuiFixture.h"
#include "app/meetings/HistoryDialog.h"
#include "app/meetings/MeetingEditor.h"
#include "app/meetings/MinutesDialog.h"
#include "app/meetings/MinutesRecordStrip.h"
#include "app/meetings/MinutesVersionsDialog.h"
#include "core/DocumentId.h"
#include "session/models/HistoryModel.h"
#include "session/models/MinutesVersionListModel.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesVersionRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::test;

namespace {

void click(QWidget& window, const char* button)
{
    auto* pushButton = find<QPushButton>(window, button);
    INFO("button " << button);
    REQUIRE(pushButton->isVisible());
    REQUIRE(pushButton->isEnabled());
    QTest::mouseClick(pushButton, Qt::LeftButton);
}

// Clicks the message box's button with this text.
void answerWith(const QString& buttonText)
{
    whenDialogOpens([buttonText](QDialog* dialog) {
        for (QAbstractButton* button : dialog->findChildren<QAbstractButton*>()) {
            if (button->text().remove(QLatin1Char('&')) == buttonText) {
                button->click();
                return;
            }
        }
    });
}

QString title(storage::Database& db, Id meeting)
{
    return storage::MeetingRepository(db).find(meeting)->title;
}

} // namespace

TEST_CASE("Approving minutes in the window freezes the meeting, and an amendment opens it again")
{
    GuiFixture fixture;
    QWidget& window = fixture.window();
    storage::Database& db = fixture.database();
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    const QList<Meeting> meetings = storage::MeetingRepository(db).all();
    REQUIRE(meetings.size() == 1);
    const Id meeting = meetings.first().id;
    auto* strip = find<app::MinutesRecordStrip>(window, "minutesRecordStrip");
    auto* titleEdit = find<QLineEdit>(window, "titleEdit");
    auto* tabs = find<QTabWidget>(window, "tabs");

    // A draft: the strip says so and offers approval, not amendment.
    CHECK(strip->isVisible());
    CHECK(strip->standing().state == MinutesStanding::Draft);
    CHECK(find<QPushButton>(window, "approveMinutesButton")->isVisible());
    CHECK_FALSE(find<QPushButton>(window, "amendMinutesButton")->isVisible());
    typeInto(titleEdit, QStringLiteral("جلسه‌ی نخست"));
    REQUIRE(title(db, meeting) == QStringLiteral("جلسه‌ی نخست"));
    tabs->setCurrentIndex(app::MeetingEditor::DecisionsTab);
    typeInto(find<QLineEdit>(window, "decisionTextEdit"),
             QStringLiteral("تدوین آیین‌نامه"));
    click(window, "addDecisionButton");
    REQUIRE(storage::DecisionRepository(db).ofMeeting(meeting).size() == 1);

    // Cancelling the question approves nothing.
    answerWith(QMessageBox::tr("Cancel"));
    click(window, "approveMinutesButton");
    CHECK(storage::MinutesVersionRepository(db).standing(meeting).state == MinutesStanding::Draft);

    answerWith(app::MinutesRecordStrip::tr("Approve"));
    click(window, "approveMinutesButton");
    const auto approved = storage::MinutesVersionRepository(db).approved(meeting);
    REQUIRE(approved);
    CHECK(approved->number == 1);
    CHECK(DocumentId::parse(approved->documentId).reading == DocumentId::Reading::Valid);
    CHECK(fixture.window().findChild<app::MeetingEditor*>()->isFrozen());
    CHECK(strip->text().contains(approved->documentId));
    CHECK(find<QPushButton>(window, "amendMinutesButton")->isVisible());
    CHECK_FALSE(find<QPushButton>(window, "approveMinutesButton")->isVisible());

    // Every tab is read-only: the title takes no typing, the decision form adds nothing.
    tabs->setCurrentIndex(app::MeetingEditor::DetailsTab);
    CHECK(titleEdit->isReadOnly());
    typeInto(titleEdit, QStringLiteral("دیگر"));
    CHECK(title(db, meeting) == QStringLiteral("جلسه‌ی نخست"));
    tabs->setCurrentIndex(app::MeetingEditor::DecisionsTab);
    CHECK(find<QLineEdit>(window, "decisionTextEdit")->isReadOnly());
    CHECK_FALSE(find<QPushButton>(window, "addDecisionButton")->isEnabled());

    // Undoing the decision added before the approval is refused, says why, and changes nothing.
    QString refusal;
    whenDialogOpens([&refusal](QDialog* dialog) {
        if (auto* box = qobject_cast<QMessageBox*>(dialog)) {
            refusal = box->text();
            box->accept();
        }
    });
    // Edit ▸ Undo, as clicked in the menu (the focus is in a read-only field).
    QAction* undo = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = action;
    }
    REQUIRE(undo);
    REQUIRE(undo->isEnabled());
    undo->trigger();
    CHECK(refusal.contains(QStringLiteral("amend")));
    CHECK(storage::DecisionRepository(db).ofMeeting(meeting).size() == 1);

    // An amendment with its reason opens the meeting again.
    whenDialogOpens([](QDialog* dialog) {
        auto* input = qobject_cast<QInputDialog*>(dialog);
        REQUIRE(input);
        input->setTextValue(QStringLiteral("عنوان جلسه اشتباه بود"));
        input->accept();
    });
    click(window, "amendMinutesButton");
    CHECK(storage::MinutesVersionRepository(db).standing(meeting).state ==
          MinutesStanding::Amending);
    CHECK(strip->text().contains(QStringLiteral("عنوان جلسه اشتباه بود")));
    tabs->setCurrentIndex(app::MeetingEditor::DetailsTab);
    CHECK_FALSE(titleEdit->isReadOnly());
    typeInto(titleEdit, QStringLiteral("جلسه‌ی یکم"));
    CHECK(title(db, meeting) == QStringLiteral("جلسه‌ی یکم"));
    tabs->setCurrentIndex(app::MeetingEditor::DecisionsTab);
    CHECK(find<QPushButton>(window, "addDecisionButton")->isEnabled());

    answerWith(app::MinutesRecordStrip::tr("Approve"));
    click(window, "approveMinutesButton");
    const auto second = storage::MinutesVersionRepository(db).approved(meeting);
    REQUIRE(second);
    CHECK(second->number == 2);
    CHECK(second->documentId != approved->documentId);

    // The versions, oldest first, each with its id; the first opens as it was approved.
    int rows = -1;
    QStringList ids;
    whenDialogOpens([&](QDialog* dialog) {
        auto* versions = qobject_cast<app::MinutesVersionsDialog*>(dialog);
        REQUIRE(versions);
        session::MinutesVersionListModel* model = versions->model();
        rows = model->rowCount();
        for (int row = 0; row < rows; ++row)
            ids.append(model->index(row, session::MinutesVersionListModel::DocumentIdColumn)
                           .data()
                           .toString());
        dialog->reject();
    });
    click(window, "minutesVersionsButton");
    CHECK(rows == 2);
    CHECK(ids == QStringList{approved->documentId, second->documentId});

    // The document id may be left out of a copy, which then says that it has none.
    app::MinutesDialog minutes(db, meeting);
    auto* idBox = find<QCheckBox>(minutes, "documentIdCheck");
    REQUIRE(idBox->isEnabled());
    CHECK(minutes.plainText().contains(second->documentId));
    QTest::mouseClick(idBox, Qt::LeftButton);
    CHECK_FALSE(minutes.plainText().contains(second->documentId));
    CHECK(minutes.plainText().contains(QStringLiteral("این نسخه بدون شناسه سند")));
}

TEST_CASE("The history lists what was changed in the window, by whom, newest first")
{
    GuiFixture fixture;
    QWidget& window = fixture.window();
    storage::Database& db = fixture.database();
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    const QList<Meeting> meetings = storage::MeetingRepository(db).all();
    REQUIRE(meetings.size() == 1);
    const Id meeting = meetings.first().id;
    typeInto(find<QLineEdit>(window, "titleEdit"), QStringLiteral("جلسه‌ی نخست"));
    find<QTabWidget>(window, "tabs")->setCurrentIndex(app::MeetingEditor::DecisionsTab);
    typeInto(find<QLineEdit>(window, "decisionTextEdit"),
             QStringLiteral("تدوین آیین‌نامه"));
    click(window, "addDecisionButton");
    const QList<Decision> decisions = storage::DecisionRepository(db).ofMeeting(meeting);
    REQUIRE(decisions.size() == 1);

    QStringList whats;
    QStringList details;
    QStringList whos;
    QString title;
    whenDialogOpens([&](QDialog* dialog) {
        auto* history = qobject_cast<app::HistoryDialog*>(dialog);
        REQUIRE(history);
        title = dialog->windowTitle();
        session::HistoryModel* model = history->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            whats.append(model->index(row, session::HistoryModel::WhatColumn).data().toString());
            details.append(
                model->index(row, session::HistoryModel::DetailsColumn).data().toString());
            whos.append(model->index(row, session::HistoryModel::WhoColumn).data().toString());
        }
        dialog->reject();
    });
    click(window, "meetingHistoryButton");
    CHECK(title == app::HistoryDialog::tr("History of the meeting"));
    INFO(whats.join(QStringLiteral(" | ")).toStdString());
    REQUIRE(whats.size() >= 3);
    CHECK(whats.first() == session::HistoryModel::tr("Decision added"));
    CHECK(details.first().contains(QStringLiteral("تدوین آیین‌نامه")));
    CHECK(whats.last() == session::HistoryModel::tr("Meeting added"));
    const qsizetype titled = whats.indexOf(session::HistoryModel::tr("Meeting changed"));
    REQUIRE(titled > 0);
    CHECK(details.at(titled).contains(QStringLiteral("جلسه‌ی نخست")));
    // The computer's user, when the environment names one.
    const QString user =
        db.userName().isEmpty() ? session::HistoryModel::tr("Not known") : db.userName();
    for (const QString& who : whos)
        CHECK(who == user);

    // A decision's own history, as the follow-up board opens it.
    app::HistoryDialog ofDecision(fixture.session(), app::HistoryDialog::Of::Decision,
                                  decisions.first().id);
    CHECK(ofDecision.model()->rowCount() == 1);
}
