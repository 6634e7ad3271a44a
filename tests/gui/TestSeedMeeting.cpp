// The seed meeting of 1402/01/21 recorded from nothing but its people, bodies and members, the way
// a secretary does it: tabs switched with Alt+Shift+n, the agenda typed line by line, all the
// working-group leads added at once, the rest of the attendees pasted from the seed's own sentence,
// contributions on agenda items reordered by keyboard and by a drag, a proposal with two backers,
// a decision with a Jalali deadline made on it. Each step is undone and redone, and undoing
// everything then redoing it gives back exactly the same record.
#include "GuiFixture.h"
#include "SeedFixture.h"
#include "app/common/PersonListPicker.h"
#include "app/common/PersonPicker.h"
#include "app/common/TimeEdit.h"
#include "app/meetings/MeetingEditor.h"
#include "app/meetings/MinutesDialog.h"
#include "app/meetings/PasteAttendeesDialog.h"
#include "session/models/ContributionListModel.h"
#include "storage/ActionItemRepository.h"
#include "storage/AgendaItemRepository.h"
#include "storage/AttendanceRepository.h"
#include "storage/BodyRepository.h"
#include "storage/ContributionRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ProposalRepository.h"
#include "support/QtCatchPrinters.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::test;
using Tab = app::MeetingEditor::Tab;

namespace {

Meeting onlyMeeting(storage::Database& database)
{
    const QList<Meeting> meetings = storage::MeetingRepository(database).all();
    REQUIRE(meetings.size() == 1);
    return meetings.first();
}

// Alt+Shift+1 ... Alt+Shift+6, as the Meeting menu has them.
void showTab(QWidget& window, Tab tab)
{
    QTest::keyClick(&window, Qt::Key(Qt::Key_1 + int(tab)), Qt::AltModifier | Qt::ShiftModifier);
    CHECK(find<QTabWidget>(window, "tabs")->currentIndex() == int(tab));
}

// Presses a button from the keyboard: focus on it, then Space.
void press(QWidget& window, const char* button)
{
    auto* widget = find<QPushButton>(window, button);
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_Space);
}

void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* focused = QApplication::focusWidget();
    REQUIRE(focused);
    QTest::keyClick(focused, key, modifiers);
}

void selectRow(QWidget& window, const char* tableName, int row)
{
    auto* table = find<QTableView>(window, tableName);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
}

// Moves a closed combo box to `index` with the arrow keys, as a user does.
void arrowTo(QComboBox* combo, int index)
{
    combo->setFocus();
    while (combo->currentIndex() < index)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > index)
        QTest::keyClick(combo, Qt::Key_Up);
    REQUIRE(combo->currentIndex() == index);
}

