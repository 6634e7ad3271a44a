// The attendance and activity reports as PDF and CSV, read back: pdftotext for the PDFs (Persian
// names and digits, the page footer, the header row repeated on every page), the CSV's bytes.
#include "PdfText.h"
#include "TextLayer.h"
#include "core/AttendanceMatrix.h"
#include "core/BodyActivity.h"
#include "persian/Digits.h"
#include "report/ActivityCsv.h"
#include "report/ActivityDocument.h"
#include "report/AttendanceCsv.h"
#include "report/AttendanceDocument.h"
#include "report/AttendanceStyle.h"
#include "report/PdfWriter.h"
#include "report/ReportError.h"
#include "support/QtCatchPrinters.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::report;
using namespace jalaseh::test;
using Status = AttendanceStatus;

namespace {

constexpr Id group = 1;

Person person(Id id, const QString& family, const QString& given)
{
    Person p;
    p.id = id;
    p.familyName = family;
    p.givenName = given;
    return p;
}

Attendance row(Id meeting, Id personId, Status status, int minutesLate = 0)
{
    Attendance attendance;
    attendance.meetingId = meeting;
    attendance.personId = personId;
    attendance.status = status;
    attendance.minutesLate = minutesLate;
    return attendance;
}

Membership seat(Id personId, MembershipRole role = MembershipRole::Member, QDate from = {})
{
    Membership membership;
    membership.personId = personId;
    membership.bodyId = group;
    membership.role = role;
    membership.from = from;
    return membership;
}

// `count` monthly meetings from Farvardin 1402 (2023-04-10 is 21 Farvardin).
QList<MatrixMeeting> meetings(int count)
{
    QList<MatrixMeeting> list;
    for (int i = 0; i < count; ++i)
        list.append({100 + i + 1, group, QDate(2023, 4, 10).addMonths(i), i + 1, 1402});
    return list;
}

struct SmallMatrix
{
    QList<Person> people{person(1, QStringLiteral("طاهری"), QStringLiteral("محمد")),
                         person(2, QStringLiteral("احمدی"), QStringLiteral("سارا")),
                         person(3, QStringLiteral("کاظمی <b>&"), QStringLiteral("زهرا")),
                         person(4, QStringLiteral("جعفری"), QStringLiteral("رضا"))};
    // Taheri the lead: present, late 15, present. Ahmadi: excused, absent, absent, absent...
    // Kazemi joined at the second meeting. Jafari came once as a guest.
    AttendanceMatrix matrix{meetings(4),
                            {row(101, 1, Status::Present), row(102, 1, Status::Late, 15),
                             row(103, 1, Status::Present), row(101, 2, Status::Excused),
                             row(102, 2, Status::Absent), row(103, 2, Status::Absent),
                             row(104, 2, Status::Absent), row(102, 3, Status::LeftEarly),
                             row(103, 3, Status::Present), row(101, 4, Status::Present)},
                            {seat(1, MembershipRole::Lead), seat(2),
                             seat(3, MembershipRole::Member, QDate(2023, 5, 1))}};
    AttendanceExport about{.organisation = QStringLiteral(
                               "شبکه کتابخانه‌های دانشگاهی کشور"),
                           .subject = QStringLiteral("کارگروه آموزش"),
                           .mergedBodies = {QStringLiteral("کارگروه پژوهش")},
                           .from = QDate(2023, 3, 21),
                           .to = QDate(2024, 3, 19),
                           .role = std::nullopt,
                           .thresholds = {}};
};

// The text layer as both readers give it, letters untouched: no presentation forms, and `typed`
// (phrases of the report as typed, ZWNJ and all) found word for word, in logical order.
void checkTextLayer(const QString& path, const QString& typed)
{
    for (const PdfReader reader : {PdfReader::Poppler, PdfReader::MuPdf}) {
        CAPTURE(reader == PdfReader::Poppler ? "pdftotext" : "mutool");
        const QString text = readerText(path, reader);
        REQUIRE_FALSE(text.isEmpty());
        CHECK(presentationForms(text) == 0);
        CHECK(zwnjCount(text) > 0);
        const WordMatch words = matchWords(text, typed, false);
        CAPTURE(words.missing);
        CHECK(words.found == words.total);
        const PairOrder order = pairOrder(text, typed);
        CAPTURE(order.missing);
        CHECK(order.logical == order.total);
    }
}

QString writePdf(const QString& name, const std::function<void(const QString&)>& write)
{
    const QString path = QDir(outputFolder()).filePath(name);
    write(path);
    return path;
}

} // namespace

