#include "AttendanceCsv.h"

#include "persian/Collation.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"

#include <QHash>
#include <algorithm>
#include <numeric>

namespace jalaseh::report {
namespace {

QString quoted(const QString& field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString escaped = field;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void appendLine(QString& csv, const QStringList& fields)
{
    QStringList quotedFields;
    for (const QString& field : fields)
        quotedFields.append(quoted(field));
    csv += quotedFields.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

QString meetingHeading(const MatrixMeeting& meeting)
{
    return QStringLiteral("جلسه %1 – %2")
        .arg(persian::formatNumber(meeting.number), persian::formatDate(meeting.date));
}

// Matrix rows in Persian alphabetical order of the people's names.
QList<int> rowsByName(const AttendanceMatrix& matrix, const QHash<Id, const Person*>& personOf)
{
    QList<int> rows(matrix.people().size());
    std::iota(rows.begin(), rows.end(), 0);
    const persian::PersianCollator& collator = persian::PersianCollator::forThisThread();
    const Person unknown;
    auto person = [&](int row) -> const Person& {
        const Person* found = personOf.value(matrix.people().at(row));
        return found ? *found : unknown;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        return collator.comparePeople(person(a).familyName, person(a).givenName,
                                      person(b).familyName, person(b).givenName) < 0;
    });
    return rows;
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

QByteArray AttendanceCsv::write(const AttendanceMatrix& matrix, const QList<Person>& people)
{
    QHash<Id, const Person*> personOf;
    for (const Person& person : people)
        personOf.insert(person.id, &person);

    QString csv;
    QStringList header{QStringLiteral("نام خانوادگی"), QStringLiteral("نام")};
    for (const MatrixMeeting& meeting : matrix.meetings())
        header.append(meetingHeading(meeting));
    header << QStringLiteral("جلسات دوره عضویت") << QStringLiteral("حاضر")
           << QStringLiteral("با تأخیر") << QStringLiteral("خروج زودهنگام")
           << QStringLiteral("غیبت موجه") << QStringLiteral("غیبت بدون عذر")
           << QStringLiteral("ثبت نشده") << QStringLiteral("نرخ حضور")
           << QStringLiteral("نرخ حضور بدون غیبت‌های موجه");
    appendLine(csv, header);

    const auto columns = matrix.meetings().size();
    for (const int row : rowsByName(matrix, personOf)) {
        const Person* person = personOf.value(matrix.people().at(row));
        QStringList fields{person ? person->familyName : QString(),
                           person ? person->givenName : QString()};
        for (qsizetype column = 0; column < columns; ++column)
            fields.append(cellText(matrix.cell(row, int(column))));
        const AttendanceSummary& summary = matrix.summary(row);
        for (const int count : {summary.expected, summary.present, summary.late, summary.leftEarly,
                                summary.excused, summary.absent, summary.notRecorded})
            fields.append(QString::number(count));
        fields << percentage(summary.rate()) << percentage(summary.rateExcludingExcused());
        appendLine(csv, fields);
    }

    QStringList totals{QStringLiteral("تعداد حاضران"), QString()};
    for (qsizetype column = 0; column < columns; ++column)
        totals.append(QString::number(matrix.attendedCount(int(column))));
    appendLine(csv, totals);

    return QByteArray("\xEF\xBB\xBF") + csv.toUtf8();
}

} // namespace jalaseh::report