// Lets pending events run. The offscreen platform, without a window manager, activates the
// completer's popup and leaves no window active when it closes; the window is made active again,
// as a window manager does.
void settle(QWidget& window)
{
    QTest::qWait(0);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

void undo(QWidget& window)
{
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
}

void redo(QWidget& window)
{
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
}

QString familyName(storage::Database& db, std::optional<Id> id)
{
    if (!id)
        return QStringLiteral("-");
    const auto person = storage::PersonRepository(db).find(*id);
    return person ? person->familyName : QStringLiteral("?");
}

QList<Id> people(const QList<Attendance>& rows)
{
    QList<Id> ids;
    for (const Attendance& row : rows)
        ids.append(row.personId);
    return ids;
}

QList<Id> speakers(storage::Database& db, Id meeting)
{
    QList<Id> ids;
    for (const Contribution& row : storage::ContributionRepository(db).ofMeeting(meeting))
        ids.append(row.speakerId);
    return ids;
}

QStringList agendaTitles(storage::Database& db, Id meeting)
{
    QStringList titles;
    for (const AgendaItem& item : storage::AgendaItemRepository(db).ofMeeting(meeting))
        titles.append(item.title);
    return titles;
}

// The whole record in words, ids replaced by what they name, to compare two records.
QStringList describe(storage::Database& db, const Meeting& meeting)
{
    QStringList lines{QStringLiteral("%1 %2-%3 %4 %5")
                          .arg(meeting.date.toString(Qt::ISODate), meeting.start.toString(),
                               meeting.end.toString(), storageKey(meeting.mode), meeting.venue)};
    QHash<Id, QString> bodies;
    for (const Body& body : storage::BodyRepository(db).all())
        bodies.insert(body.id, body.name);
    for (const Attendance& row : storage::AttendanceRepository(db).ofMeeting(meeting.id))
        lines.append(QStringLiteral("attends %1 %2 %3 %4 %5")
                         .arg(familyName(db, row.personId), storageKey(row.role),
                              storageKey(row.status), row.reason,
                              bodies.value(row.representsBodyId.value_or(0))));
    QHash<Id, QString> topics;
    for (const AgendaItem& item : storage::AgendaItemRepository(db).ofMeeting(meeting.id)) {
        topics.insert(item.id, item.title);
        lines.append(QStringLiteral("agenda %1 %2").arg(item.title).arg(item.isQuestion));
    }
    for (const Contribution& row : storage::ContributionRepository(db).ofMeeting(meeting.id))
        lines.append(QStringLiteral("said %1 on %2: %3")
                         .arg(familyName(db, row.speakerId),
                              topics.value(row.agendaItemId.value_or(0)), row.text));
    QHash<Id, QString> proposals;
    for (const Proposal& row : storage::ProposalRepository(db).ofMeeting(meeting.id)) {
        proposals.insert(row.id, row.text);
        QStringList backers;
        for (Id backer : row.supporterIds)
            backers.append(familyName(db, backer));
        lines.append(QStringLiteral("proposed %1 on %2 by %3 backed by %4 %5")
                         .arg(row.text, topics.value(row.agendaItemId.value_or(0)),
                              familyName(db, row.proposerId), backers.join(QLatin1Char(',')),
                              storageKey(row.status)));
    }
    for (const Decision& row : storage::DecisionRepository(db).ofMeeting(meeting.id))
        lines.append(QStringLiteral("decided %1 on %2 by %3 until %4 %5")
                         .arg(row.text, proposals.value(row.proposalId.value_or(0)),
                              familyName(db, row.responsibleId), row.deadline.toString(Qt::ISODate),
                              storageKey(row.status)));
    return lines;
}

// What the paste dialog showed, read while it was open.
struct PasteSeen
{
    bool shown = false;
    int names = 0;
    int alreadyListed = 0;
    int existing = 0;
    int created = 0;
    QStringList unread;
    QString newFamilyName;
    Gender newGender = Gender::Unspecified;
    AcademicTitle newTitle = AcademicTitle::None;
};

// Reads the open paste dialog, chooses the role and body, and confirms it with Enter.
void answerPasteDialog(QDialog* opened, PasteSeen& seen, AttendanceRole role, Id body)
{
    auto* dialog = qobject_cast<app::PasteAttendeesDialog*>(opened);
    if (!dialog)
        return;
    seen.shown = true;
    const session::PastedAttendeeList& reading = dialog->reading();
    seen.names = int(reading.names.size());
    seen.unread = reading.unread;
    seen.existing = reading.existingCount();
    seen.created = reading.newCount();
    for (const session::PastedName& name : reading.names) {
        seen.alreadyListed += name.alreadyListed ? 1 : 0;
        if (name.choice == session::PastedName::Choice::New) {
            seen.newFamilyName = name.newPerson().familyName;
            seen.newGender = name.read.gender;
            seen.newTitle = name.read.title;
        }
    }
    auto* roles = dialog->findChild<QComboBox*>(QStringLiteral("roleCombo"));
    auto* bodies = dialog->findChild<QComboBox*>(QStringLiteral("representsCombo"));
    if (!roles || !bodies)
        return;
    roles->setCurrentIndex(roles->findData(int(role)));
    bodies->setCurrentIndex(bodies->findData(body));
    auto* names = dialog->findChild<QTreeWidget*>(QStringLiteral("namesList"));
    names->setFocus();
    QTest::keyClick(names, Qt::Key_Return); // the list passes Enter on to the dialog: OK
}

} // namespace

