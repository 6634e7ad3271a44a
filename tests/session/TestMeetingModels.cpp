// The meetings list and the tables of one meeting (attendance, agenda, contributions, proposals,
// decisions, action items, decisions carried over), each under QAbstractItemModelTester and read
// cell by cell through every change: loaded as the meeting editor loads them, reloaded after edits
// made through the session, filtered, and emptied.
#include "ModelWatch.h"
#include "SessionFixture.h"
#include "persian/Collation.h"
#include "session/commands/MoveRowCommand.h"
#include "session/commands/RemoveMeetingCommand.h"
#include "session/commands/RemoveRowCommand.h"
#include "session/commands/UpdateRowCommand.h"
#include "session/models/ActionItemListModel.h"
#include "session/models/AgendaListModel.h"
#include "session/models/AttendanceListModel.h"
#include "session/models/CarriedOverListModel.h"
#include "session/models/ContributionListModel.h"
#include "session/models/DecisionListModel.h"
#include "session/models/MeetingListModel.h"
#include "session/models/PersonListModel.h"
#include "session/models/ProposalListModel.h"
#include "session/models/SearchFilterModel.h"
#include "storage/AgendaItemRepository.h"
#include "storage/ContributionRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "support/QtCatchPrinters.h"

#include <QMimeData>
#include <QUndoStack>

using namespace jalaseh;
using namespace jalaseh::test;
using session::Change;
using session::DatabaseSession;

namespace {

// The models of the meeting editor, loaded as it loads them: people first, the agenda before the
// rows that name its items; reloaded when the session announces a change of the meeting's rows or
// of people.
struct MeetingTables
{
    explicit MeetingTables(DatabaseSession& session)
        : session(session)
    {
        QObject::connect(&session, &DatabaseSession::changed, &people, [this](Change what, Id id) {
            if (what == Change::People) {
                this->people.reload(this->session);
                reload();
            } else if (what == Change::MeetingRows && id == meetingId) {
                reload();
            }
        });
    }

    void open(Id meeting)
    {
        meetingId = meeting;
        people.reload(session);
        reload();
    }
    void reload()
    {
        storage::Database& database = session.database();
        attendance.reload(database, meetingId);
        agenda.reload(database, meetingId);
        contributions.reload(database, meetingId);
        proposals.reload(database, meetingId);
        decisions.reloadMeeting(database, meetingId);
        actionItems.reload(database, meetingId, std::nullopt);
        carriedOver.reload(database, meetingId);
    }
    QList<QAbstractItemModel*> all()
    {
        return {&people,    &attendance, &agenda,      &contributions,
                &proposals, &decisions,  &actionItems, &carriedOver};
    }

    DatabaseSession& session;
    Id meetingId = 0;
    session::PersonListModel people;
    session::AttendanceListModel attendance{people};
    session::AgendaListModel agenda;
    session::ContributionListModel contributions{people, agenda};
    session::ProposalListModel proposals{people, agenda};
    session::DecisionListModel decisions{people};
    session::ActionItemListModel actionItems{people};
    session::CarriedOverListModel carriedOver{people};
};

struct Watches
{
    explicit Watches(const QList<QAbstractItemModel*>& models)
    {
        for (QAbstractItemModel* model : models)
            watches.push_back(std::make_unique<ModelWatch>(model));
    }
    QStringList failures() const
    {
        QStringList all;
        for (const auto& watch : watches)
            all += watch->failures();
        return all;
    }
    std::vector<std::unique_ptr<ModelWatch>> watches;
};

// The first of `texts` that ends with `end` (a name after its title), or -1.
int rowEndingWith(const QStringList& texts, const QString& end)
{
    for (int row = 0; row < texts.size(); ++row)
        if (texts.at(row).endsWith(end))
            return row;
    return -1;
}

} // namespace