TEST_CASE("The attendance PDF reads back in Persian with its rates, alerts and footer",
          "[report][attendance]")
{
    SmallMatrix m;
    const QString path = writePdf(QStringLiteral("attendance-small.pdf"), [&](const QString& p) {
        PdfWriter().writeFile(AttendanceDocument(m.matrix, m.people, m.about), p);
    });
    REQUIRE(pdfPageCount(path) == 1);
    const QString text = pdfText(path);
    INFO(text.toStdString());
    QString missing;
    CHECK(containsInOrder(
        text,
        {QStringLiteral("شبکه کتابخانه‌های دانشگاهی کشور"),
         QStringLiteral("حضور و غیاب کارگروه آموزش"), QStringLiteral("از ۱۴۰۲/۰۱/۰۱ تا ۱۴۰۲/۱۲/۲۹"),
         QStringLiteral("۴ جلسه، ۳ نفر"), QStringLiteral("کارگروه پژوهش")},
        &missing));
    CHECK(missing.isEmpty());
    // Meeting headers, in Persian digits.
    CHECK(containsInOrder(text, {QStringLiteral("جلسه ۱"), QStringLiteral("۱۴۰۲/۰۱/۲۱")}));
    CHECK(containsInOrder(text, {QStringLiteral("جلسه ۴"), QStringLiteral("۱۴۰۲/۰۴/۱۹")}));
    // Rows in Persian order: احمدی, طاهری, کاظمی; the markup in a name is text.
    CHECK(containsInOrder(text, {QStringLiteral("سارا احمدی"), QStringLiteral("محمد طاهری"),
                                 QStringLiteral("زهرا کاظمی")}));
    // pdftotext reorders the punctuation of a right-to-left line; the characters are all there.
    const QString kazemi =
        text.section(QStringLiteral("کاظمی"), 1, 1).section(QLatin1Char('\n'), 0, 0);
    for (const char* character : {"<", ">", "&", "b"})
        CHECK(kazemi.contains(QLatin1String(character)));
    CHECK_FALSE(text.contains(QStringLiteral("جعفری"))); // a guest is no row
    // Taheri: 3 of 3 recorded (the fourth not recorded): 100%; late by 15 minutes.
    CHECK(containsInOrder(
        text, {QStringLiteral("محمد طاهری"), QStringLiteral("راهبر"), QStringLiteral("تأخیر ۱۵")}));
    CHECK(text.contains(QStringLiteral("۱۰۰٪")));
    // Ahmadi: 0 of 4; without the excused one 0 of 3.
    CHECK(containsInOrder(text, {QStringLiteral("۰ از ۴")}));
    CHECK(containsInOrder(text, {QStringLiteral("۰ از ۳")}));
    // Alert: three unexcused absences in a row.
    CHECK(containsInOrder(text, {QStringLiteral("هشدارهای غیبت"), QStringLiteral("سارا احمدی"),
                                 QStringLiteral("۳ غیبت بدون عذر پیاپی")}));
    CHECK(containsInOrder(text, {QStringLiteral("صفحه ۱ از ۱")}));

    checkTextLayer(path,
                   QStringLiteral("شبکه کتابخانه‌های دانشگاهی کشور\n"
                                  "حضور و غیاب کارگروه آموزش\n"
                                  "هشدارهای غیبت\n"
                                  "سارا احمدی\nمحمد طاهری\nکارگروه پژوهش"));
}

TEST_CASE("A long matrix repeats its header row, a wide one continues with the next meetings",
          "[report][attendance]")
{
    QList<Person> people;
    QList<Membership> seats;
    QList<Attendance> attendance;
    const int columns = AttendancePdf::meetingsPerPage() + 3;
    for (int i = 1; i <= 70; ++i) {
        people.append(person(i, QStringLiteral("عضو شماره %1").arg(i), QStringLiteral("نام")));
        seats.append(seat(i));
        for (int m = 0; m < columns; ++m)
            attendance.append(row(101 + m, i, m % 3 ? Status::Present : Status::Absent));
    }
    const AttendanceMatrix matrix(meetings(columns), attendance, seats);
    AttendanceExport about{.organisation = QStringLiteral("شبکه"),
                           .subject = QStringLiteral("کمیته راهبری"),
                           .from = QDate(2023, 3, 21),
                           .to = QDate(2025, 3, 20)};
    const QString path = writePdf(QStringLiteral("attendance-long.pdf"), [&](const QString& p) {
        PdfWriter().writeFile(AttendanceDocument(matrix, people, about), p);
    });
    const int pages = pdfPageCount(path);
    REQUIRE(pages >= 4);
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfPageText(path, page);
        INFO("page " << page << ": " << text.toStdString());
        CHECK(containsInOrder(
            text, {QStringLiteral("صفحه %1 از %2")
                       .arg(persian::formatNumber(page), persian::formatNumber(pages))}));
    }
    // The first part's pages each start with the header row.
    for (const int page : {2, pages / 2 - 1, pages / 2 + 2}) {
        const QString text = pdfPageText(path, page);
        CHECK(containsInOrder(text, {QStringLiteral("ردیف")}));
        CHECK(containsInOrder(text, {QStringLiteral("نرخ حضور")}));
    }
    const QString all = pdfText(path);
    CHECK(containsInOrder(all, {QStringLiteral("بخش ۱ از ۲"), QStringLiteral("بخش ۲ از ۲")}));
    CHECK(containsInOrder(all, {QStringLiteral("جلسه %1").arg(persian::formatNumber(columns))}));
}

