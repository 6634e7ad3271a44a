// The minutes of a meeting recorded in the GUI, exported to PDF from the minutes dialog and read
// back with pdftotext: the Persian text copies out of the PDF as it was typed.
#include "GuiFixture.h"
#include "app/meetings/MinutesDialog.h"
#include "storage/AttendanceRepository.h"
#include "storage/ContributionRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/ProposalRepository.h"

#include <QCheckBox>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::test;

TEST_CASE("The minutes of a meeting are exported to a PDF that reads back in Persian")
{
    GuiFixture fixture;
    storage::Database& db = fixture.database();
    Meeting meeting;
    meeting.seriesId = fixture.series;
    meeting.number = 1;
    meeting.date = QDate(2023, 4, 10);
    meeting.start = QTime(12, 0);
    meeting.end = QTime(13, 20);
    meeting.mode = MeetingMode::Online;
    meeting.venue = QStringLiteral("سامانه دانشگاه صنعتی شریف");
    storage::MeetingRepository(db).insert(meeting);
    storage::AttendanceRepository(db).addBodyMembers(meeting.id, fixture.workingGroup,
                                                     AttendanceRole::Lead);

    app::MinutesDialog dialog(db, meeting.id);
    CHECK(dialog.problem().isEmpty());
    CHECK(dialog.plainText().contains(QStringLiteral("رقابی")));

    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("minutes.pdf"));
    REQUIRE(dialog.exportTo(pdf, report::DocumentFormat::Pdf));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        FAIL("pdftotext (poppler-utils) is needed to read the PDF back");
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30000));
    // pdftotext gives Arabic presentation forms (ﻃﺎﻫﺮی); NFKC folds them back to letters.
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                             .normalized(QString::NormalizationForm_KC);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("طاهری")));
    CHECK(text.contains(QStringLiteral("۱۴۰۲")));
}

TEST_CASE("The export offers a file name with the meeting's Jalali date")
{
    GuiFixture fixture;
    Meeting meeting;
    meeting.seriesId = fixture.series;
    meeting.number = 21;
    meeting.date = QDate(2023, 4, 10);
    storage::MeetingRepository(fixture.database()).insert(meeting);
    app::MinutesDialog dialog(fixture.database(), meeting.id);
    // The tests run without translations: the English name.
    CHECK(dialog.proposedFileName(report::DocumentFormat::Pdf) ==
          QStringLiteral("minutes-21-1402-01-21.pdf"));
    CHECK(dialog.proposedFileName(report::DocumentFormat::Odt) ==
          QStringLiteral("minutes-21-1402-01-21.odt"));
}

TEST_CASE("The minutes are never exported over the open database or its side files")
{
    GuiFixture fixture;
    storage::Database& db = fixture.database();
    Meeting meeting;
    meeting.seriesId = fixture.series;
    meeting.number = 3;
    meeting.date = QDate(2023, 4, 10);
    storage::MeetingRepository(db).insert(meeting);
    app::MinutesDialog dialog(db, meeting.id);
    dialog.show(); // the problem line is read back only while it is shown

    const QStringList targets{db.path(), db.path() + QStringLiteral("-wal")};
    for (const QString& target : targets) {
        INFO(target.toStdString());
        CHECK_FALSE(dialog.exportTo(target, report::DocumentFormat::Pdf));
        CHECK(dialog.problem().contains(QStringLiteral("is the database itself")));
    }
    // The database is still whole and holds the meeting.
    QFile file(db.path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(15) == "SQLite format 3");
    CHECK(storage::MeetingRepository(db).find(meeting.id).has_value());
}

namespace {

// A meeting of `series` with one contribution and one proposal, whose texts are returned.
Id meetingWithParts(storage::Database& db, Id series, Id person, int number)
{
    Meeting meeting;
    meeting.seriesId = series;
    meeting.number = number;
    meeting.date = QDate(2023, 4, 10 + number);
    storage::MeetingRepository(db).insert(meeting);
    Contribution said;
    said.meetingId = meeting.id;
    said.speakerId = person;
    said.text = QStringLiteral("گزارش پیشرفت کارگروه");
    storage::ContributionRepository(db).insert(said);
    Proposal proposal;
    proposal.meetingId = meeting.id;
    proposal.proposerId = person;
    proposal.text = QStringLiteral("برگزاری کارگاه آموزشی");
    storage::ProposalRepository(db).insert(proposal);
    return meeting.id;
}

} // namespace