TEST_CASE("The seed meeting is recorded from nothing, largely by keyboard")
{
    SeedFixture seed;
    QWidget& window = seed.window();
    storage::Database& db = seed.database();
    const Id committee = seed.body(QStringLiteral("کمیته راهبری"));

    // Ctrl+N: a new meeting, number 1 of the leads' series.
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    Meeting meeting = onlyMeeting(db);
    CHECK(meeting.number == 1);

    // ---- details: Monday 1402/01/21, 12:00 to 13:20, online on Sharif's platform.
    showTab(window, Tab::DetailsTab);
    typeInto(find<QWidget>(window, "dateEdit")->findChild<QLineEdit*>(),
             QStringLiteral("۱۴۰۲/۰۱/۲۱"));
    typeInto(find<app::TimeEdit>(window, "startEdit")->lineEdit(), QStringLiteral("12"));
    typeInto(find<app::TimeEdit>(window, "endEdit")->lineEdit(), QStringLiteral("۱۳:۲۰"));
    choose(find<QComboBox>(window, "modeCombo"), int(MeetingMode::Online));
    choose(find<QComboBox>(window, "statusCombo"), int(MeetingStatus::Held));
    typeInto(find<QLineEdit>(window, "venueEdit"), QStringLiteral("سامانه دانشگاه صنعتی شریف"));
    meeting = onlyMeeting(db);
    CHECK(meeting.date == QDate(2023, 4, 10));
    CHECK(meeting.start == QTime(12, 0));
    CHECK(meeting.end == QTime(13, 20));
    CHECK(meeting.mode == MeetingMode::Online);
    CHECK(meeting.status == MeetingStatus::Held);

    // ---- agenda: a report, then the two questions put to the room.
    showTab(window, Tab::AgendaTab);
    auto* title = find<QLineEdit>(window, "agendaTitleEdit");
    auto* question = find<QCheckBox>(window, "agendaQuestionCheck");
    typeInto(title, QStringLiteral("گزارش کمیته راهبری")); // Enter adds it
    title->setFocus();
    typeText(title, QStringLiteral("نحوه ادامه کار با وزارتخانه"));
    key(Qt::Key_Tab); // the details
    key(Qt::Key_Tab); // the question box
    CHECK(QApplication::focusWidget() == question);
    key(Qt::Key_Space);
    key(Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == find<QPushButton>(window, "addAgendaButton"));
    key(Qt::Key_Space);
    title->setFocus();
    typeText(title, QStringLiteral("ادغام کارگروه‌ها"));
    key(Qt::Key_Tab);
    key(Qt::Key_Tab);
    key(Qt::Key_Space);
    key(Qt::Key_Backtab);
    key(Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter in the details adds it too
    QList<AgendaItem> agenda = storage::AgendaItemRepository(db).ofMeeting(meeting.id);
    REQUIRE(agenda.size() == 3);
    CHECK(agendaTitles(db, meeting.id) ==
          QStringList{QStringLiteral("گزارش کمیته راهبری"),
                      QStringLiteral("نحوه ادامه کار با وزارتخانه"),
                      QStringLiteral("ادغام کارگروه‌ها")});
    CHECK_FALSE(agenda[0].isQuestion);
    CHECK(agenda[1].isQuestion);
    CHECK(agenda[2].isQuestion);
    CHECK(title->text().isEmpty());
    CHECK_FALSE(question->isChecked());
    const Id reportItem = agenda[0].id;
    const Id mergerItem = agenda[2].id;

    // Ctrl+Down and Ctrl+Up move an item; undo and redo the last move.
    selectRow(window, "agendaTable", 0);
    key(Qt::Key_Down, Qt::ControlModifier);
    CHECK(storage::AgendaItemRepository(db).ofMeeting(meeting.id)[1].id == reportItem);
    key(Qt::Key_Up, Qt::ControlModifier);
    CHECK(storage::AgendaItemRepository(db).ofMeeting(meeting.id)[0].id == reportItem);
    undo(window);
    CHECK(storage::AgendaItemRepository(db).ofMeeting(meeting.id)[1].id == reportItem);
    redo(window);
    CHECK(storage::AgendaItemRepository(db).ofMeeting(meeting.id)[0].id == reportItem);

    // ---- attendance: all working-group leads on the day, each for his or her group.
    showTab(window, Tab::AttendanceTab);
    auto* bodyCombo = find<QComboBox>(window, "bodyCombo");
    CHECK(bodyCombo->currentIndex() == 0); // "All working-group leads" comes first
    CHECK(find<QComboBox>(window, "bodyRoleCombo")->currentData().toInt() ==
          int(AttendanceRole::Lead));
    press(window, "addBodyButton");
    QList<Attendance> attendance = storage::AttendanceRepository(db).ofMeeting(meeting.id);
    QList<Id> leads;
    for (const QString& name : SeedFixture::leadsOnTheDay())
        leads.append(seed.person(name));
    CHECK(people(attendance) == leads);
    REQUIRE(attendance.size() == 9);
    CHECK(attendance[0].representsBodyId == seed.body(QStringLiteral("کارگروه منابع الکترونیکی")));
    CHECK(attendance[6].representsBodyId ==
          seed.body(QStringLiteral("کارگروه ارزیابی و استانداردها")));
    for (const Attendance& row : attendance)
        CHECK(row.role == AttendanceRole::Lead);
    undo(window);
    CHECK(storage::AttendanceRepository(db).ofMeeting(meeting.id).isEmpty());
    redo(window);
    CHECK(people(storage::AttendanceRepository(db).ofMeeting(meeting.id)) == leads);
    // Adding them again adds no one, and leaves no empty step to undo.
    const int steps = seed.session().undoStack()->count();
    press(window, "addBodyButton");
    CHECK(seed.session().undoStack()->count() == steps);
    CHECK(people(storage::AttendanceRepository(db).ofMeeting(meeting.id)) == leads);

    // The experience-sharing group's two leads were absent.
    for (int row : {7, 8}) {
        selectRow(window, "attendanceTable", row);
        choose(find<QComboBox>(window, "attendanceStatusCombo"), int(AttendanceStatus::Absent));
    }
    attendance = storage::AttendanceRepository(db).ofMeeting(meeting.id);
    CHECK(attendance[7].status == AttendanceStatus::Absent);
    CHECK(attendance[8].status == AttendanceStatus::Absent);

    // The rest pasted from the seed's sentence: the leads are on the list already, the steering
    // committee is found however its names were typed, the guest is new.
    QGuiApplication::clipboard()->setText(SeedFixture::attendeeSentence());
    PasteSeen seen;
    whenDialogOpens([&](QDialog* dialog) {
        answerPasteDialog(dialog, seen, AttendanceRole::SteeringCommittee, committee);
    });
    selectRow(window, "attendanceTable", 0);
    key(Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(seen.shown);
    settle(window);
    CHECK(seen.names == 13);
    CHECK(seen.alreadyListed == 7);
    CHECK(seen.existing == 5);
    CHECK(seen.created == 1);
    CHECK(seen.newFamilyName == QStringLiteral("حاجی زینالعابدینی"));
    CHECK(seen.newGender == Gender::Male);
    CHECK(seen.newTitle == AcademicTitle::Doctor);
    CHECK(seen.unread.contains(QStringLiteral("به عنوان مهمان مدعو")));
    attendance = storage::AttendanceRepository(db).ofMeeting(meeting.id);
    REQUIRE(attendance.size() == 15);
    const QList<Person> guests =
        storage::PersonRepository(db).findByName(QStringLiteral("حاجي زينالعابديني"), {});
    REQUIRE(guests.size() == 1);
    CHECK(guests[0].gender == Gender::Male);
    CHECK(guests[0].title == AcademicTitle::Doctor);
    for (const QString& member :
         {QStringLiteral("غزنوی"), QStringLiteral("رقابی"), QStringLiteral("عتیقه‌چیان"),
          QStringLiteral("فاضل"), QStringLiteral("فرجامی")}) {
        const auto row = std::find_if(attendance.cbegin(), attendance.cend(), [&](const auto& a) {
            return a.personId == seed.person(member);
        });
        REQUIRE(row != attendance.cend());
        CHECK(row->role == AttendanceRole::SteeringCommittee);
        CHECK(row->representsBodyId == committee);
    }
    // One edit: undo takes the six rows and the new person away, redo brings them back.
    undo(window);
    CHECK(storage::AttendanceRepository(db).ofMeeting(meeting.id).size() == 9);
    CHECK(storage::PersonRepository(db)
              .findByName(QStringLiteral("حاجی زینالعابدینی"), {})
              .isEmpty());
    redo(window);
    attendance = storage::AttendanceRepository(db).ofMeeting(meeting.id);
    REQUIRE(attendance.size() == 15);
    const Id guest =
        storage::PersonRepository(db).findByName(QStringLiteral("حاجی زینالعابدینی"), {})[0].id;

    // The guest attended as an invited guest, for no body.
    const int guestRow = int(people(attendance).indexOf(guest));
    REQUIRE(guestRow >= 0);
    selectRow(window, "attendanceTable", guestRow);
    choose(find<QComboBox>(window, "attendanceRoleCombo"), int(AttendanceRole::Guest));
    choose(find<QComboBox>(window, "representsCombo"), 0);
    const auto guestAttendance = storage::AttendanceRepository(db).find(attendance[guestRow].id);
    REQUIRE(guestAttendance);
    CHECK(guestAttendance->role == AttendanceRole::Guest);
    CHECK_FALSE(guestAttendance->representsBodyId);

    // ---- contributions on agenda items, typed with Arabic letters and added with Ctrl+Enter.
    showTab(window, Tab::ContributionsTab);
    auto* speaker = find<app::PersonPicker>(window, "speakerPicker");
    auto* topic = find<QComboBox>(window, "contributionTopicCombo");
    auto* said = find<QPlainTextEdit>(window, "contributionTextEdit");
    const auto contribute = [&](const QString& who, int topicIndex, const QString& text) {
        pickPerson(speaker, who);
        arrowTo(topic, topicIndex);
        said->setFocus();
        typeText(said, text);
        QTest::keyClick(said, Qt::Key_Return, Qt::ControlModifier);
    };
    contribute(QStringLiteral("رقابي"), 1,
               QStringLiteral("گزارش فعالیت‌های کمیته راهبری"));
    contribute(
        QStringLiteral("عاطفي ملكي"), 3,
        QStringLiteral(
            "لایه‌های قدرت در وزارتخانه و ادغام کارگروه‌ها"));
    contribute(
        QStringLiteral("غزنوي"), 3,
        QStringLiteral(
            "طراحی کارگروه‌ها بر اساس نیاز کتابخانه‌ها"));
    const Id reghabi = seed.person(QStringLiteral("رقابی"));
    const Id atefi = seed.person(QStringLiteral("عاطفی ملکی"));
    const Id ghaznavi = seed.person(QStringLiteral("غزنوی"));
    CHECK(speakers(db, meeting.id) == QList<Id>{reghabi, atefi, ghaznavi});
    QList<Contribution> contributions = storage::ContributionRepository(db).ofMeeting(meeting.id);
    REQUIRE(contributions.size() == 3);
    CHECK(contributions[0].agendaItemId == reportItem);
    CHECK(contributions[1].agendaItemId == mergerItem);
    CHECK(contributions[2].agendaItemId == mergerItem);
    CHECK(contributions[2].text ==
          QStringLiteral(
              "طراحی کارگروه‌ها بر اساس نیاز کتابخانه‌ها"));
    CHECK(said->toPlainText().isEmpty());

    // Reordered by keyboard: Ctrl+Up on the second puts it first.
    selectRow(window, "contributionTable", 1);
    key(Qt::Key_Up, Qt::ControlModifier);
    CHECK(speakers(db, meeting.id) == QList<Id>{atefi, reghabi, ghaznavi});
    // And by a drag: the third row dropped on the first takes its place.
    QAbstractItemModel* model = find<QTableView>(window, "contributionTable")->model();
    std::unique_ptr<QMimeData> dragged(model->mimeData({model->index(2, 0)}));
    REQUIRE(dragged);
    CHECK(model->canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, model->index(0, 0)));
    model->dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, model->index(0, 0));
    CHECK(speakers(db, meeting.id) == QList<Id>{ghaznavi, atefi, reghabi});
    undo(window);
    CHECK(speakers(db, meeting.id) == QList<Id>{atefi, reghabi, ghaznavi});
    undo(window);
    CHECK(speakers(db, meeting.id) == QList<Id>{reghabi, atefi, ghaznavi});
    redo(window);
    redo(window);
    CHECK(speakers(db, meeting.id) == QList<Id>{ghaznavi, atefi, reghabi});

    // ---- a proposal on the merger, by Atefi-Maleki, backed by Darkhosh and Fazel.
    showTab(window, Tab::ProposalsTab);
    auto* proposalText = find<QLineEdit>(window, "proposalTextEdit");
    proposalText->setFocus();
    typeText(proposalText, QStringLiteral("ادغام کارگروه‌ها"));
    arrowTo(find<QComboBox>(window, "proposalTopicCombo"), 3);
    pickPerson(find<app::PersonPicker>(window, "proposerPicker"), QStringLiteral("عاطفي"));
    auto* backers = find<app::PersonListPicker>(window, "backersPicker");
    pickPerson(backers->picker(), QStringLiteral("درخوش"));
    settle(window); // the picker empties itself for the next name
    CHECK(backers->picker()->text().isEmpty());
    pickPerson(backers->picker(), QStringLiteral("فاضل"));
    settle(window);
    const Id darkhosh = seed.person(QStringLiteral("درخوش"));
    const Id fazel = seed.person(QStringLiteral("فاضل"));
    CHECK(backers->personIds() == QList<Id>{darkhosh, fazel});
    CHECK(backers->list()->count() == 2);
    press(window, "addProposalButton");
    QList<Proposal> proposals = storage::ProposalRepository(db).ofMeeting(meeting.id);
    REQUIRE(proposals.size() == 1);
    CHECK(proposals[0].text == QStringLiteral("ادغام کارگروه‌ها"));
    CHECK(proposals[0].agendaItemId == mergerItem);
    CHECK(proposals[0].proposerId == atefi);
    CHECK(proposals[0].supporterIds == QList<Id>{darkhosh, fazel});
    CHECK(backers->personIds().isEmpty()); // the form is ready for the next proposal
    undo(window);
    CHECK(storage::ProposalRepository(db).ofMeeting(meeting.id).isEmpty());
    redo(window);
    proposals = storage::ProposalRepository(db).ofMeeting(meeting.id);
    REQUIRE(proposals.size() == 1);
    CHECK(proposals[0].supporterIds == QList<Id>{darkhosh, fazel});

    // A backer taken off by keyboard (Delete in the list) and the change undone.
    selectRow(window, "proposalTable", 0);
    CHECK(backers->personIds() == QList<Id>{darkhosh, fazel});
    backers->list()->setFocus();
    backers->list()->setCurrentRow(1);
    key(Qt::Key_Delete);
    CHECK(backers->personIds() == QList<Id>{darkhosh});
    press(window, "changeProposalButton");
    CHECK(storage::ProposalRepository(db).ofMeeting(meeting.id)[0].supporterIds ==
          QList<Id>{darkhosh});
    undo(window);
    CHECK(storage::ProposalRepository(db).ofMeeting(meeting.id)[0].supporterIds ==
          QList<Id>{darkhosh, fazel});

    // ---- the decision on it: deferred, followed up by Ghaznavi by 1402/02/31.
    selectRow(window, "proposalTable", 0);
    press(window, "decideProposalButton");
    CHECK(find<QTabWidget>(window, "tabs")->currentIndex() == int(Tab::DecisionsTab));
    auto* decisionText = find<QLineEdit>(window, "decisionTextEdit");
    CHECK(QApplication::focusWidget() == decisionText);
    CHECK(decisionText->text() == QStringLiteral("ادغام کارگروه‌ها"));
    CHECK(find<QComboBox>(window, "decisionProposalCombo")->currentData().value<Id>() ==
          proposals[0].id);
    // A deferred decision names what was deferred; the minutes say "به جلسات بعدی موکول شد".
    typeInto(decisionText,
             QStringLiteral("تصمیم‌گیری در خصوص فعالیت‌ها"));
    choose(find<QComboBox>(window, "decisionStatusCombo"), int(DecisionStatus::Deferred));
    pickPerson(find<app::PersonPicker>(window, "responsiblePicker"), QStringLiteral("غزنوي"));
    typeInto(find<QWidget>(window, "deadlineEdit")->findChild<QLineEdit*>(),
             QStringLiteral("۱۴۰۲/۰۲/۳۱"));
    press(window, "addDecisionButton");
    QList<Decision> decisions = storage::DecisionRepository(db).ofMeeting(meeting.id);
    REQUIRE(decisions.size() == 1);
    CHECK(decisions[0].proposalId == proposals[0].id);
    CHECK(decisions[0].status == DecisionStatus::Deferred);
    CHECK(decisions[0].responsibleId == ghaznavi);
    CHECK(decisions[0].deadline == QDate(2023, 5, 21));
    undo(window);
    CHECK(storage::DecisionRepository(db).ofMeeting(meeting.id).isEmpty());
    redo(window);
    decisions = storage::DecisionRepository(db).ofMeeting(meeting.id);
    REQUIRE(decisions.size() == 1);
    CHECK(decisions[0].proposalId == proposals[0].id);

    // ---- everything undone leaves no meeting and no guest; everything redone gives the same
    // record back, with every link (topics, backers, the decision's proposal) in place.
    meeting = onlyMeeting(db);
    const QStringList recorded = describe(db, meeting);
    INFO(recorded.join(QLatin1Char('\n')).toStdString());
    QUndoStack* stack = seed.session().undoStack();
    const int edits = stack->index();
    for (int i = 0; i < edits; ++i)
        stack->undo();
    CHECK(storage::MeetingRepository(db).all().isEmpty());
    CHECK(storage::PersonRepository(db)
              .findByName(QStringLiteral("حاجی زینالعابدینی"), {})
              .isEmpty());
    for (int i = 0; i < edits; ++i)
        stack->redo();
    CHECK(describe(db, onlyMeeting(db)) == recorded);

    // The minutes read like the seed's: the attendees grouped by honorific as its author wrote
    // them, the absent leads, the proposal with its backers, the decision deferred.
    const QString minutes = app::MinutesDialog(db, onlyMeeting(db).id).plainText();
    INFO(minutes.toStdString());
    CHECK(minutes.contains(QStringLiteral(
        "از ساعت ۱۲ الی ۱۳:۲۰ دوشنبه ۱۴۰۲/۰۱/۲۱ در سامانه دانشگاه صنعتی شریف برگزار شد")));
    CHECK(minutes.contains(QStringLiteral(
        "(سرکار خانم‌ها دکتر درخوش، عبدالله‌پور، صادقی و جناب آقایان "
        "دکتر طاهری، دکتر امینی‌نسب، عاطفی ملکی، حسینی)، جناب آقای دکتر "
        "حاجی زینالعابدینی به عنوان مهمان مدعو و اعضای کمیته راهبری (سرکار "
        "خانم‌ها دکتر غزنوی، دکتر رقابی، عتیقه‌چیان، فاضل و فرجامی) حضور داشتند")));
    CHECK(minutes.contains(QStringLiteral("راهبران کارگروه اشتراک تجربیات")));
    CHECK(minutes.contains(QStringLiteral(
        "با تأیید سرکار خانم‌ها دکتر درخوش و فاضل")));
    CHECK(minutes.contains(QStringLiteral(
        "تصمیم‌گیری در خصوص فعالیت‌ها به جلسات بعدی موکول شد")));
}

