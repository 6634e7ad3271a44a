// Search finds text as Persian is really typed: ك/ک, ي/ی, with or without ZWNJ, either digits.
#include "StorageFixture.h"
#include "storage/AgendaItemRepository.h"
#include "storage/ContributionRepository.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/SearchKeys.h"
#include "storage/SearchRepository.h"
#include "storage/Statement.h"
#include "support/QtCatchPrinters.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::storage;
using namespace jalaseh::storage::test;

namespace {

struct Archive
{
    TemporaryDatabase database;
    Id person = addPerson(*database, QStringLiteral("كاظمي"), QStringLiteral("مریم")); // Arabic
    Id body = addBody(*database,
                      QStringLiteral("کارگروه کتابخانه‌های دیجیتال"));
    Id series =
        addSeries(*database, QStringLiteral("نشست راهبران کارگروه‌ها"));
    Id older = addMeeting(*database, series, QDate(2022, 4, 10));
    Id newer = addMeeting(*database, series, QDate(2023, 4, 10));
    Id contribution = 0;
    Id decision = 0;

    Archive()
    {
        Contribution said{
            .meetingId = older,
            .speakerId = person,
            .text = QStringLiteral(
                "ارسال فعاليت‌هاي شبکه به كتابخانه هاي جهان")};
        ContributionRepository(*database).insert(said);
        contribution = said.id;
        Decision decided{
            .meetingId = newer,
            .text = QStringLiteral(
                "گزارش کتابخانه‌های عضو تا ۱۵ خرداد ارسال شود")};
        DecisionRepository(*database).insert(decided);
        decision = decided.id;
    }
    QList<SearchHit> search(const char* query, int limit = 200)
    {
        return SearchRepository(*database).search(QString::fromUtf8(query), limit);
    }
};

QList<SearchHit::Kind> kindsOf(const QList<SearchHit>& hits)
{
    QList<SearchHit::Kind> kinds;
    for (const SearchHit& hit : hits)
        kinds.append(hit.kind);
    return kinds;
}

} // namespace

TEST_CASE("Search finds names, meetings, contributions and decisions", "[storage][search]")
{
    Archive archive;
    const auto people = archive.search("کاظمی");
    REQUIRE(people.size() == 1);
    CHECK(people[0].kind == SearchHit::Kind::Person);
    CHECK(people[0].id == archive.person);
    CHECK(people[0].text == QStringLiteral("مریم کاظمی"));
    CHECK(archive.search("کاظمی مریم").size() == 1); // family name first, too

    const auto decision = archive.search("خرداد");
    REQUIRE(decision.size() == 1);
    CHECK(decision[0].kind == SearchHit::Kind::Decision);
    CHECK(decision[0].id == archive.decision);
    CHECK(decision[0].meetingId == archive.newer);
    CHECK(decision[0].meetingDate == QDate(2023, 4, 10));

    const auto meetings = archive.search("جلسه");
    REQUIRE(meetings.size() == 2);
    CHECK(meetings[0].kind == SearchHit::Kind::Meeting);
    CHECK(meetings[0].id == archive.newer); // newest first
    CHECK(meetings[0].meetingId == archive.newer);

    CHECK(archive.search("").isEmpty());
    CHECK(archive.search("   ").isEmpty());
    CHECK(archive.search("نیست‌در‌بایگانی").isEmpty());
    CHECK(archive.search("%").isEmpty()); // LIKE wildcards mean themselves
}

TEST_CASE("Search orders kinds and stops at the limit", "[storage][search]")
{
    Archive archive;
    // "کتابخانه" is in the body's name, the contribution and the decision.
    const auto hits = archive.search("کتابخانه");
    CHECK(kindsOf(hits) == QList<SearchHit::Kind>{SearchHit::Kind::Body, SearchHit::Kind::Decision,
                                                  SearchHit::Kind::Contribution});
    CHECK(kindsOf(archive.search("کتابخانه", 2)) ==
          QList<SearchHit::Kind>{SearchHit::Kind::Body, SearchHit::Kind::Decision});
    CHECK(archive.search("کتابخانه", 0).isEmpty());
}

TEST_CASE("Search matches Arabic letters, missing ZWNJ and either digits", "[storage][search]")
{
    Archive archive;
    auto idsOf = [](const QList<SearchHit>& hits) {
        QList<Id> ids;
        for (const SearchHit& hit : hits)
            ids.append(hit.id);
        return ids;
    };
    // Stored with Arabic kaf and yeh, found with Persian letters, and the other way round.
    CHECK(idsOf(archive.search("كاظمي")) == QList<Id>{archive.person});
    CHECK(idsOf(archive.search("فعالیت‌های شبکه")) ==
          QList<Id>{archive.contribution});
    CHECK(idsOf(archive.search("فعاليتهاي شبكه")) == QList<Id>{archive.contribution});
    // With ZWNJ, with a space, or joined: one word.
    CHECK(idsOf(archive.search("کتابخانه‌های جهان")) ==
          QList<Id>{archive.contribution});
    CHECK(idsOf(archive.search("کتابخانههای عضو")) == QList<Id>{archive.decision});
    CHECK(idsOf(archive.search("كتابخانه هاي عضو")) == QList<Id>{archive.decision});
    // Persian digits stored, Latin or Arabic-Indic digits typed.
    CHECK(idsOf(archive.search("15 خرداد")) == QList<Id>{archive.decision});
    CHECK(idsOf(archive.search("١٥ خرداد")) == QList<Id>{archive.decision});
}