TEST_CASE("The minutes dialog leaves parts out as ticked, and remembers them for the series")
{
    GuiFixture fixture;
    storage::Database& db = fixture.database();
    MeetingSeries other;
    other.name = QStringLiteral("جلسات کمیته راهبری");
    const Id otherSeries = storage::MeetingSeriesRepository(db).insert(other);
    const Id first = meetingWithParts(db, fixture.series, fixture.taheri, 1);
    const Id second = meetingWithParts(db, fixture.series, fixture.taheri, 2);
    const Id elsewhere = meetingWithParts(db, otherSeries, fixture.taheri, 1);
    const QString said = QStringLiteral("گزارش پیشرفت کارگروه");
    const QString proposed = QStringLiteral("برگزاری کارگاه آموزشی");
    QSettings().remove(app::MinutesDialog::sectionsSettingKey(db.path(), fixture.series));
    QSettings().remove(app::MinutesDialog::sectionsSettingKey(db.path(), otherSeries));

    {
        app::MinutesDialog dialog(db, first);
        dialog.show();
        CHECK(dialog.plainText().contains(said));
        CHECK(dialog.plainText().contains(proposed));
        auto* proposals = find<QCheckBox>(dialog, "proposalsCheck");
        auto* contributions = find<QCheckBox>(dialog, "contributionsCheck");
        CHECK(proposals->isChecked());
        CHECK(proposals->isEnabled());
        // Minutes not approved have no document id to leave out.
        CHECK_FALSE(find<QCheckBox>(dialog, "documentIdCheck")->isEnabled());
        // Signature lines are the formal minutes'.
        CHECK_FALSE(find<QCheckBox>(dialog, "signaturesCheck")->isEnabled());
        QTest::mouseClick(proposals, Qt::LeftButton);
        CHECK_FALSE(proposals->isChecked());
        CHECK_FALSE(dialog.plainText().contains(proposed));
        CHECK(dialog.plainText().contains(said));
        CHECK_FALSE(dialog.sections().proposals);

        // Exported as shown.
        QTemporaryDir folder;
        const QString html = folder.filePath(QStringLiteral("minutes.html"));
        REQUIRE(dialog.exportTo(html, report::DocumentFormat::Html));
        QFile file(html);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString exported = QString::fromUtf8(file.readAll());
        CHECK_FALSE(exported.contains(proposed));
        CHECK(exported.contains(said));

        // The formal minutes keep the choice.
        dialog.findChild<QComboBox*>(QStringLiteral("styleCombo"))->setCurrentIndex(1);
        CHECK(dialog.style() == report::MinutesStyle::Formal);
        CHECK(find<QCheckBox>(dialog, "signaturesCheck")->isEnabled());
        CHECK_FALSE(dialog.plainText().contains(proposed));
        QTest::mouseClick(contributions, Qt::LeftButton);
        CHECK_FALSE(dialog.plainText().contains(said));
    }
    {
        // The next meeting of the series opens with the parts left out last time.
        app::MinutesDialog dialog(db, second);
        CHECK_FALSE(find<QCheckBox>(dialog, "proposalsCheck")->isChecked());
        CHECK_FALSE(find<QCheckBox>(dialog, "contributionsCheck")->isChecked());
        CHECK(find<QCheckBox>(dialog, "absenteesCheck")->isChecked());
        CHECK_FALSE(dialog.plainText().contains(proposed));
        CHECK_FALSE(dialog.plainText().contains(said));
        QTest::mouseClick(find<QCheckBox>(dialog, "contributionsCheck"), Qt::LeftButton);
        CHECK(dialog.plainText().contains(said));
    }
    {
        // Another series keeps its own: everything.
        app::MinutesDialog dialog(db, elsewhere);
        CHECK(dialog.sections() == report::MinutesSections());
        CHECK(dialog.plainText().contains(proposed));
        CHECK(dialog.plainText().contains(said));
    }
    {
        app::MinutesDialog dialog(db, first);
        CHECK(find<QCheckBox>(dialog, "contributionsCheck")->isChecked());
        CHECK_FALSE(find<QCheckBox>(dialog, "proposalsCheck")->isChecked());
    }
}