TEST_CASE("The meetings list groups the series in Persian order, newest first, and follows the "
          "edits",
          "[session][models]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    session::MeetingListModel meetings;
    session::SearchFilterModel filter;
    filter.setSourceModel(&meetings);
    ModelWatch watchMeetings(&meetings);
    ModelWatch watchFilter(&filter);
    QObject::connect(&session, &DatabaseSession::changed, &meetings, [&](Change what, Id) {
        if (what == Change::Meetings || what == Change::Series)
            meetings.reload(session.database());
    });
    meetings.reload(db.database());

    using Column = session::MeetingListModel::Column;
    CHECK(headerTexts(meetings) == QStringList{QStringLiteral("Date"), QStringLiteral("Series"),
                                               QStringLiteral("No."), QStringLiteral("Title"),
                                               QStringLiteral("Mode"), QStringLiteral("Venue"),
                                               QStringLiteral("Status")});
    REQUIRE(meetings.rowCount() == 3);
    // "جلسه کمیته راهبری" before "نشست راهبران کارگروه‌ها"; the second leads' meeting first.
    CHECK(columnTexts(meetings, Column::SeriesColumn) ==
          QStringList{demo::committeeSeries, demo::leadsSeries, demo::leadsSeries});
    CHECK(columnTexts(meetings, Column::DateColumn) == QStringList{QStringLiteral("۱۴۰۲/۰۲/۰۴"),
                                                                   QStringLiteral("۱۴۰۲/۰۲/۲۵"),
                                                                   QStringLiteral("۱۴۰۲/۰۱/۲۱")});
    CHECK(columnTexts(meetings, Column::NumberColumn) ==
          QStringList{QStringLiteral("۱"), QStringLiteral("۲"), QStringLiteral("۱")});
    CHECK(columnTexts(meetings, Column::ModeColumn) == QStringList{QStringLiteral("In person"),
                                                                   QStringLiteral("Online"),
                                                                   QStringLiteral("Online")});
    // The fixture's demo is the demo's files alone, which say the minutes were approved; nobody
    // approved them here (init --demo and the first start do).
    CHECK(cellText(meetings, 0, Column::StatusColumn) ==
          QStringLiteral("Minutes marked approved, not approved here"));
    CHECK(meetings.series().size() == 2);
    CHECK(meetings.series().first().second == demo::committeeSeries);

    // One series, as its combo box chooses it.
    const Id leads = db.series(demo::leadsSeries);
    filter.setCondition([&](int row) { return meetings.meetingAt(row).seriesId == leads; });
    CHECK(filter.rowCount() == 2);
    filter.setCondition({});
    // The date typed in either digits, a word of a title.
    filter.setQuery(QStringLiteral("1402/01/21"));
    REQUIRE(filter.rowCount() == 1);
    CHECK(cellText(filter, 0, Column::DateColumn) == QStringLiteral("۱۴۰۲/۰۱/۲۱"));
    filter.setQuery(QStringLiteral("وزارت"));
    CHECK(filter.rowCount() == 2);

    // Retitled and removed through the session; the filter keeps up.
    const Id seed = db.meeting(demo::leadsSeries, 1);
    const Meeting before = *storage::MeetingRepository(db.database()).find(seed);
    Meeting after = before;
    after.title = QStringLiteral("نشست نخست");
    REQUIRE(session.perform(
        new session::UpdateRowCommand<Meeting>(session, before, after, QStringLiteral("Retitle"))));
    CHECK(filter.rowCount() == 1);
    CHECK(cellText(meetings, meetings.rowOf(seed), Column::TitleColumn) ==
          QStringLiteral("نشست نخست"));
    REQUIRE(session.perform(
        new session::RemoveMeetingCommand(session, seed, QStringLiteral("Remove"))));
    CHECK(meetings.rowCount() == 2);
    CHECK(meetings.rowOf(seed) == -1);
    session.undoStack()->undo();
    CHECK(meetings.rowCount() == 3);
    CHECK(cellText(meetings, 2, Column::TitleColumn) == QStringLiteral("نشست نخست"));
    session.undoStack()->undo();
    CHECK(filter.rowCount() == 2);

    SessionDatabase empty(SessionDatabase::Content::Empty);
    meetings.reload(empty.database());
    CHECK(meetings.rowCount() == 0);
    CHECK(meetings.series().isEmpty());
    CHECK(filter.rowCount() == 0);
    REQUIRE_MODEL_SOUND(watchMeetings);
    REQUIRE_MODEL_SOUND(watchFilter);
}

TEST_CASE("The meetings list of a generated network: series in order, dates falling in each",
          "[session][models][generated]")
{
    SessionDatabase db(SessionDatabase::Content::Generated);
    session::MeetingListModel meetings;
    ModelWatch watch(&meetings);
    meetings.reload(db.database());
    REQUIRE(meetings.rowCount() == smallNetwork().meetings);
    const persian::PersianCollator collator;
    for (int row = 1; row < meetings.rowCount(); ++row) {
        const Meeting& above = meetings.meetingAt(row - 1);
        const Meeting& here = meetings.meetingAt(row);
        const QString seriesAbove = cellText(meetings, row - 1, 1);
        const QString seriesHere = cellText(meetings, row, 1);
        INFO("row " << row);
        if (above.seriesId == here.seriesId)
            CHECK(above.date >= here.date);
        else
            CHECK(collator.lessThan(seriesAbove, seriesHere));
    }
    REQUIRE_MODEL_SOUND(watch);
}

