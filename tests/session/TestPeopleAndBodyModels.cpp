// The people, bodies and memberships lists, each watched by QAbstractItemModelTester and read cell
// by cell through every change: loaded from the demo and a generated database, filtered as one
// types, reloaded after edits made through the session, and emptied.
#include "ModelWatch.h"
#include "SessionFixture.h"
#include "persian/Normalize.h"
#include "session/commands/InsertRowCommand.h"
#include "session/commands/MergeBodiesCommand.h"
#include "session/commands/RemoveRowCommand.h"
#include "session/models/BodyListModel.h"
#include "session/models/MembershipListModel.h"
#include "session/models/PersonListModel.h"
#include "session/models/SearchFilterModel.h"
#include "storage/BodyRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"
#include "support/QtCatchPrinters.h"

#include <QUndoStack>

using namespace jalaseh;
using namespace jalaseh::test;
using session::Change;
using session::DatabaseSession;

namespace {

// Reloads `reload` whenever the session announces `what`, as the views do.
template <typename Reload>
void reloadOn(DatabaseSession& session, QObject* model, Change what, Reload reload)
{
    QObject::connect(&session, &DatabaseSession::changed, model, [=](Change change, Id) {
        if (change == what)
            reload();
    });
}

} // namespace

TEST_CASE("The people list is in Persian order, filters as typed, and follows the edits",
          "[session][models]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    session::PersonListModel people;
    session::SearchFilterModel filter;
    filter.setSourceModel(&people);
    ModelWatch watchPeople(&people);
    ModelWatch watchFilter(&filter);
    reloadOn(session, &people, Change::People, [&] { people.reload(session); });
    people.reload(session);

    const qsizetype everyone = storage::PersonRepository(db.database()).all().size();
    CHECK(people.rowCount() == everyone);
    CHECK(headerTexts(people) == QStringList{QStringLiteral("Name"), QStringLiteral("Family name"),
                                             QStringLiteral("Given name"),
                                             QStringLiteral("Affiliation"),
                                             QStringLiteral("Position"), QStringLiteral("Active")});
    const QStringList family = columnTexts(people, session::PersonListModel::FamilyColumn);
    CHECK(inPersianOrder(family));
    // ا before ج before ر before ق before ک before م before ی; چ and گ in their Persian places.
    const QStringList someMembers{QStringLiteral("احمدی"), QStringLiteral("جعفری"),
                                  QStringLiteral("رستمی"), QStringLiteral("قاسمی"),
                                  QStringLiteral("کریمی"), QStringLiteral("موسوی"),
                                  QStringLiteral("یزدانی")};
    int previous = -1;
    for (const QString& name : someMembers) {
        const int row = int(family.indexOf(name));
        INFO(name.toStdString());
        CHECK(row > previous);
        previous = row;
    }
    const int jafari = int(family.indexOf(QStringLiteral("جعفری")));
    CHECK(people.index(jafari, session::PersonListModel::NameColumn).data().toString() ==
          QStringLiteral("Dr. پریسا جعفری"));
    CHECK(people.index(jafari, session::PersonListModel::AffiliationColumn).data().toString() ==
          QStringLiteral("دانشگاه علامه طباطبائی"));
    CHECK(people.index(jafari, session::PersonListModel::ActiveColumn).data().toString() ==
          QStringLiteral("Yes"));
    CHECK(people.index(jafari, 0).data(session::RecordListModel::IdRole).value<Id>() ==
          db.person(QStringLiteral("جعفری")));

    // Typed with the Arabic yeh, or a piece of the affiliation.
    filter.setQuery(QStringLiteral("جعفري"));
    REQUIRE(filter.rowCount() == 1);
    CHECK(filter.index(0, session::PersonListModel::FamilyColumn).data().toString() ==
          QStringLiteral("جعفری"));
    const QString university = QStringLiteral("دانشگاه علامه طباطبائی");
    filter.setQuery(QStringLiteral("طباطبايي"));
    CHECK(filter.rowCount() ==
          columnTexts(people, session::PersonListModel::AffiliationColumn).count(university));
    CHECK(columnTexts(filter, session::PersonListModel::AffiliationColumn) ==
          QStringList(filter.rowCount(), university));
    filter.setQuery({});
    CHECK(filter.rowCount() == everyone);

    // A newcomer added through the session appears in the list and in the filtered rows.
    filter.setQuery(QStringLiteral("نوری"));
    CHECK(filter.rowCount() == 0);
    Person newcomer;
    newcomer.familyName = QStringLiteral("نوری");
    newcomer.givenName = QStringLiteral("لیلا");
    newcomer.active = false;
    REQUIRE(session.perform(
        new session::InsertRowCommand<Person>(session, newcomer, QStringLiteral("Add"))));
    CHECK(people.rowCount() == everyone + 1);
    REQUIRE(filter.rowCount() == 1);
    CHECK(filter.index(0, session::PersonListModel::NameColumn).data().toString() ==
          QStringLiteral("لیلا نوری"));
    CHECK(filter.index(0, session::PersonListModel::ActiveColumn).data().toString() ==
          QStringLiteral("No"));
    CHECK(inPersianOrder(columnTexts(people, session::PersonListModel::FamilyColumn)));
    session.undoStack()->undo();
    CHECK(people.rowCount() == everyone);
    CHECK(filter.rowCount() == 0);
    session.undoStack()->redo();
    CHECK(filter.rowCount() == 1);

    // Emptied: a database with nobody in it.
    SessionDatabase empty(SessionDatabase::Content::Empty);
    people.reload(empty.session());
    CHECK(people.rowCount() == 0);
    CHECK(filter.rowCount() == 0);
    CHECK(watchPeople.resets() >= 5);
    REQUIRE_MODEL_SOUND(watchPeople);
    REQUIRE_MODEL_SOUND(watchFilter);
}