TEST_CASE("Search follows edits", "[storage][search]")
{
    Archive archive;
    Contribution said = *ContributionRepository(*archive.database).find(archive.contribution);
    said.text = QStringLiteral("پیشنهاد شعار سال کتابخانه");
    ContributionRepository(*archive.database).update(said);
    CHECK(archive.search("جهان").isEmpty());
    CHECK(archive.search("شعار سال").size() == 1);
    MeetingRepository(*archive.database).remove(archive.older);
    CHECK(archive.search("شعار سال").isEmpty());
}

TEST_CASE("Short and odd queries", "[storage][search]")
{
    Archive archive;
    // One or two letters, as typing starts, are looked up without the trigram index.
    CHECK_FALSE(archive.search("ک").isEmpty());
    CHECK(archive.search("خر").size() == 1);
    // Quotes and FTS5 operators in a query are only text.
    CHECK_NOTHROW(archive.search("\"کتاب"));
    CHECK(archive.search("کتابخانه OR NOT جهان").isEmpty());
    CHECK(archive.search("خرداد*").isEmpty());
}

TEST_CASE("The search index stays in step with every change", "[storage][search]")
{
    Archive archive;
    Database& database = *archive.database;
    Contribution said{.meetingId = archive.newer,
                      .speakerId = archive.person,
                      .text = QStringLiteral("گزارش کنسرسیوم منابع")};
    ContributionRepository(database).insert(said);
    said.text = QStringLiteral("گزارش کنسرسیوم منابع اطلاعاتی");
    ContributionRepository(database).update(said);
    ContributionRepository(database).remove(archive.contribution);
    MeetingRepository(database).remove(archive.newer); // cascades to its decision and contribution
    CHECK(archive.search("کنسرسیوم").isEmpty());
    if (database.engine() == Engine::Postgres)
        return; // a server's GIN indexes are the server's to keep; there is no FTS5 to check
    for (const char* table :
         {"person", "body", "meeting", "contribution", "proposal", "decision"}) {
        INFO(table);
        // FTS5 compares its index with the table's keys and fails if they differ.
        CHECK_NOTHROW(Statement(database, QStringLiteral("INSERT INTO %1_search (%1_search) "
                                                         "VALUES ('integrity-check')")
                                              .arg(QLatin1String(table)))
                          .exec());
    }
}