TEST_CASE("The attendance CSV gives each member's role and keeps to the role asked for",
          "[report][attendance]")
{
    SmallMatrix m;
    const QStringList lines = QString::fromUtf8(AttendanceCsv::write(m.matrix, m.people).mid(3))
                                  .split(QStringLiteral("\r\n"));
    CHECK(lines[0].startsWith(QStringLiteral("نام خانوادگی,نام,نقش,جلسه ۱ – ۱۴۰۲/۰۱/۲۱,")));
    CHECK(lines[1] == QStringLiteral("احمدی,سارا,عضو,غیبت موجه,غایب,غایب,غایب,4,0,0,0,1,3,0,"
                                     "0.0%,0.0%"));
    CHECK(lines[2] == QStringLiteral("طاهری,محمد,راهبر,حاضر,با تأخیر,حاضر,ثبت نشده,4,2,1,0,0,0,1,"
                                     "100.0%,100.0%"));
    // The markup is quoted text, nothing else.
    CHECK(lines[3].startsWith(QStringLiteral("کاظمی <b>&,زهرا,عضو,عضو نبود,خروج زودهنگام,")));
    // Meeting 1: Taheri, and Jafari as a guest.
    CHECK(lines[4] == QStringLiteral("تعداد حاضران,,,2,2,2,0"));
    CHECK(lines[5] == QStringLiteral("اعضای حاضر,,,1,2,2,0"));
    CHECK(lines[6] == QStringLiteral("اعضای مورد انتظار,,,2,3,3,3"));

    const QStringList leads =
        QString::fromUtf8(AttendanceCsv::write(m.matrix, m.people, MembershipRole::Lead).mid(3))
            .split(QStringLiteral("\r\n"));
    CHECK(leads.size() == 6);
    CHECK(leads[1].startsWith(QStringLiteral("طاهری,")));
}

namespace {

Body body(Id id, const QString& name, BodyKind kind = BodyKind::WorkingGroup,
          std::optional<Id> mergedInto = {})
{
    Body b;
    b.id = id;
    b.name = name;
    b.kind = kind;
    b.mergedIntoId = mergedInto;
    return b;
}

struct SmallActivity
{
    QList<Body> bodies{body(1, QStringLiteral("کارگروه منابع"), BodyKind::WorkingGroup),
                       body(2, QStringLiteral("کمیته راهبری"), BodyKind::SteeringCommittee),
                       body(3, QStringLiteral("کارگروه آموزش")),
                       body(4, QStringLiteral("کارگروه پژوهش"), BodyKind::WorkingGroup, 3)};
    ActivityRecords records;
    ActivityReport report;
    ActivityExport about{.organisation = QStringLiteral(
                             "شبکه کتابخانه‌های دانشگاهی کشور"),
                         .from = QDate(2023, 3, 21),
                         .to = QDate(2024, 3, 19),
                         .today = QDate(2024, 1, 15)};

    SmallActivity()
    {
        records.bodies = bodies;
        records.quarters = {{1402, 1}, {1402, 2}, {1402, 3}, {1402, 4}};
        records.meetings = {{11, 2, QDate(2023, 4, 10), {1402, 1}},
                            {12, 2, QDate(2023, 5, 10), {1402, 1}},
                            {13, 2, QDate(2023, 10, 10), {1402, 3}},
                            {31, 3, QDate(2023, 7, 1), {1402, 2}},
                            {41, 4, QDate(2023, 4, 20), {1402, 1}}};
        Decision overdue;
        overdue.meetingId = 11;
        overdue.deadline = QDate(2023, 12, 1);
        Decision done;
        done.meetingId = 31;
        done.followUp = FollowUpState::Done;
        records.decisions = {overdue, done};
        Proposal proposal;
        proposal.meetingId = 12;
        records.proposals = {proposal};
        report = ActivityReport::compute(records, about.today, false);
    }
};

} // namespace

