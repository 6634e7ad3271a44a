// The minutes of a meeting recorded in the GUI, exported to PDF from the minutes dialog and read
// back with pdftotext: the Persian text copies out of the PDF as it was typed.
#include "GuiFixture.h"
#include "app/meetings/MinutesDialog.h"
#include "storage/AttendanceRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
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
