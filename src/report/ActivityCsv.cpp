#include "ActivityCsv.h"

#include "ActivityRows.h"
#include "CsvText.h"
#include "persian/JalaliDate.h"

namespace jalaseh::report {
namespace {

QString kindName(BodyKind kind)
{
    switch (kind) {
    case BodyKind::SteeringCommittee:
        return QStringLiteral("کمیته راهبری");
    case BodyKind::WorkingGroup:
        return QStringLiteral("کارگروه");
    case BodyKind::Other:
        return QStringLiteral("دیگر");
    }
    return {};
}

QStringList counts(const BodyActivity& activity)
{
    QStringList fields;
    for (const int count : activity.meetingsPerQuarter)
        fields.append(QString::number(count));
    for (const int count : {activity.meetings, activity.planned, activity.proposals,
                            activity.decisions, activity.open, activity.done, activity.overdue})
        fields.append(QString::number(count));
    fields.append(persian::formatDate(activity.lastMeeting));
    return fields;
}

} // namespace

QByteArray ActivityCsv::write(const ActivityReport& report, const QList<Body>& bodies)
{
    QString csv;
    QStringList header{QStringLiteral("نهاد"), QStringLiteral("نوع"),
                       QStringLiteral("ادغام‌شده در")};
    for (const JalaliQuarter& quarter : report.quarters())
        header.append(QStringLiteral("جلسات %1").arg(ActivityRows::quarterName(quarter)));
    header << QStringLiteral("جلسات برگزارشده") << QStringLiteral("جلسات آینده")
           << QStringLiteral("پیشنهادها") << QStringLiteral("مصوبه‌ها")
           << QStringLiteral("مصوبه‌های باز")
           << QStringLiteral("مصوبه‌های انجام‌شده")
           << QStringLiteral("مصوبه‌های گذشته از مهلت")
           << QStringLiteral("آخرین جلسه");
    CsvText::appendLine(csv, header);

    for (const int row : ActivityRows::inDisplayOrder(report, bodies)) {
        const BodyActivity& activity = report.bodies()[row];
        QStringList fields;
        const Body* body = nullptr;
        for (const Body& candidate : bodies) {
            if (candidate.id == activity.bodyId)
                body = &candidate;
        }
        QString mergedInto;
        if (body && body->mergedIntoId)
            for (const Body& candidate : bodies) {
                if (candidate.id == *body->mergedIntoId)
                    mergedInto = candidate.name;
            }
        fields << (body ? body->name : QString()) << (body ? kindName(body->kind) : QString())
               << mergedInto << counts(activity);
        CsvText::appendLine(csv, fields);
    }
    CsvText::appendLine(csv, QStringList{QStringLiteral("همه نهادها"), QString(), QString()} +
                                 counts(report.total()));
    return CsvText::withByteOrderMark(csv);
}

} // namespace jalaseh::report