TEST_CASE("The activity CSV lists the committee first, then the groups in Persian order",
          "[report][activity]")
{
    SmallActivity a;
    const QByteArray bytes = ActivityCsv::write(a.report, a.bodies);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    CHECK(
        lines[0] ==
        QStringLiteral(
            "نهاد,نوع,ادغام‌شده در,جلسات بهار ۱۴۰۲,جلسات تابستان ۱۴۰۲,"
            "جلسات پاییز ۱۴۰۲,جلسات زمستان ۱۴۰۲,جلسات برگزارشده,جلسات آینده,"
            "پیشنهادها,مصوبه‌ها,مصوبه‌های باز,مصوبه‌های انجام‌شده,"
            "مصوبه‌های گذشته از مهلت,آخرین جلسه"));
    CHECK(lines[1] == QStringLiteral("کمیته راهبری,کمیته راهبری,,2,0,1,0,3,0,1,1,0,0,1,"
                                     "۱۴۰۲/۰۷/۱۸"));
    CHECK(lines[2] == QStringLiteral("کارگروه آموزش,کارگروه,,0,1,0,0,1,0,0,1,0,1,0,۱۴۰۲/۰۴/۱۰"));
    CHECK(lines[3] == QStringLiteral("کارگروه پژوهش,کارگروه,کارگروه آموزش,1,0,0,0,1,0,0,0,0,0,0,"
                                     "۱۴۰۲/۰۱/۳۱"));
    CHECK(lines[4] == QStringLiteral("کارگروه منابع,کارگروه,,0,0,0,0,0,0,0,0,0,0,0,"));
    CHECK(lines[5] == QStringLiteral("همه نهادها,,,3,1,1,0,5,0,1,2,0,1,1,۱۴۰۲/۰۷/۱۸"));
}

TEST_CASE("The activity PDF has the chart's seasons and years, the table and the footer",
          "[report][activity]")
{
    SmallActivity a;
    a.about.chartedBodies = {2, 3};
    const QString path = writePdf(QStringLiteral("activity-small.pdf"), [&](const QString& p) {
        PdfWriter().writeFile(ActivityDocument(a.report, a.bodies, a.about), p);
    });
    const int pages = pdfPageCount(path);
    REQUIRE(pages >= 1);
    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(containsInOrder(
        text, {QStringLiteral("فعالیت نهادها"), QStringLiteral("از ۱۴۰۲/۰۱/۰۱ تا ۱۴۰۲/۱۲/۲۹")}));
    // The chart: its title, legend, seasons and year.
    CHECK(containsInOrder(
        text, {QStringLiteral("جلسه‌های برگزارشده در هر فصل")}));
    for (const QString& word :
         {QStringLiteral("بهار"), QStringLiteral("تابستان"), QStringLiteral("پاییز"),
          QStringLiteral("زمستان"), QStringLiteral("۱۴۰۲"), QStringLiteral("کمیته راهبری"),
          QStringLiteral("کارگروه آموزش")})
        CHECK(containsInOrder(text, {word}));
    CHECK(containsInOrder(
        text,
        {QStringLiteral("فعالیت هر نهاد"), QStringLiteral("کمیته راهبری"),
         QStringLiteral("کارگروه آموزش"),
         QStringLiteral(
             "کارگروه پژوهش (ادغام‌شده در کارگروه آموزش)"),
         QStringLiteral("کارگروه منابع"), QStringLiteral("همه نهادها")}));
    CHECK(
        containsInOrder(text, {QStringLiteral("صفحه ۱ از %1").arg(persian::formatNumber(pages))}));

    checkTextLayer(
        path, QStringLiteral(
                  "فعالیت نهادها\n"
                  "جلسه‌های برگزارشده در هر فصل\n"
                  "فعالیت هر نهاد\nکمیته راهبری\n"
                  "کارگروه پژوهش (ادغام‌شده در کارگروه آموزش)\n"
                  "همه نهادها"));
}

TEST_CASE("A report that cannot be written says so", "[report][attendance]")
{
    SmallMatrix m;
    CHECK_THROWS_AS(PdfWriter().writeFile(AttendanceDocument(m.matrix, m.people, m.about),
                                          QStringLiteral("/no/such/folder/a.pdf")),
                    ReportError);
}