TEST_CASE("Undoing the removal of an agenda item, a proposal or a decision links its rows again")
{
    SeedFixture seed;
    QWidget& window = seed.window();
    storage::Database& db = seed.database();
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    const Meeting meeting = onlyMeeting(db);

    showTab(window, Tab::AgendaTab);
    typeInto(find<QLineEdit>(window, "agendaTitleEdit"),
             QStringLiteral("ادغام کارگروه‌ها"));
    showTab(window, Tab::ContributionsTab);
    pickPerson(find<app::PersonPicker>(window, "speakerPicker"), QStringLiteral("فاضل"));
    arrowTo(find<QComboBox>(window, "contributionTopicCombo"), 1);
    auto* said = find<QPlainTextEdit>(window, "contributionTextEdit");
    said->setFocus();
    typeText(said, QStringLiteral("موافق ادغام"));
    QTest::keyClick(said, Qt::Key_Return, Qt::ControlModifier);
    showTab(window, Tab::ProposalsTab);
    auto* proposalText = find<QLineEdit>(window, "proposalTextEdit");
    proposalText->setFocus();
    typeText(proposalText, QStringLiteral("ادغام کارگروه‌ها"));
    arrowTo(find<QComboBox>(window, "proposalTopicCombo"), 1);
    press(window, "addProposalButton");
    selectRow(window, "proposalTable", 0);
    press(window, "decideProposalButton");
    press(window, "addDecisionButton");
    // An action item of that decision, as the follow-up board records them.
    ActionItem task;
    task.meetingId = meeting.id;
    task.decisionId = storage::DecisionRepository(db).ofMeeting(meeting.id)[0].id;
    task.task = QStringLiteral("گردآوری نظر کارگروه‌ها");
    storage::ActionItemRepository(db).insert(task);
    const QStringList recorded = describe(db, meeting);
    const Id item = storage::AgendaItemRepository(db).ofMeeting(meeting.id)[0].id;
    REQUIRE(storage::ContributionRepository(db).ofMeeting(meeting.id)[0].agendaItemId == item);
    REQUIRE(storage::DecisionRepository(db).ofMeeting(meeting.id)[0].proposalId);

    // Delete on the proposal: the decision stays, without it; undo links it again.
    showTab(window, Tab::ProposalsTab);
    selectRow(window, "proposalTable", 0);
    key(Qt::Key_Delete);
    CHECK(storage::ProposalRepository(db).ofMeeting(meeting.id).isEmpty());
    CHECK_FALSE(storage::DecisionRepository(db).ofMeeting(meeting.id)[0].proposalId);
    undo(window);
    CHECK(describe(db, meeting) == recorded);

    // Delete on the agenda item: the contribution and the proposal lose their topic; undo.
    showTab(window, Tab::AgendaTab);
    selectRow(window, "agendaTable", 0);
    key(Qt::Key_Delete);
    CHECK_FALSE(storage::ContributionRepository(db).ofMeeting(meeting.id)[0].agendaItemId);
    CHECK_FALSE(storage::ProposalRepository(db).ofMeeting(meeting.id)[0].agendaItemId);
    undo(window);
    CHECK(describe(db, meeting) == recorded);
    redo(window);
    undo(window);
    CHECK(describe(db, meeting) == recorded);

    // Delete on the decision: its action item stays, without it; undo links it again.
    showTab(window, Tab::DecisionsTab);
    selectRow(window, "decisionTable", 0);
    key(Qt::Key_Delete);
    CHECK(storage::DecisionRepository(db).ofMeeting(meeting.id).isEmpty());
    CHECK_FALSE(storage::ActionItemRepository(db).ofMeeting(meeting.id)[0].decisionId);
    undo(window);
    const QList<Decision> decisions = storage::DecisionRepository(db).ofMeeting(meeting.id);
    REQUIRE(decisions.size() == 1);
    CHECK(storage::ActionItemRepository(db).ofMeeting(meeting.id)[0].decisionId == decisions[0].id);
}

