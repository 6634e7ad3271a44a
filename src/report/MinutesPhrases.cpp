#include "MinutesPhrases.h"

#include "persian/Digits.h"

namespace jalaseh::report::phrases {

QString attendanceRole(AttendanceRole role, const Body* represents)
{
    switch (role) {
    case AttendanceRole::Lead:
        return represents ? QStringLiteral("راهبر ") + represents->name
                          : QStringLiteral("راهبر کارگروه");
    case AttendanceRole::Member:
        return represents ? QStringLiteral("عضو ") + represents->name : QStringLiteral("عضو");
    case AttendanceRole::Guest:
        return QStringLiteral("مهمان مدعو");
    case AttendanceRole::SteeringCommittee:
        return QStringLiteral("عضو کمیته راهبری");
    case AttendanceRole::Secretary:
        return QStringLiteral("دبیر جلسه");
    case AttendanceRole::Chair:
        return QStringLiteral("رئیس جلسه");
    }
    return {};
}

QString attendanceStatus(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return QStringLiteral("حاضر");
    case AttendanceStatus::Absent:
        return QStringLiteral("غایب");
    case AttendanceStatus::Excused:
        return QStringLiteral("غیبت موجه");
    case AttendanceStatus::Late:
        return QStringLiteral("با تأخیر");
    case AttendanceStatus::LeftEarly:
        return QStringLiteral("خروج پیش از پایان");
    }
    return {};
}

QString proposalStatus(ProposalStatus status)
{
    switch (status) {
    case ProposalStatus::Open:
        return QStringLiteral("در دست بررسی");
    case ProposalStatus::Adopted:
        return QStringLiteral("پذیرفته شد");
    case ProposalStatus::Rejected:
        return QStringLiteral("پذیرفته نشد");
    case ProposalStatus::Withdrawn:
        return QStringLiteral("پس گرفته شد");
    case ProposalStatus::Deferred:
        return QStringLiteral("به جلسات بعدی موکول شد");
    }
    return {};
}

QString decisionStatus(DecisionStatus status)
{
    switch (status) {
    case DecisionStatus::Approved:
        return QStringLiteral("مصوب");
    case DecisionStatus::Rejected:
        return QStringLiteral("رد شد");
    case DecisionStatus::Deferred:
        return QStringLiteral("موکول به جلسات بعدی");
    }
    return {};
}

QString followUpState(FollowUpState state)
{
    switch (state) {
    case FollowUpState::Open:
        return QStringLiteral("باز");
    case FollowUpState::InProgress:
        return QStringLiteral("در حال انجام");
    case FollowUpState::Done:
        return QStringLiteral("انجام شد");
    case FollowUpState::Overdue:
        return QStringLiteral("گذشته از مهلت");
    }
    return {};
}

QString lateBy(int minutes)
{
    if (minutes <= 0)
        return QStringLiteral("با تأخیر");
    return QStringLiteral("با %1 دقیقه تأخیر").arg(persian::formatNumber(minutes));
}

QString fileSize(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 بایت").arg(persian::formatNumber(bytes));
    const bool kilobytes = bytes < 1024 * 1024;
    const double value = kilobytes ? bytes / 1024.0 : bytes / (1024.0 * 1024.0);
    // One decimal below ten, with the Persian decimal separator (٫).
    const QString figure = persian::toPersianDigits(QString::number(value, 'f', value < 10 ? 1 : 0))
                               .replace(QLatin1Char('.'), QChar(0x066B));
    return figure + (kilobytes ? QStringLiteral(" کیلوبایت") : QStringLiteral(" مگابایت"));
}

} // namespace jalaseh::report::phrases