TEST_CASE("The people list of a generated network holds everyone in order",
          "[session][models][generated]")
{
    SessionDatabase db(SessionDatabase::Content::Generated);
    session::PersonListModel people;
    session::SearchFilterModel filter;
    filter.setSourceModel(&people);
    ModelWatch watchPeople(&people);
    ModelWatch watchFilter(&filter);
    people.reload(db.database());
    CHECK(people.rowCount() == smallNetwork().people);
    CHECK(inPersianOrder(columnTexts(people, session::PersonListModel::FamilyColumn)));

    // Filtering by a family name keeps exactly the people with it.
    const QString name = people.index(0, session::PersonListModel::FamilyColumn).data().toString();
    const qsizetype named = columnTexts(people, session::PersonListModel::FamilyColumn).count(name);
    filter.setQuery(name);
    CHECK(filter.rowCount() >= named);
    for (int row = 0; row < filter.rowCount(); ++row)
        CHECK(filter.index(row, 0)
                  .data(session::RecordListModel::SearchKeyRole)
                  .toString()
                  .contains(persian::searchKey(name)));
    filter.setCondition([&](int source) { return people.personAt(source).active; });
    for (int row = 0; row < filter.rowCount(); ++row)
        CHECK(filter.index(row, session::PersonListModel::ActiveColumn).data().toString() ==
              QStringLiteral("Yes"));
    filter.setCondition({});
    filter.setQuery({});
    CHECK(filter.rowCount() == smallNetwork().people);
    REQUIRE_MODEL_SOUND(watchPeople);
    REQUIRE_MODEL_SOUND(watchFilter);
}