TEST_CASE("A person picker says why a typed name was not taken")
{
    SeedFixture seed;
    QWidget& window = seed.window();
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    showTab(window, Tab::ContributionsTab);
    auto* speaker = find<app::PersonPicker>(window, "speakerPicker");
    pickPerson(speaker, QStringLiteral("رقابي"));
    const Id reghabi = seed.person(QStringLiteral("رقابی"));
    REQUIRE(speaker->personId() == reghabi);
    CHECK(speaker->problem().isEmpty());

    // Nobody by that name: the last choice stays, and the field says so.
    typeInto(speaker, QStringLiteral("ناشناس"));
    CHECK(speaker->personId() == reghabi);
    CHECK(speaker->problem().contains(QStringLiteral("ناشناس")));
    CHECK(speaker->toolTip().contains(QStringLiteral("ناشناس")));

    // Typed markup stays text in the message.
    typeInto(speaker, QStringLiteral("<b>x</b>"));
    CHECK(speaker->problem().contains(QStringLiteral("<b>x</b>")));
    CHECK(speaker->toolTip().contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")));

    // "ی" is in many names: the message counts them and names some.
    typeInto(speaker, QStringLiteral("ي"));
    CHECK(speaker->personId() == reghabi);
    CHECK(speaker->problem().contains(QStringLiteral("people")));
    CHECK(speaker->problem().contains(QStringLiteral("…")));

    // Typing again clears the message; a name that fits one person is taken.
    typeInto(speaker, QStringLiteral("فرجامي"));
    CHECK(speaker->personId() == seed.person(QStringLiteral("فرجامی")));
    CHECK(speaker->problem().isEmpty());
}
