#include "StorageFixture.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "support/QtCatchPrinters.h"

#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::storage;
using namespace jalaseh::storage::test;

TEST_CASE("The organisation, its letterhead and logo are kept in the file", "[storage][settings]")
{
    TemporaryDatabase database;
    CHECK(SettingsRepository(*database).organisation() == Organisation{});

    Organisation network;
    network.name = QStringLiteral(
        "شبکه كتابخانه‌هاي دانشگاهی کشور"); // Arabic kaf and yeh
    network.letterheadLines = {QStringLiteral("بسمه تعالی"), QStringLiteral("دبیرخانه شبکه")};
    static const char png[] = "\x89PNG\r\n\x1a\n\0\0 logo bytes";
    network.logoPng = QByteArray(png, sizeof png - 1); // with its NUL bytes
    SettingsRepository(*database).setOrganisation(network);
    database.reopen();

    const Organisation stored = SettingsRepository(*database).organisation();
    CHECK(stored.name ==
          QStringLiteral("شبکه کتابخانه‌های دانشگاهی کشور"));
    CHECK(stored.letterheadLines == network.letterheadLines);
    CHECK(stored.logoPng == network.logoPng);

    network.letterheadLines = {QStringLiteral("دبیرخانه")};
    network.logoPng.clear();
    SettingsRepository(*database).setOrganisation(network);
    CHECK(SettingsRepository(*database).organisation().letterheadLines ==
          QStringList{QStringLiteral("دبیرخانه")});
    CHECK(SettingsRepository(*database).organisation().logoPng.isEmpty());
}

TEST_CASE("The attendance review rules are kept with the organisation", "[storage][settings]")
{
    TemporaryDatabase database;
    CHECK(SettingsRepository(*database).reviewRules() == ReviewRules{});

    // Set before the organisation has a name: the name stays empty and can be set after.
    const ReviewRules strict{.consecutiveAbsences = 2, .absencesInOneYear = 4, .quietMonths = 6};
    SettingsRepository(*database).setReviewRules(strict);
    database.reopen();
    CHECK(SettingsRepository(*database).reviewRules() == strict);
    CHECK(SettingsRepository(*database).organisation().name.isEmpty());

    Organisation network;
    network.name = QStringLiteral("شبکه کتابخانه‌های دانشگاهی کشور");
    SettingsRepository(*database).setOrganisation(network);
    CHECK(SettingsRepository(*database).reviewRules() == strict);

    SECTION("values out of range are refused with the range, and nothing changes")
    {
        try {
            SettingsRepository(*database).setReviewRules(
                {.consecutiveAbsences = 0, .absencesInOneYear = 4, .quietMonths = 6});
            FAIL("accepted zero absences in a row");
        } catch (const StorageError& error) {
            CHECK(error.userMessage().contains(QStringLiteral("from 1 to 50")));
        }
        CHECK_THROWS_AS(SettingsRepository(*database).setReviewRules({.quietMonths = 61}),
                        StorageError);
        CHECK(SettingsRepository(*database).reviewRules() == strict);
    }
}