TEST_CASE("The bodies list puts the committee first, shows mergers, and follows a merge",
          "[session][models]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    session::BodyListModel bodies;
    session::SearchFilterModel filter;
    filter.setSourceModel(&bodies);
    ModelWatch watchBodies(&bodies);
    ModelWatch watchFilter(&filter);
    reloadOn(session, &bodies, Change::Bodies, [&] { bodies.reload(session.database()); });
    bodies.reload(db.database());

    const qsizetype all = storage::BodyRepository(db.database()).all().size();
    REQUIRE(bodies.rowCount() == all);
    CHECK(headerTexts(bodies) ==
          QStringList{QStringLiteral("Name"), QStringLiteral("Kind"), QStringLiteral("State")});
    CHECK(bodies.index(0, session::BodyListModel::NameColumn).data().toString() ==
          demo::steeringCommittee);
    const QStringList kinds = columnTexts(bodies, session::BodyListModel::KindColumn);
    CHECK(kinds.first() == QStringLiteral("Steering committee"));
    CHECK(kinds.count(QStringLiteral("Working group")) == all - 1);
    CHECK(inPersianOrder(columnTexts(bodies, session::BodyListModel::NameColumn).mid(1)));

    const auto rowOf = [&](const QString& name) {
        return int(columnTexts(bodies, session::BodyListModel::NameColumn).indexOf(name));
    };
    const auto stateOf = [&](const QString& name) {
        return bodies.index(rowOf(name), session::BodyListModel::StateColumn).data().toString();
    };
    CHECK(stateOf(demo::periodicals) ==
          QStringLiteral("Merged into %1 on ۱۴۰۱/۱۲/۱۰").arg(demo::electronicResources));
    CHECK(stateOf(demo::electronicResources) ==
          QStringLiteral("Active; merged from %1").arg(demo::periodicals));
    CHECK(
        bodies.lineage(rowOf(demo::electronicResources))
            .startsWith(QStringLiteral("Merged from: %1 (on ۱۴۰۱/۱۲/۱۰)").arg(demo::periodicals)));
    CHECK(stateOf(demo::training) == QStringLiteral("Active"));

    // Typed with the Arabic kaf and yeh.
    filter.setQuery(QStringLiteral("نشريات ادواري"));
    REQUIRE(filter.rowCount() == 1);
    CHECK(filter.index(0, 0).data().toString() == demo::periodicals);
    filter.setQuery(QStringLiteral("كارگروه"));
    CHECK(filter.rowCount() == all - 1);

    // The training group merged through the session, then the merge undone.
    REQUIRE(session.perform(new session::MergeBodiesCommand(
        session, db.body(demo::training), db.body(demo::electronicResources), QDate(2023, 6, 22),
        QStringLiteral("Merge"))));
    CHECK(stateOf(demo::training) ==
          QStringLiteral("Merged into %1 on ۱۴۰۲/۰۴/۰۱").arg(demo::electronicResources));
    CHECK(stateOf(demo::electronicResources).startsWith(QStringLiteral("Active; merged from ")));
    CHECK(stateOf(demo::electronicResources).contains(demo::training));
    CHECK(filter.rowCount() == all - 1);
    session.undoStack()->undo();
    CHECK(stateOf(demo::training) == QStringLiteral("Active"));

    SessionDatabase empty(SessionDatabase::Content::Empty);
    bodies.reload(empty.database());
    CHECK(bodies.rowCount() == 0);
    CHECK(filter.rowCount() == 0);
    REQUIRE_MODEL_SOUND(watchBodies);
    REQUIRE_MODEL_SOUND(watchFilter);
}

TEST_CASE("The bodies list of a generated network shows its merged group",
          "[session][models][generated]")
{
    SessionDatabase db(SessionDatabase::Content::Generated);
    session::BodyListModel bodies;
    ModelWatch watch(&bodies);
    bodies.reload(db.database());
    CHECK(bodies.rowCount() == smallNetwork().bodies);
    int merged = 0;
    for (const QString& state : columnTexts(bodies, session::BodyListModel::StateColumn))
        merged += state.startsWith(QStringLiteral("Merged into "));
    CHECK(merged == 1);

    // Each body's members, as the bodies view shows them when a body is chosen.
    session::MembershipListModel members;
    ModelWatch watchMembers(&members);
    for (int row = 0; row < bodies.rowCount(); ++row) {
        const Id body = bodies.idAt(row);
        members.reload(db.database(), body);
        INFO("body " << bodies.bodyAt(row).name.toStdString());
        CHECK(members.rowCount() ==
              storage::MembershipRepository(db.database()).ofBody(body).size());
        for (const QString& name : columnTexts(members, session::MembershipListModel::PersonColumn))
            CHECK_FALSE(name.isEmpty());
    }
    REQUIRE_MODEL_SOUND(watch);
    REQUIRE_MODEL_SOUND(watchMembers);
}

