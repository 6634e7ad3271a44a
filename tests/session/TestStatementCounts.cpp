// Every screen reads the database in a fixed number of statements, whatever the number of rows:
// on a server each statement is a round trip (about a millisecond on a network), so one query
// per row would make a ten-year list take seconds. Each loader is run over a small and a three
// times larger generated network, and over meetings with few and many rows, on both engines.
// A list's count must not differ at all; a meeting's may differ by a lookup or two that only
// some meetings need (the series' previous meeting, for what is carried over), never by rows.
#include "../storage/StorageFixture.h"
#include "documents/MinutesSource.h"
#include "session/models/AgendaListModel.h"
#include "session/models/AttendanceListModel.h"
#include "session/models/BodyListModel.h"
#include "session/models/CalendarModel.h"
#include "session/models/CarriedOverListModel.h"
#include "session/models/ContributionListModel.h"
#include "session/models/DecisionListModel.h"
#include "session/models/FollowUpListModel.h"
#include "session/models/MeetingListModel.h"
#include "session/models/MembershipListModel.h"
#include "session/models/PersonListModel.h"
#include "session/models/ProposalListModel.h"
#include "storage/BodyRepository.h"
#include "storage/MeetingRepository.h"
#include "synthetic/SyntheticDatabase.h"

#include <QDate>
#include <QTemporaryDir>
#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>
#include <limits>

using namespace jalaseh;
using storage::test::TemporaryDatabase;

namespace {

synthetic::SyntheticSize network(int scale)
{
    synthetic::SyntheticSize size;
    size.years = 1 + scale;
    size.people = 30 * scale;
    size.bodies = 4 * scale;
    size.meetings = 10 * scale;
    size.attendance = 120 * scale;
    size.contributions = 80 * scale;
    size.decisions = 50 * scale;
    size.proposals = 20 * scale;
    size.actionItems = 20 * scale;
    return size;
}

qint64 statementsOf(storage::Database& database, const std::function<void()>& load)
{
    const qint64 before = database.statementsRun();
    load();
    return database.statementsRun() - before;
}

// The statements one loader sends, over a database of the given scale.
struct Network
{
    explicit Network(int scale)
    {
        synthetic::generateSynthetic(*database, network(scale), 7);
        for (const Meeting& meeting : storage::MeetingRepository(*database).all())
            meetingIds.append(meeting.id);
    }
    TemporaryDatabase database;
    QList<Id> meetingIds;
};

} // namespace

TEST_CASE("every list reads the database in as many statements however many rows it has")
{
    Network small(1);
    Network large(3);
    const auto listStatements = [](Network& network, const QString& list) -> qint64 {
        storage::Database& database = *network.database;
        session::PersonListModel people;
        if (list == QLatin1String("people"))
            return statementsOf(database, [&] { people.reload(database); });
        people.reload(database);
        if (list == QLatin1String("meetings")) {
            session::MeetingListModel meetings;
            return statementsOf(database, [&] { meetings.reload(database); });
        }
        if (list == QLatin1String("bodies")) {
            session::BodyListModel bodies;
            return statementsOf(database, [&] { bodies.reload(database); });
        }
        if (list == QLatin1String("calendar")) {
            session::CalendarModel calendar;
            return statementsOf(database, [&] { calendar.reload(database); });
        }
        session::FollowUpListModel board(people);
        if (list == QLatin1String("open follow-up"))
            return statementsOf(database, [&] { board.reloadOpen(database); });
        return statementsOf(database, [&] {
            board.reloadPeriod(database, QDate(2015, 3, 21), QDate(2030, 3, 20));
        });
    };
    for (const QString& list :
         {QStringLiteral("people"), QStringLiteral("meetings"), QStringLiteral("bodies"),
          QStringLiteral("calendar"), QStringLiteral("open follow-up"),
          QStringLiteral("follow-up of a period")}) {
        INFO(list.toStdString());
        const qint64 onSmall = listStatements(small, list);
        CHECK(onSmall > 0);
        CHECK(listStatements(large, list) == onSmall);
    }
}

TEST_CASE("a body's members are listed in as many statements however many it has")
{
    Network network(2);
    storage::Database& database = *network.database;
    session::MembershipListModel members;
    const QList<Body> bodies = storage::BodyRepository(database).all();
    REQUIRE(bodies.size() >= 4);
    qint64 fewest = std::numeric_limits<qint64>::max();
    qint64 most = 0;
    int fewestRows = std::numeric_limits<int>::max();
    int mostRows = 0;
    for (const Body& body : bodies) {
        const qint64 statements =
            statementsOf(database, [&] { members.reload(database, body.id); });
        fewest = std::min(fewest, statements);
        most = std::max(most, statements);
        fewestRows = std::min(fewestRows, members.rowCount());
        mostRows = std::max(mostRows, members.rowCount());
    }
    INFO(fewest << " to " << most << " statements for " << fewestRows << " to " << mostRows
                << " members");
    CHECK(mostRows - fewestRows >= 5);
    CHECK(most == fewest);
}

TEST_CASE("a meeting opens in the editor in as many statements however much it holds")
{
    Network network(2);
    storage::Database& database = *network.database;
    session::PersonListModel people;
    people.reload(database);
    session::AgendaListModel agenda;
    session::AttendanceListModel attendance(people);
    session::ContributionListModel contributions(people, agenda);
    session::ProposalListModel proposals(people, agenda);
    session::DecisionListModel decisions(people);
    session::CarriedOverListModel carriedOver(people);
    const auto openMeeting = [&](Id meetingId) {
        return statementsOf(database, [&] {
            agenda.reload(database, meetingId);
            attendance.reload(database, meetingId);
            contributions.reload(database, meetingId);
            proposals.reload(database, meetingId);
            decisions.reloadMeeting(database, meetingId);
            carriedOver.reload(database, meetingId);
        });
    };
    REQUIRE(network.meetingIds.size() >= 10);
    qint64 fewest = std::numeric_limits<qint64>::max();
    qint64 most = 0;
    int fewestRows = std::numeric_limits<int>::max();
    int mostRows = 0;
    for (const Id meetingId : network.meetingIds) {
        const qint64 statements = openMeeting(meetingId);
        const int rows = attendance.rowCount() + contributions.rowCount() + decisions.rowCount();
        fewest = std::min(fewest, statements);
        most = std::max(most, statements);
        fewestRows = std::min(fewestRows, rows);
        mostRows = std::max(mostRows, rows);
    }
    INFO(fewest << " to " << most << " statements for " << fewestRows << " to " << mostRows
                << " rows");
    CHECK(mostRows - fewestRows >= 10); // the meetings differ enough to show a query per row
    CHECK(most - fewest <= 2);
}

TEST_CASE("the minutes of a meeting are gathered in as many statements however long they are")
{
    Network network(2);
    storage::Database& database = *network.database;
    const QTemporaryDir noTemplates;
    const auto gather = [&](Id meetingId) {
        return statementsOf(database, [&] {
            REQUIRE(documents::MinutesSource::load(database, meetingId, noTemplates.path()));
        });
    };
    qint64 fewest = std::numeric_limits<qint64>::max();
    qint64 most = 0;
    for (const Id meetingId : network.meetingIds) {
        const qint64 statements = gather(meetingId);
        fewest = std::min(fewest, statements);
        most = std::max(most, statements);
    }
    INFO(fewest << " to " << most << " statements");
    CHECK(most - fewest <= 2);
}
