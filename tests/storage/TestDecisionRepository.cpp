#include "StorageFixture.h"
#include "storage/ActionItemRepository.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/ProposalRepository.h"
#include "support/QtCatchPrinters.h"

#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::storage;
using namespace jalaseh::storage::test;

namespace {

QStringList textsOf(const QList<Decision>& decisions)
{
    QStringList texts;
    for (const Decision& decision : decisions)
        texts.append(decision.text);
    return texts;
}

} // namespace

TEST_CASE("Decisions are stored with every field, reviews included", "[storage][decision]")
{
    TemporaryDatabase database;
    const Id series =
        addSeries(*database, QStringLiteral("نشست راهبران کارگروه‌ها"));
    const Id first = addMeeting(*database, series, QDate(2023, 4, 10));
    const Id second = addMeeting(*database, series, QDate(2023, 5, 10));
    const Id third = addMeeting(*database, series, QDate(2023, 6, 10));
    const Id responsible = addPerson(*database, QStringLiteral("رقابی"));
    Proposal proposal{.meetingId = first,
                      .text = QStringLiteral("ادغام کارگروه‌ها")};
    ProposalRepository(*database).insert(proposal);

    DecisionRepository decisions(*database);
    Decision decision{.meetingId = first,
                      .text = QStringLiteral("تصمیم درباره ادغام به جلسات بعد موکول شد"),
                      .status = DecisionStatus::Deferred,
                      .responsibleId = responsible,
                      .deadline = QDate(2023, 7, 1),
                      .followUp = FollowUpState::InProgress,
                      .proposalId = proposal.id,
                      .reviewedInMeetingIds = {third, second}};
    decisions.insert(decision);
    const auto found = decisions.find(decision.id);
    REQUIRE(found);
    CHECK(found->reviewedInMeetingIds == QList<Id>{second, third}); // by meeting date
    decision.reviewedInMeetingIds = {second, third};
    CHECK(*found == decision);

    decision.status = DecisionStatus::Approved;
    decision.followUp = FollowUpState::Done;
    decision.reviewedInMeetingIds = {second};
    decision.deadline = QDate();
    decisions.update(decision);
    CHECK(*decisions.find(decision.id) == decision);
    decisions.addReview(decision.id, third);
    decisions.addReview(decision.id, third); // twice is once
    CHECK(decisions.find(decision.id)->reviewedInMeetingIds == QList<Id>{second, third});

    // Removing the proposal keeps the decision, without it.
    ProposalRepository(*database).remove(proposal.id);
    CHECK_FALSE(decisions.find(decision.id)->proposalId);
}

TEST_CASE("Open decisions: not done, overdue first, then by deadline", "[storage][decision]")
{
    TemporaryDatabase database;
    const Id series = addSeries(*database, QStringLiteral("جلسه کمیته راهبری"));
    const Id meeting = addMeeting(*database, series, QDate(2023, 4, 10));
    const Id later = addMeeting(*database, series, QDate(2023, 5, 10));
    const QDate today = QDate::currentDate();
    DecisionRepository decisions(*database);
    auto add = [&](const char* text, DecisionStatus status, FollowUpState state, QDate deadline,
                   Id in) {
        Decision decision{.meetingId = in,
                          .text = QString::fromUtf8(text),
                          .status = status,
                          .deadline = deadline,
                          .followUp = state};
        decisions.insert(decision);
    };
    add("بعدا", DecisionStatus::Approved, FollowUpState::Open, today.addDays(30), meeting);
    add("بی‌مهلت", DecisionStatus::Approved, FollowUpState::InProgress, QDate(), meeting);
    add("گذشته", DecisionStatus::Approved, FollowUpState::Open, today.addDays(-3), later);
    add("انجام‌شده", DecisionStatus::Approved, FollowUpState::Done, today.addDays(-10),
        meeting);
    add("ردشده", DecisionStatus::Rejected, FollowUpState::Open, today.addDays(5), meeting);
    add("معوق", DecisionStatus::Deferred, FollowUpState::Overdue, today.addDays(60), meeting);
    add("زود", DecisionStatus::Approved, FollowUpState::Open, today.addDays(2), later);

    CHECK(textsOf(decisions.open()) == QStringList{QStringLiteral("گذشته"), QStringLiteral("معوق"),
                                                   QStringLiteral("زود"), QStringLiteral("بعدا"),
                                                   QStringLiteral("بی‌مهلت")});
    // all(): by meeting date, then position
    CHECK(textsOf(decisions.all()) ==
          QStringList{QStringLiteral("بعدا"), QStringLiteral("بی‌مهلت"),
                      QStringLiteral("انجام‌شده"), QStringLiteral("ردشده"),
                      QStringLiteral("معوق"), QStringLiteral("گذشته"), QStringLiteral("زود")});
}

