// Agenda items, contributions, proposals and decisions keep the order the user gives them.
#include "StorageFixture.h"
#include "storage/AgendaItemRepository.h"
#include "storage/ContributionRepository.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/ProposalRepository.h"
#include "support/QtCatchPrinters.h"

#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::storage;
using namespace jalaseh::storage::test;

namespace {

template <typename Row>
QStringList textsOf(const QList<Row>& rows)
{
    QStringList texts;
    int expectedPosition = 1;
    for (const Row& row : rows) {
        CHECK(row.position == expectedPosition++); // 1..n without gaps
        if constexpr (requires { row.title; })
            texts.append(row.title);
        else
            texts.append(row.text);
    }
    return texts;
}

struct Meetings
{
    TemporaryDatabase database;
    Id speaker = addPerson(*database, QStringLiteral("غزنوی"));
    Id series = addSeries(*database, QStringLiteral("جلسه کمیته راهبری"));
    Id meeting = addMeeting(*database, series, QDate(2023, 4, 10));
    Id otherMeeting = addMeeting(*database, series, QDate(2023, 5, 10));
};

// The same checks for every ordered kind of row: append, insert at a place, move both ways,
// remove closes the gap, and another meeting's rows are never touched.
template <typename Repository, typename Row>
void checkOrdering(Meetings& fixture, Row (*make)(Id meetingId, Id speaker, const QString& text))
{
    Repository repository(*fixture.database);
    for (const char* text : {"یک", "دو", "سه"}) {
        Row row = make(fixture.meeting, fixture.speaker, QString::fromUtf8(text));
        repository.insert(row);
    }
    Row elsewhere = make(fixture.otherMeeting, fixture.speaker, QStringLiteral("دیگر"));
    repository.insert(elsewhere);
    CHECK(textsOf(repository.ofMeeting(fixture.meeting)) ==
          QStringList{QStringLiteral("یک"), QStringLiteral("دو"), QStringLiteral("سه")});

    Row inserted = make(fixture.meeting, fixture.speaker, QStringLiteral("یک و نیم"));
    inserted.position = 2;
    repository.insert(inserted);
    CHECK(inserted.position == 2);
    CHECK(textsOf(repository.ofMeeting(fixture.meeting)) ==
          QStringList{QStringLiteral("یک"), QStringLiteral("یک و نیم"), QStringLiteral("دو"),
                      QStringLiteral("سه")});

    const Id first = repository.ofMeeting(fixture.meeting).first().id;
    repository.move(first, 4);
    CHECK(textsOf(repository.ofMeeting(fixture.meeting)) ==
          QStringList{QStringLiteral("یک و نیم"), QStringLiteral("دو"), QStringLiteral("سه"),
                      QStringLiteral("یک")});
    repository.move(first, 2);
    CHECK(textsOf(repository.ofMeeting(fixture.meeting)) ==
          QStringList{QStringLiteral("یک و نیم"), QStringLiteral("یک"), QStringLiteral("دو"),
                      QStringLiteral("سه")});
    repository.move(first, 99); // past the end: last
    CHECK(repository.find(first)->position == 4);

    repository.remove(inserted.id);
    CHECK(textsOf(repository.ofMeeting(fixture.meeting)) ==
          QStringList{QStringLiteral("دو"), QStringLiteral("سه"), QStringLiteral("یک")});
    CHECK(textsOf(repository.ofMeeting(fixture.otherMeeting)) ==
          QStringList{QStringLiteral("دیگر")});
    CHECK_THROWS_AS(repository.move(987654, 1), StorageError);
}

AgendaItem makeAgendaItem(Id meetingId, Id, const QString& text)
{
    return AgendaItem{.meetingId = meetingId, .title = text};
}
Contribution makeContribution(Id meetingId, Id speaker, const QString& text)
{
    return Contribution{.meetingId = meetingId, .speakerId = speaker, .text = text};
}
Proposal makeProposal(Id meetingId, Id proposer, const QString& text)
{
    return Proposal{.meetingId = meetingId, .text = text, .proposerId = proposer};
}
Decision makeDecision(Id meetingId, Id responsible, const QString& text)
{
    return Decision{.meetingId = meetingId, .text = text, .responsibleId = responsible};
}

} // namespace

TEST_CASE("Agenda items keep their order", "[storage][agenda]")
{
    Meetings fixture;
    checkOrdering<AgendaItemRepository>(fixture, &makeAgendaItem);
}

TEST_CASE("Contributions keep their order", "[storage][contribution]")
{
    Meetings fixture;
    checkOrdering<ContributionRepository>(fixture, &makeContribution);
}

TEST_CASE("Proposals keep their order", "[storage][proposal]")
{
    Meetings fixture;
    checkOrdering<ProposalRepository>(fixture, &makeProposal);
}

TEST_CASE("Decisions keep their order", "[storage][decision]")
{
    Meetings fixture;
    checkOrdering<DecisionRepository>(fixture, &makeDecision);
}

TEST_CASE("Agenda items and contributions are stored with every field", "[storage][agenda]")
{
    Meetings fixture;
    Database& database = *fixture.database;
    AgendaItem question{.meetingId = fixture.meeting,
                        .title = QStringLiteral("نحوه ادامه کار با وزارت"),
                        .description = QStringLiteral("محور اول"),
                        .isQuestion = true};
    AgendaItemRepository agenda(database);
    agenda.insert(question);
    CHECK(*agenda.find(question.id) == question);
    question.title = QStringLiteral("نحوه ادامه همکاری با وزارت");
    question.isQuestion = false;
    agenda.update(question);
    CHECK(*agenda.find(question.id) == question);

    ContributionRepository contributions(database);
    Contribution said =
        makeContribution(fixture.meeting, fixture.speaker,
                         QStringLiteral("طراحی کارگروه‌ها بر اساس نیاز"));
    said.agendaItemId = question.id;
    contributions.insert(said);
    CHECK(*contributions.find(said.id) == said);
    said.text = QStringLiteral(
        "تعریف کارگروه‌ها بر اساس نیاز کتابخانه‌ها");
    contributions.update(said);
    CHECK(*contributions.find(said.id) == said);

    // Removing the agenda item keeps what was said, without the item.
    agenda.remove(question.id);
    CHECK_FALSE(contributions.find(said.id)->agendaItemId);
}

TEST_CASE("Proposals keep their supporters in order", "[storage][proposal]")
{
    Meetings fixture;
    Database& database = *fixture.database;
    const Id darkhosh = addPerson(database, QStringLiteral("درخوش"));
    const Id fazel = addPerson(database, QStringLiteral("فاضل"));
    ProposalRepository proposals(database);
    Proposal merge = makeProposal(fixture.meeting, fixture.speaker, QStringLiteral("ادغام"));
    merge.supporterIds = {fazel, darkhosh, fazel};
    merge.status = ProposalStatus::Deferred;
    proposals.insert(merge);
    CHECK(merge.supporterIds == QList<Id>{fazel, darkhosh}); // the repeat is dropped
    CHECK(*proposals.find(merge.id) == merge);

    merge.supporterIds = {darkhosh};
    merge.status = ProposalStatus::Adopted;
    proposals.update(merge);
    CHECK(*proposals.find(merge.id) == merge);
    CHECK(proposals.ofMeeting(fixture.meeting) == QList<Proposal>{merge});
}
