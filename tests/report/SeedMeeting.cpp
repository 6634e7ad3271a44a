#include "SeedMeeting.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

namespace jalaseh::test {

Id addPerson(MeetingRecord& record, Id id, const QString& familyName, Gender gender,
             AcademicTitle title, const QString& givenName)
{
    Person person;
    person.id = id;
    person.familyName = familyName;
    person.givenName = givenName;
    person.gender = gender;
    person.title = title;
    record.people.insert(id, person);
    return id;
}

namespace {

void attend(MeetingRecord& record, Id personId, AttendanceRole role,
            AttendanceStatus status = AttendanceStatus::Present,
            std::optional<Id> represents = std::nullopt)
{
    Attendance attendance;
    attendance.id = Id(record.attendance.size()) + 1;
    attendance.meetingId = record.meeting.id;
    attendance.personId = personId;
    attendance.role = role;
    attendance.status = status;
    attendance.representsBodyId = represents;
    record.attendance.append(attendance);
}

void say(MeetingRecord& record, Id speaker, const QString& text,
         std::optional<Id> agendaItem = std::nullopt)
{
    Contribution contribution;
    contribution.id = Id(record.contributions.size()) + 1;
    contribution.meetingId = record.meeting.id;
    contribution.position = int(record.contributions.size()) + 1;
    contribution.speakerId = speaker;
    contribution.agendaItemId = agendaItem;
    contribution.text = text;
    record.contributions.append(contribution);
}

void propose(MeetingRecord& record, Id proposer, const QString& text,
             const QList<Id>& supporters = {})
{
    Proposal proposal;
    proposal.id = Id(record.proposals.size()) + 1;
    proposal.meetingId = record.meeting.id;
    proposal.position = int(record.proposals.size()) + 1;
    proposal.proposerId = proposer;
    proposal.supporterIds = supporters;
    proposal.text = text;
    record.proposals.append(proposal);
}

Id ask(MeetingRecord& record, const QString& question)
{
    AgendaItem item;
    item.id = Id(record.agenda.size()) + 1;
    item.meetingId = record.meeting.id;
    item.position = int(record.agenda.size()) + 1;
    item.title = question;
    item.isQuestion = true;
    record.agenda.append(item);
    return item.id;
}

} // namespace

MeetingRecord seedMeeting()
{
    using namespace seed;
    MeetingRecord record;
    record.series = {1, QStringLiteral("نشست راهبران کارگروه‌ها"),
                     std::nullopt};
    Meeting& meeting = record.meeting;
    meeting.id = 1;
    meeting.seriesId = 1;
    meeting.number = 1;
    meeting.mode = MeetingMode::Online;
    meeting.venue = QStringLiteral("سامانه دانشگاه صنعتی شریف");
    meeting.date = QDate(2023, 4, 10);
    meeting.start = QTime(12, 0);
    meeting.end = QTime(13, 20);
    meeting.status = MeetingStatus::Held;
    meeting.summary = QStringLiteral("ضمن جمع‌بندی موارد ذکر شده");

    record.bodies.insert(steeringCommittee, {steeringCommittee,
                                             QStringLiteral("کمیته راهبری"),
                                             BodyKind::SteeringCommittee,
                                             {},
                                             {},
                                             {},
                                             true});
    record.bodies.insert(experienceSharing, {experienceSharing,
                                             QStringLiteral("کارگروه اشتراک تجربیات"),
                                             BodyKind::WorkingGroup,
                                             {},
                                             {},
                                             {},
                                             true});

    const auto doctor = AcademicTitle::Doctor;
    const auto none = AcademicTitle::None;
    addPerson(record, darkhosh, QStringLiteral("درخوش"), Gender::Female, doctor);
    addPerson(record, abdollahpour, QStringLiteral("عبدالله‌پور"), Gender::Female,
              none);
    addPerson(record, sadeghi, QStringLiteral("صادقی"), Gender::Female, none);
    addPerson(record, taheri, QStringLiteral("طاهری"), Gender::Male, doctor);
    addPerson(record, aminiNasab, QStringLiteral("امینی‌نسب"), Gender::Male, doctor);
    addPerson(record, atefiMaleki, QStringLiteral("عاطفی‌ملکی"), Gender::Male, none);
    addPerson(record, hosseini, QStringLiteral("حسینی"), Gender::Male, none);
    addPerson(record, hajiZeinolabedini, QStringLiteral("حاجی‌زین‌العابدینی"),
              Gender::Male, doctor);
    addPerson(record, ghaznavi, QStringLiteral("غزنوی"), Gender::Female, doctor);
    addPerson(record, reghabi, QStringLiteral("رقابی"), Gender::Female, doctor);
    addPerson(record, atighechian, QStringLiteral("عتیقه‌چیان"), Gender::Female, none);
    addPerson(record, fazel, QStringLiteral("فاضل"), Gender::Female, none);
    addPerson(record, farjami, QStringLiteral("فرجامی"), Gender::Female, none);
    // The seed does not name the two absent leads; these two stand for them.
    addPerson(record, experienceLeadA, QStringLiteral("کریمی"), Gender::Female, none);
    addPerson(record, experienceLeadB, QStringLiteral("نوروزی"), Gender::Male, none);

    for (Id lead : {darkhosh, abdollahpour, sadeghi, taheri, aminiNasab, atefiMaleki, hosseini})
        attend(record, lead, AttendanceRole::Lead);
    attend(record, hajiZeinolabedini, AttendanceRole::Guest);
    for (Id member : {ghaznavi, reghabi, atighechian, fazel, farjami})
        attend(record, member, AttendanceRole::SteeringCommittee, AttendanceStatus::Present,
               steeringCommittee);
    for (Id lead : {experienceLeadA, experienceLeadB})
        attend(record, lead, AttendanceRole::Lead, AttendanceStatus::Absent, experienceSharing);

    const Id ministry = ask(record, QStringLiteral("نحوه ادامه کار با وزارتخانه"));
    const Id merging = ask(record, QStringLiteral("ادغام کارگروه‌ها"));

    say(record, reghabi,
        QStringLiteral(
            "گزارشی از فعالیت‌های کمیته راهبری در خصوص ایجاد و توسعه روند ارتباطی با "
            "مدیرکل دفتر حمایت و پشتیبانی امور پژوهشی وزارت علوم، مکاتبات انجام‌شده "
            "جهت اخذ حمایت وزارتخانه از درخواست‌های شبکه و دستاوردهای نهایی آن ارائه "
            "نمودند."));
    say(record, hajiZeinolabedini,
        QStringLiteral(
            "در خصوص اهمیت ایجاد ارتباط و تعامل اعضای شبکه در سه سطح ارتباط اعضا با "
            "هم، ارتباط با بالادستی و ارتباط با مخاطبان، برنامه‌ریزی در خصوص بازدید "
            "کتابداران از کتابخانه‌ها، بررسی و رصد شبکه‌های کتابخانه‌های جهان، ارسال "
            "فعالیت‌های شبکه به ایفلا و مجامع بین‌المللی کتابداری و انتخاب شعار سال "
            "کتابخانه‌ای، توضیحات و پیشنهاداتی را بیان نمودند."));
    say(record, taheri,
        QStringLiteral(
            "با اشاره به تجربه کارهای ناتمام پیشین، بر تداوم فعالیت‌های شبکه به صورت "
            "خودجوش و مستقل، و برداشتن گام‌های سنجیده با وزارتخانه جهت حمایت و "
            "پشتیبانی از این تشکل تأکید کردند."));
    say(record, atefiMaleki,
        QStringLiteral(
            "در خصوص لایه‌های قدرت در وزارتخانه و ناتمام ماندن بعضی از طرح‌های "
            "وزارتخانه‌ای (کنسرسیوم منابع اطلاعاتی، طرح غدیر و...)، و ادغام "
            "کارگروه‌ها صحبت کردند که پیشنهاد اخیر، مورد تأیید سرکار خانم دکتر درخوش "
            "نیز قرار گرفت."));
    say(record, ghaznavi,
        QStringLiteral(
            "در خصوص طراحی و تعیین کارگروه‌ها بر اساس نیاز کتابخانه‌ها و ضرورت لزوم "
            "آن‌ها تأکید کردند."),
        merging);
    say(record, fazel,
        QStringLiteral(
            "با توجه به مشغولیت کتابداران در کتابخانه‌ها در خصوص ادغام کارگروه‌ها "
            "صحبت کردند."),
        merging);
    say(record, reghabi,
        QStringLiteral(
            "عدم فعالیت کارگروه‌ها در سطح مورد انتظار را مطرح و با تأکید بر لزوم "
            "فراهم ساختن عوامل انگیزشی، خواستار همفکری و دریافت پیشنهادات کاربردی از "
            "اعضای محترم شبکه شدند."),
        ministry);
    say(record, sadeghi,
        QStringLiteral(
            "نیز متقاضی تغییر کانال ارتباطی از واتساپ به شبکه‌های بدون فیلتر بودند."));

    propose(
        record, hajiZeinolabedini,
        QStringLiteral(
            "برنامه‌ریزی برای بازدید کتابداران از کتابخانه‌های دیگر"));
    propose(
        record, hajiZeinolabedini,
        QStringLiteral("بررسی و رصد شبکه‌های کتابخانه‌ای جهان"));
    propose(
        record, hajiZeinolabedini,
        QStringLiteral(
            "ارسال فعالیت‌های شبکه به ایفلا و مجامع بین‌المللی کتابداری"));
    propose(record, hajiZeinolabedini,
            QStringLiteral("انتخاب شعار سال کتابخانه‌ای"));
    propose(record, atefiMaleki, QStringLiteral("ادغام کارگروه‌ها"),
            {darkhosh, fazel});

    Decision deferred;
    deferred.id = 1;
    deferred.meetingId = meeting.id;
    deferred.position = 1;
    deferred.text = QStringLiteral("تصمیم‌گیری در خصوص فعالیت‌ها");
    deferred.status = DecisionStatus::Deferred;
    record.decisions.append(deferred);
    return record;
}

Organisation seedOrganisation(bool withLogo)
{
    Organisation organisation;
    organisation.name =
        QStringLiteral("شبکه کتابخانه‌های دانشگاهی کشور");
    organisation.letterheadLines = {QStringLiteral("دبیرخانه کمیته راهبری")};
    if (withLogo) {
        QImage logo(96, 96, QImage::Format_ARGB32);
        logo.fill(Qt::transparent);
        QPainter painter(&logo);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(0x1f, 0x3a, 0x5f));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(4, 4, 88, 88);
        painter.setBrush(QColor(0xe8, 0xb9, 0x3c));
        painter.drawRect(28, 30, 40, 36);
        painter.end();
        QBuffer buffer(&organisation.logoPng);
        buffer.open(QIODevice::WriteOnly);
        logo.save(&buffer, "PNG");
    }
    return organisation;
}

} // namespace jalaseh::test