TEST_CASE("Deferred decisions are carried into the later meetings of the series",
          "[storage][decision]")
{
    TemporaryDatabase database;
    const Id series =
        addSeries(*database, QStringLiteral("نشست راهبران کارگروه‌ها"));
    const Id other = addSeries(*database, QStringLiteral("جلسه کمیته راهبری"));
    const Id first = addMeeting(*database, series, QDate(2023, 4, 10));
    const Id second = addMeeting(*database, series, QDate(2023, 5, 10));
    const Id third = addMeeting(*database, series, QDate(2023, 6, 10));
    const Id elsewhere = addMeeting(*database, other, QDate(2023, 4, 1));
    DecisionRepository decisions(*database);
    Decision deferred{.meetingId = first,
                      .text = QStringLiteral("ادغام: موکول شد"),
                      .status = DecisionStatus::Deferred};
    decisions.insert(deferred);
    // Decided at the third meeting after being reviewed at the second.
    Decision settled{.meetingId = first,
                     .text = QStringLiteral("کانال شبکه: تصویب شد"),
                     .status = DecisionStatus::Approved,
                     .reviewedInMeetingIds = {second}};
    decisions.insert(settled);
    Decision foreign{.meetingId = elsewhere,
                     .text = QStringLiteral("در سلسله‌ای دیگر"),
                     .status = DecisionStatus::Deferred};
    decisions.insert(foreign);

    CHECK(decisions.carriedInto(first).isEmpty());
    CHECK(textsOf(decisions.carriedInto(second)) ==
          QStringList{QStringLiteral("ادغام: موکول شد"), QStringLiteral("کانال شبکه: تصویب شد")});
    CHECK(textsOf(decisions.carriedInto(third)) == QStringList{QStringLiteral("ادغام: موکول شد")});
}

TEST_CASE("Action items are stored, listed and followed up", "[storage][action]")
{
    TemporaryDatabase database;
    const Id meeting =
        addMeeting(*database, addSeries(*database, QStringLiteral("جلسه")), QDate(2023, 4, 10));
    const Id owner = addPerson(*database, QStringLiteral("فاضل"));
    Decision decision{.meetingId = meeting, .text = QStringLiteral("نامه به وزارت")};
    DecisionRepository(*database).insert(decision);
    ActionItemRepository items(*database);
    const QDate today = QDate::currentDate();
    ActionItem letter{.meetingId = meeting,
                      .decisionId = decision.id,
                      .task = QStringLiteral("پیش‌نویس نامه"),
                      .ownerId = owner,
                      .deadline = today.addDays(7),
                      .state = FollowUpState::InProgress};
    items.insert(letter);
    ActionItem late{
        .meetingId = meeting, .task = QStringLiteral("پیگیری پاسخ"), .deadline = today.addDays(-1)};
    items.insert(late);
    ActionItem done{
        .meetingId = meeting, .task = QStringLiteral("ارسال"), .state = FollowUpState::Done};
    items.insert(done);
    CHECK(*items.find(letter.id) == letter);
    CHECK(items.ofMeeting(meeting) == QList<ActionItem>{letter, late, done});
    CHECK(items.open() == QList<ActionItem>{late, letter});

    letter.state = FollowUpState::Done;
    items.update(letter);
    CHECK(items.open() == QList<ActionItem>{late});
    // Removing the decision keeps the task, without it.
    DecisionRepository(*database).remove(decision.id);
    CHECK_FALSE(items.find(letter.id)->decisionId);
    items.remove(letter.id);
    CHECK_FALSE(items.find(letter.id));
}

TEST_CASE("Decisions and action items of a period: only its meetings', in meeting order",
          "[storage][decision][action]")
{
    TemporaryDatabase database;
    const Id series = addSeries(*database, QStringLiteral("جلسه کمیته راهبری"));
    // 1401/12/29, 1402/01/01, 1402/12/29, 1403/01/01: the edges of the Jalali year 1402.
    const Id before = addMeeting(*database, series, QDate(2023, 3, 20));
    const Id first = addMeeting(*database, series, QDate(2023, 3, 21));
    const Id last = addMeeting(*database, series, QDate(2024, 3, 19));
    const Id after = addMeeting(*database, series, QDate(2024, 3, 20));
    DecisionRepository decisions(*database);
    ActionItemRepository items(*database);
    for (const Id meeting : {after, last, first, before}) {
        for (const char* text : {"یکم", "دوم"}) {
            Decision decision{.meetingId = meeting,
                              .text = QString::fromUtf8(text) + QString::number(meeting),
                              .followUp = FollowUpState::Done};
            decisions.insert(decision);
        }
        ActionItem item{.meetingId = meeting, .task = QStringLiteral("کار %1").arg(meeting)};
        items.insert(item);
    }
    const QDate from(2023, 3, 21);
    const QDate to(2024, 3, 19);
    CHECK(textsOf(decisions.heldBetween(from, to)) ==
          QStringList{QStringLiteral("یکم%1").arg(first), QStringLiteral("دوم%1").arg(first),
                      QStringLiteral("یکم%1").arg(last), QStringLiteral("دوم%1").arg(last)});
    QStringList tasks;
    for (const ActionItem& item : items.heldBetween(from, to))
        tasks.append(item.task);
    CHECK(tasks ==
          QStringList{QStringLiteral("کار %1").arg(first), QStringLiteral("کار %1").arg(last)});
    CHECK(decisions.heldBetween(QDate(2030, 1, 1), QDate(2030, 12, 31)).isEmpty());
    CHECK(MeetingRepository(*database).heldPeriod() ==
          std::pair{QDate(2023, 3, 20), QDate(2024, 3, 20)});
}
