#include "AttendanceCsv.h"

#include "AttendanceStyle.h"
#include "CsvText.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"

#include <QHash>

namespace jalaseh::report {
namespace {

QString meetingHeading(const MatrixMeeting& meeting)
{
    return QStringLiteral("جلسه %1 – %2")
        .arg(persian::formatNumber(meeting.number), persian::formatDate(meeting.date));
}

} // namespace

QString AttendanceCsv::cellText(const AttendanceCell& cell)
{
    if (!cell.expected)
        return QStringLiteral("عضو نبود");
    if (!cell.status)
        return QStringLiteral("ثبت نشده");
    switch (*cell.status) {
    case AttendanceStatus::Present:
        return QStringLiteral("حاضر");
    case AttendanceStatus::Late:
        return QStringLiteral("با تأخیر");
    case AttendanceStatus::LeftEarly:
        return QStringLiteral("خروج زودهنگام");
    case AttendanceStatus::Excused:
        return QStringLiteral("غیبت موجه");
    case AttendanceStatus::Absent:
        return QStringLiteral("غایب");
    }
    return {};
}

QString AttendanceCsv::percentage(std::optional<double> rate)
{
    if (!rate)
        return {};
    return QString::number(*rate * 100.0, 'f', 1) + QLatin1Char('%');
}

QByteArray AttendanceCsv::write(const AttendanceMatrix& matrix, const QList<Person>& people,
                                std::optional<MembershipRole> role)
{
    QHash<Id, const Person*> personOf;
    for (const Person& person : people)
        personOf.insert(person.id, &person);

    QString csv;
    QStringList header{QStringLiteral("نام خانوادگی"), QStringLiteral("نام"),
                       QStringLiteral("نقش")};
    for (const MatrixMeeting& meeting : matrix.meetings())
        header.append(meetingHeading(meeting));
    header << QStringLiteral("جلسات دوره عضویت") << QStringLiteral("حاضر")
           << QStringLiteral("با تأخیر") << QStringLiteral("خروج زودهنگام")
           << QStringLiteral("غیبت موجه") << QStringLiteral("غیبت بدون عذر")
           << QStringLiteral("ثبت نشده") << QStringLiteral("نرخ حضور")
           << QStringLiteral("نرخ حضور بدون غیبت‌های موجه");
    CsvText::appendLine(csv, header);

    const auto columns = matrix.meetings().size();
    for (const int row : AttendanceStyle::rowsInPersianOrder(matrix, people, role)) {
        const Person* person = personOf.value(matrix.people().at(row));
        QStringList fields{person ? person->familyName : QString(),
                           person ? person->givenName : QString(),
                           AttendanceStyle::roleName(matrix.role(row))};
        for (qsizetype column = 0; column < columns; ++column)
            fields.append(cellText(matrix.cell(row, int(column))));
        const AttendanceSummary& summary = matrix.summary(row);
        for (const int count : {summary.expected, summary.present, summary.late, summary.leftEarly,
                                summary.excused, summary.absent, summary.notRecorded})
            fields.append(QString::number(count));
        fields << percentage(summary.rate()) << percentage(summary.rateExcludingExcused());
        CsvText::appendLine(csv, fields);
    }

    const std::pair<QString, int (AttendanceMatrix::*)(int) const> totals[] = {
        {QStringLiteral("تعداد حاضران"), &AttendanceMatrix::attendedCount},
        {QStringLiteral("اعضای حاضر"), &AttendanceMatrix::attendedMembers},
        {QStringLiteral("اعضای مورد انتظار"), &AttendanceMatrix::expectedCount},
    };
    for (const auto& [title, count] : totals) {
        QStringList fields{title, QString(), QString()};
        for (qsizetype column = 0; column < columns; ++column)
            fields.append(QString::number((matrix.*count)(int(column))));
        CsvText::appendLine(csv, fields);
    }
    return CsvText::withByteOrderMark(csv);
}

} // namespace jalaseh::report