TEST_CASE("Keys made by an older normaliser are renewed when the file is opened",
          "[storage][search][sqlite]")
{
    TemporaryDatabase database;
    addPerson(*database, QStringLiteral("كاظمي"), QStringLiteral("مریم"));
    database.close();
    {
        // As a file whose keys an earlier rule made: they no longer match today's queries.
        RawSqlite raw(database.path());
        raw.exec(QStringLiteral("UPDATE person SET search_key = 'stale'"));
        raw.exec(QStringLiteral("UPDATE storage_meta SET value = 'an older normaliser' "
                                "WHERE key = 'search_key_fingerprint'"));
    }
    const auto reopened = database.reopen();
    REQUIRE(reopened.problem == OpenProblem::None);
    const auto hits = SearchRepository(*database).search(QStringLiteral("کاظمی"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().kind == SearchHit::Kind::Person);
    RawSqlite raw(database.path());
    CHECK(raw.scalar(QStringLiteral("SELECT value FROM storage_meta WHERE key = "
                                    "'search_key_fingerprint'"))
              .toString() != QStringLiteral("an older normaliser"));
}

// 2023-04-10 is ۱۴۰۲/۰۱/۲۱, the seed's day; 2022-04-10 is ۱۴۰۱/۰۱/۲۱.
TEST_CASE("Search finds the meetings of a date typed any way, first", "[storage][search]")
{
    Archive archive;
    // A meeting of another series that day, and one whose decision names the date as text.
    const Id other = addSeries(*archive.database, QStringLiteral("کمیته راهبری"));
    const Id sameDay = addMeeting(*archive.database, other, QDate(2023, 4, 10));
    Decision named{.meetingId = archive.older,
                   .text = QStringLiteral("جلسه بعد ۱۴۰۲/۰۱/۲۱ برگزار شود")};
    DecisionRepository(*archive.database).insert(named);
    for (const char* typed : {"۱۴۰۲/۰۱/۲۱", "1402/1/21", "1402-01-21", "۱۴۰2/01/۲۱", "٢١/٠١/١٤٠٢",
                              "۲۱ فروردین ۱۴۰۲", " 1402.01.21 "}) {
        INFO(typed);
        const auto hits = archive.search(typed);
        REQUIRE(hits.size() >= 2);
        CHECK(hits[0].kind == SearchHit::Kind::Meeting);
        CHECK(hits[1].kind == SearchHit::Kind::Meeting);
        CHECK(QSet<Id>{hits[0].id, hits[1].id} == QSet<Id>{archive.newer, sameDay});
        CHECK(hits[0].meetingDate == QDate(2023, 4, 10));
        // Each meeting once, however else the text matches.
        QList<Id> meetings;
        for (const SearchHit& hit : hits)
            if (hit.kind == SearchHit::Kind::Meeting)
                meetings.append(hit.id);
        CHECK(meetings.size() == 2);
    }
    // Written as stored, the date is also found as text: the decision that names it follows.
    const auto asText = archive.search("۱۴۰۲/۰۱/۲۱");
    REQUIRE(asText.size() == 3);
    CHECK(asText[2].kind == SearchHit::Kind::Decision);
    CHECK(asText[2].id == named.id);
    const auto earlier = archive.search("1401/01/21");
    REQUIRE(earlier.size() == 1);
    CHECK(earlier[0].id == archive.older);
    // A day without meetings, a day that does not exist, and a limit.
    CHECK(archive.search("1402/01/22").isEmpty());
    CHECK(archive.search("1402/12/30").isEmpty());
    CHECK(archive.search("1402/01/21", 1).size() == 1);
}

TEST_CASE("Search finds meetings by their series name and agenda items", "[storage][search]")
{
    Archive archive;
    Database& database = *archive.database;
    // The series: both its meetings, newest first.
    const auto bySeries = archive.search("راهبران كارگروهها");
    REQUIRE(bySeries.size() == 2);
    CHECK(bySeries[0].id == archive.newer);
    CHECK(bySeries[1].id == archive.older);
    MeetingSeries series = *MeetingSeriesRepository(database).find(archive.series);
    series.name = QStringLiteral("نشست هماهنگی");
    MeetingSeriesRepository(database).update(series);
    CHECK(archive.search("راهبران").isEmpty());
    CHECK(archive.search("هماهنگی").size() == 2);

    // An agenda item: written with Arabic letters, found with Persian ones, and kept up to date.
    AgendaItem item{.meetingId = archive.older,
                    .title = QStringLiteral("ادغام دو كارگروه"),
                    .description = QStringLiteral("پیشنهاد دبیرخانه")};
    AgendaItemRepository(database).insert(item);
    const auto byAgenda = archive.search("ادغام دو کارگروه");
    REQUIRE(byAgenda.size() == 1);
    CHECK(byAgenda[0].kind == SearchHit::Kind::Meeting);
    CHECK(byAgenda[0].id == archive.older);
    CHECK(archive.search("پیشنهاد دبیرخانه").size() == 1);
    // A change of the meeting itself keeps its agenda in the key.
    Meeting meeting = *MeetingRepository(database).find(archive.older);
    meeting.title = QStringLiteral("نشست ویژه");
    MeetingRepository(database).update(meeting);
    CHECK(archive.search("ادغام").size() == 1);
    CHECK(archive.search("ویژه").size() == 1);
    item = *AgendaItemRepository(database).find(item.id);
    item.title = QStringLiteral("تشکیل کارگروه تازه");
    AgendaItemRepository(database).update(item);
    CHECK(archive.search("ادغام").isEmpty());
    CHECK(archive.search("کارگروه تازه").size() == 1);
    AgendaItemRepository(database).remove(item.id);
    CHECK(archive.search("کارگروه تازه").isEmpty());
    CHECK(archive.search("ویژه").size() == 1);
}

TEST_CASE("Meeting keys made before the agenda was searched are renewed when the file is opened",
          "[storage][search]")
{
    TemporaryDatabase database;
    const Id series = addSeries(*database, QStringLiteral("کمیته راهبری"));
    const Id meeting = addMeeting(*database, series, QDate(2023, 4, 10));
    AgendaItem item{.meetingId = meeting, .title = QStringLiteral("بودجه سال ۱۴۰۲")};
    AgendaItemRepository(*database).insert(item);
    // As an older version left it: the key of the title alone, the fingerprint of then.
    Statement(*database, QStringLiteral("UPDATE meeting SET search_key = ? WHERE id = ?"))
        .bind(SearchKeys::of(QStringLiteral("جلسه")))
        .bind(meeting)
        .exec();
    Statement(*database, QStringLiteral("UPDATE storage_meta SET value = ? "
                                        "WHERE key = 'search_key_fingerprint'"))
        .bind(SearchKeys::of(QStringLiteral("an older normaliser")))
        .exec();
    REQUIRE(SearchRepository(*database).search(QStringLiteral("بودجه")).isEmpty());
    REQUIRE(database.reopen().problem == OpenProblem::None);
    const auto hits = SearchRepository(*database).search(QStringLiteral("بودجه"));
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].id == meeting);
}