TEST_CASE("A body's members over time, with seats added and removed through the session",
          "[session][models]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    const Id committee = db.body(demo::steeringCommittee);
    session::MembershipListModel members;
    session::SearchFilterModel filter;
    filter.setSourceModel(&members);
    ModelWatch watchMembers(&members);
    ModelWatch watchFilter(&filter);
    reloadOn(session, &members, Change::Memberships,
             [&] { members.reload(session.database(), members.bodyId()); });
    members.reload(db.database(), committee);

    const qsizetype seats = storage::MembershipRepository(db.database()).ofBody(committee).size();
    REQUIRE(seats >= 5);
    CHECK(members.rowCount() == seats);
    CHECK(headerTexts(members) == QStringList{QStringLiteral("Person"), QStringLiteral("Role"),
                                              QStringLiteral("From"), QStringLiteral("Until")});
    const QStringList names = columnTexts(members, session::MembershipListModel::PersonColumn);
    const int lead = int(columnTexts(members, session::MembershipListModel::RoleColumn)
                             .indexOf(QStringLiteral("Lead")));
    REQUIRE(lead >= 0);
    CHECK(names.at(lead).endsWith(QStringLiteral("غزنوی")));
    CHECK(members.index(lead, session::MembershipListModel::FromColumn).data().toString() ==
          QStringLiteral("۱۴۰۱/۰۲/۰۱"));
    CHECK(members.index(lead, session::MembershipListModel::UntilColumn).data().toString() ==
          QStringLiteral("(current)"));

    filter.setQuery(QStringLiteral("غزنوي"));
    CHECK(filter.rowCount() == 1);

    // A seat added and removed through the session.
    Membership seat;
    seat.personId = db.person(QStringLiteral("احمدی"));
    seat.bodyId = committee;
    seat.role = MembershipRole::Member;
    seat.from = QDate(2023, 6, 22);
    seat.until = QDate(2024, 3, 19);
    auto* insert = new session::InsertRowCommand<Membership>(session, seat, QStringLiteral("Add"));
    REQUIRE(session.perform(insert));
    REQUIRE(members.rowCount() == seats + 1);
    const int added = members.rowOf(insert->insertedId());
    REQUIRE(added >= 0);
    CHECK(members.index(added, session::MembershipListModel::UntilColumn).data().toString() ==
          QStringLiteral("۱۴۰۲/۱۲/۲۹"));
    seat.id = insert->insertedId();
    REQUIRE(session.perform(
        new session::RemoveRowCommand<Membership>(session, seat, QStringLiteral("Remove"))));
    CHECK(members.rowCount() == seats);
    session.undoStack()->undo();
    CHECK(members.rowCount() == seats + 1);

    // A change of lead: the evaluation group's first lead left at the end of 1401.
    members.reload(db.database(), db.body(QStringLiteral("کارگروه ارزیابی و استانداردها")));
    CHECK(columnTexts(members, session::MembershipListModel::UntilColumn)
              .contains(QStringLiteral("۱۴۰۱/۱۲/۲۹")));

    members.reload(db.database(), 0);
    CHECK(members.rowCount() == 0);
    CHECK(filter.rowCount() == 0);
    REQUIRE_MODEL_SOUND(watchMembers);
    REQUIRE_MODEL_SOUND(watchFilter);
}