TEST_CASE("The seed meeting's tables show what was recorded, and follow the editor's edits",
          "[session][models]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    MeetingTables tables(session);
    Watches watches(tables.all());
    const Id seed = db.meeting(demo::leadsSeries, 1);
    tables.open(seed);

    // Attendance: fifteen people, the guest among them, the leads representing their groups.
    using AttendanceColumn = session::AttendanceListModel::Column;
    const auto& attendance = tables.attendance;
    CHECK(headerTexts(attendance) ==
          QStringList{QStringLiteral("Person"), QStringLiteral("Role"), QStringLiteral("Status"),
                      QStringLiteral("Details"), QStringLiteral("Represents")});
    REQUIRE(attendance.rowCount() == 15);
    const QStringList attendees = columnTexts(attendance, AttendanceColumn::PersonColumn);
    const QString guestName = QStringLiteral("حاجی زین‌العابدینی");
    const int guest = rowEndingWith(attendees, guestName);
    REQUIRE(guest >= 0);
    CHECK(cellText(attendance, guest, AttendanceColumn::RoleColumn) ==
          QStringLiteral("Invited guest"));
    CHECK(columnTexts(attendance, AttendanceColumn::RepresentsColumn)
              .contains(QStringLiteral("کارگروه اشتراک تجربیات")));

    // The agenda: the two questions put to the room.
    using AgendaColumn = session::AgendaListModel::Column;
    REQUIRE(tables.agenda.rowCount() == 2);
    CHECK(columnTexts(tables.agenda, AgendaColumn::NumberColumn) ==
          QStringList{QStringLiteral("۱"), QStringLiteral("۲")});
    CHECK(cellText(tables.agenda, 1, AgendaColumn::TitleColumn) ==
          QStringLiteral("ادغام کارگروه‌ها"));
    CHECK(columnTexts(tables.agenda, AgendaColumn::QuestionColumn) ==
          QStringList(2, QStringLiteral("Question put to the room")));

    // Eight contributions in order, those on the second item naming it.
    using ContributionColumn = session::ContributionListModel::Column;
    const auto& contributions = tables.contributions;
    REQUIRE(contributions.rowCount() == 8);
    CHECK(cellText(contributions, 0, ContributionColumn::SpeakerColumn)
              .endsWith(QStringLiteral("رقابی")));
    CHECK(cellText(contributions, 4, ContributionColumn::SpeakerColumn)
              .endsWith(QStringLiteral("غزنوی")));
    const QString secondItem = QStringLiteral("۲. ادغام کارگروه‌ها");
    CHECK(columnTexts(contributions, ContributionColumn::TopicColumn).count(secondItem) == 3);
    CHECK(cellText(contributions, 0, ContributionColumn::TopicColumn).isEmpty());

    // Six proposals; the fifth on the second item, proposed by عاطفی ملکی and backed by two.
    using ProposalColumn = session::ProposalListModel::Column;
    const auto& proposals = tables.proposals;
    REQUIRE(proposals.rowCount() == 6);
    CHECK(cellText(proposals, 4, ProposalColumn::TopicColumn) == secondItem);
    CHECK(cellText(proposals, 4, ProposalColumn::ProposerColumn)
              .endsWith(QStringLiteral("عاطفی ملکی")));
    CHECK(
        cellText(proposals, 4, ProposalColumn::SupportersColumn).contains(QStringLiteral("درخوش")));
    CHECK(
        cellText(proposals, 4, ProposalColumn::SupportersColumn).contains(QStringLiteral("فاضل")));
    CHECK(proposals.shortName(proposals.idAt(4)).startsWith(QStringLiteral("۵. ")));

    // One decision, deferred to the next meeting; no action items.
    using DecisionColumn = session::DecisionListModel::Column;
    REQUIRE(tables.decisions.rowCount() == 1);
    CHECK(cellText(tables.decisions, 0, DecisionColumn::StatusColumn) ==
          QStringLiteral("Deferred"));
    CHECK(cellText(tables.decisions, 0, DecisionColumn::DeadlineColumn).isEmpty());
    CHECK(tables.actionItems.rowCount() == 0);
    CHECK(tables.carriedOver.rowCount() == 0);

    // A contribution dragged below the third: the model asks, the session moves, the list reloads.
    QSignalSpy moveRequested(&tables.contributions, &session::ContributionListModel::moveRequested);
    QObject::connect(&tables.contributions, &session::ContributionListModel::moveRequested,
                     [&](int from, int to) {
                         session.perform(new session::MoveRowCommand<Contribution>(
                             session, tables.contributions.contributionAt(from),
                             tables.contributions.contributionAt(to).position,
                             QStringLiteral("Move")));
                     });
    const QString firstSpeaker = cellText(contributions, 0, ContributionColumn::SpeakerColumn);
    std::unique_ptr<QMimeData> dragged(tables.contributions.mimeData({contributions.index(0, 0)}));
    CHECK_FALSE(tables.contributions.dropMimeData(dragged.get(), Qt::MoveAction, 3, 0, {}));
    REQUIRE(moveRequested.size() == 1);
    CHECK(moveRequested.first() == QList<QVariant>{0, 2});
    CHECK(cellText(contributions, 2, ContributionColumn::SpeakerColumn) == firstSpeaker);
    CHECK(columnTexts(contributions, ContributionColumn::NumberColumn).first() ==
          QStringLiteral("۱"));

    // The second agenda item removed: what was said on it stays, on no item; undo names it again.
    const AgendaItem item = tables.agenda.itemAt(1);
    REQUIRE(session.perform(
        new session::RemoveRowCommand<AgendaItem>(session, item, QStringLiteral("Remove"))));
    CHECK(tables.agenda.rowCount() == 1);
    CHECK(contributions.rowCount() == 8);
    CHECK(columnTexts(contributions, ContributionColumn::TopicColumn).count(secondItem) == 0);
    CHECK(cellText(proposals, 4, ProposalColumn::TopicColumn).isEmpty());
    session.undoStack()->undo();
    CHECK(columnTexts(contributions, ContributionColumn::TopicColumn).count(secondItem) == 3);
    CHECK(cellText(proposals, 4, ProposalColumn::TopicColumn) == secondItem);

    // Emptied: no meeting open.
    tables.open(0);
    for (QAbstractItemModel* model : tables.all())
        if (model != &tables.people)
            CHECK(model->rowCount() == 0);
    const QStringList problems = watches.failures();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("The second meeting's decisions, their action items and the decision carried over",
          "[session][models]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    MeetingTables tables(session);
    Watches watches(tables.all());
    const Id second = db.meeting(demo::leadsSeries, 2);
    tables.open(second);

    using DecisionColumn = session::DecisionListModel::Column;
    const auto& decisions = tables.decisions;
    CHECK(headerTexts(decisions) ==
          QStringList{QStringLiteral("Decision"), QStringLiteral("Responsible"),
                      QStringLiteral("Deadline"), QStringLiteral("Status"),
                      QStringLiteral("Follow-up")});
    REQUIRE(decisions.rowCount() == 3);
    CHECK(cellText(decisions, 0, DecisionColumn::ResponsibleColumn)
              .endsWith(QStringLiteral("صادقی")));
    CHECK(cellText(decisions, 0, DecisionColumn::DeadlineColumn) == QStringLiteral("۱۴۰۲/۰۳/۱۵"));
    CHECK(columnTexts(decisions, DecisionColumn::StatusColumn) ==
          QStringList{QStringLiteral("Approved"), QStringLiteral("Approved"),
                      QStringLiteral("Deferred")});
    // Past their deadlines long ago and never marked done: overdue today.
    CHECK(cellText(decisions, 0, DecisionColumn::FollowUpColumn) == QStringLiteral("Overdue"));

    // The action items of the first decision, as the follow-up board lists them.
    using ActionColumn = session::ActionItemListModel::Column;
    auto& actions = tables.actionItems;
    CHECK(actions.rowCount() == 0); // none follows from no decision
    actions.reload(db.database(), second, decisions.idAt(0));
    REQUIRE(actions.rowCount() == 1);
    CHECK(headerTexts(actions) == QStringList{QStringLiteral("Task"), QStringLiteral("Owner"),
                                              QStringLiteral("Deadline"), QStringLiteral("State")});
    CHECK(cellText(actions, 0, ActionColumn::TaskColumn).contains(QStringLiteral("بله")));
    CHECK(cellText(actions, 0, ActionColumn::OwnerColumn).endsWith(QStringLiteral("صادقی")));
    CHECK(cellText(actions, 0, ActionColumn::StateColumn) == QStringLiteral("Overdue"));

    // Its owner changed through the session; the follow-up board's list of it reloads.
    const Id decisionOfActions = decisions.idAt(0);
    QObject::connect(&session, &DatabaseSession::changed, &actions, [&](Change what, Id id) {
        if (what == Change::MeetingRows && id == second)
            actions.reload(session.database(), second, decisionOfActions);
    });
    const ActionItem task = actions.itemAt(0);
    ActionItem handedOver = task;
    handedOver.ownerId = db.person(QStringLiteral("فرجامی"));
    handedOver.state = FollowUpState::Done;
    REQUIRE(session.perform(new session::UpdateRowCommand<ActionItem>(
        session, task, handedOver, QStringLiteral("Hand over"))));
    CHECK(cellText(actions, 0, ActionColumn::OwnerColumn).endsWith(QStringLiteral("فرجامی")));
    CHECK(cellText(actions, 0, ActionColumn::StateColumn) == QStringLiteral("Done"));
    session.undoStack()->undo();
    CHECK(cellText(actions, 0, ActionColumn::OwnerColumn).endsWith(QStringLiteral("صادقی")));

    // Marked done through the session: the decisions reload, the follow-up column says so.
    const Decision before = decisions.decisionAt(0);
    Decision done = before;
    done.followUp = FollowUpState::Done;
    REQUIRE(session.perform(
        new session::UpdateRowCommand<Decision>(session, before, done, QStringLiteral("Done"))));
    CHECK(cellText(decisions, 0, DecisionColumn::FollowUpColumn) == QStringLiteral("Done"));

    // The seed's deferred decision comes back to this meeting.
    using CarriedColumn = session::CarriedOverListModel::Column;
    const auto& carried = tables.carriedOver;
    REQUIRE(carried.rowCount() == 1);
    CHECK(cellText(carried, 0, CarriedColumn::TextColumn) ==
          QStringLiteral("تصمیم‌گیری در خصوص فعالیت‌ها"));
    CHECK(cellText(carried, 0, CarriedColumn::FromColumn) == QStringLiteral("no. ۱, ۱۴۰۲/۰۱/۲۱"));
    CHECK(cellText(carried, 0, CarriedColumn::StatusColumn) == QStringLiteral("Deferred"));
    CHECK(cellText(carried, 0, CarriedColumn::HereColumn) ==
          (carried.isReviewedHere(0) ? QStringLiteral("Taken up") : QStringLiteral("To review")));

    // Taken up here through the session (as the carried-over panel does), then undone.
    const Decision deferred = carried.decisionAt(0);
    Decision reviewed = deferred;
    if (reviewed.reviewedInMeetingIds.contains(second))
        reviewed.reviewedInMeetingIds.removeAll(second);
    else
        reviewed.reviewedInMeetingIds.append(second);
    const bool wasHere = carried.isReviewedHere(0);
    // The carried-over panel reloads on changes of the meeting that made the decision.
    QObject::connect(&session, &DatabaseSession::changed, &tables.carriedOver,
                     [&](Change what, Id) {
                         if (what == Change::MeetingRows)
                             tables.carriedOver.reload(session.database(), second);
                     });
    REQUIRE(session.perform(new session::UpdateRowCommand<Decision>(session, deferred, reviewed,
                                                                    QStringLiteral("Review"))));
    REQUIRE(carried.rowCount() == 1);
    CHECK(carried.isReviewedHere(0) != wasHere);
    session.undoStack()->undo();
    CHECK(carried.isReviewedHere(0) == wasHere);

    actions.clear();
    tables.carriedOver.clear();
    CHECK(actions.rowCount() == 0);
    CHECK(carried.rowCount() == 0);
    const QStringList problems = watches.failures();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("The tables of generated meetings hold every row recorded",
          "[session][models][generated]")
{
    SessionDatabase db(SessionDatabase::Content::Generated);
    MeetingTables tables(db.session());
    Watches watches(tables.all());
    int meetingsWithRows = 0;
    for (const Meeting& meeting : storage::MeetingRepository(db.database()).all()) {
        tables.open(meeting.id);
        CHECK(tables.agenda.rowCount() ==
              storage::AgendaItemRepository(db.database()).ofMeeting(meeting.id).size());
        CHECK(tables.contributions.rowCount() ==
              storage::ContributionRepository(db.database()).ofMeeting(meeting.id).size());
        CHECK(tables.decisions.rowCount() ==
              storage::DecisionRepository(db.database()).ofMeeting(meeting.id).size());
        // Every contribution names its speaker.
        for (const QString& speaker : columnTexts(tables.contributions, 1))
            CHECK_FALSE(speaker.isEmpty());
        meetingsWithRows += tables.contributions.rowCount() > 0;
    }
    CHECK(meetingsWithRows > 10);
    const QStringList problems = watches.failures();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}
