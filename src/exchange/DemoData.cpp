#include "DemoData.h"

#include "MeetingImport.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QFile>

namespace jalaseh::exchange {
namespace {

using storage::Database;

// The meeting files compiled in from resources/demo, in the order they were held.
const char* const demoMeetings[] = {
    ":/demo/leads-meeting-1.json",
    ":/demo/committee-meeting-1.json",
    ":/demo/leads-meeting-2.json",
};

const QString steeringCommittee = QStringLiteral("کمیته راهبری");
const QString electronicResources = QStringLiteral("کارگروه منابع الکترونیکی");
const QString cataloguing =
    QStringLiteral("کارگروه فهرست‌نویسی و سازماندهی اطلاعات");
const QString reference =
    QStringLiteral("کارگروه خدمات مرجع و اطلاع‌رسانی");
const QString digitalLibrary = QStringLiteral("کارگروه کتابخانه دیجیتال و فناوری اطلاعات");
const QString training = QStringLiteral("کارگروه آموزش و توانمندسازی کتابداران");
const QString acquisition = QStringLiteral("کارگروه تأمین و اشتراک منابع");
const QString evaluation = QStringLiteral("کارگروه ارزیابی و استانداردها");
const QString experienceSharing = QStringLiteral("کارگروه اشتراک تجربیات");
const QString periodicals = QStringLiteral("کارگروه نشریات ادواری");

// 1401/02/01, when the steering committee began; 1401/08/01, when the working groups got leads.
const QDate committeeFounded(2022, 4, 21);
const QDate groupsFounded(2022, 10, 23);
// 1401/12/10: the periodicals group merged into the electronic-resources group.
const QDate periodicalsMerged(2023, 3, 1);
// 1401/12/29 and 1402/01/01: the evaluation group changed its lead at the new year.
const QDate evaluationLeadLeft(2023, 3, 20);
const QDate evaluationLeadCame(2023, 3, 21);

Organisation organisation()
{
    Organisation organisation;
    organisation.name =
        QStringLiteral("شبکه کتابخانه‌های دانشگاهی کشور");
    organisation.letterheadLines = {
        QStringLiteral("بسمه تعالی"),
        QStringLiteral("شبکه کتابخانه‌های دانشگاهی کشور"),
        QStringLiteral("دبیرخانه کمیته راهبری")};
    return organisation;
}

// People of the demo who do not appear in its meetings: members of the working groups.
struct DemoPerson
{
    QString familyName;
    QString givenName;
    Gender gender;
    AcademicTitle title;
    QString affiliation;
};

const DemoPerson membersOnly[] = {
    {QStringLiteral("احمدی"), QStringLiteral("سمیرا"), Gender::Female, AcademicTitle::None,
     QStringLiteral("دانشگاه تهران")},
    {QStringLiteral("کریمی"), QStringLiteral("مجید"), Gender::Male, AcademicTitle::None,
     QStringLiteral("دانشگاه صنعتی شریف")},
    {QStringLiteral("موسوی"), QStringLiteral("زهره"), Gender::Female, AcademicTitle::None,
     QStringLiteral("دانشگاه شهید بهشتی")},
    {QStringLiteral("جعفری"), QStringLiteral("پریسا"), Gender::Female, AcademicTitle::Doctor,
     QStringLiteral("دانشگاه علامه طباطبائی")},
    {QStringLiteral("رستمی"), QStringLiteral("امیر"), Gender::Male, AcademicTitle::Engineer,
     QStringLiteral("دانشگاه فردوسی مشهد")},
    {QStringLiteral("قاسمی"), QStringLiteral("نازنین"), Gender::Female, AcademicTitle::None,
     QStringLiteral("دانشگاه گیلان")},
    {QStringLiteral("یزدانی"), QStringLiteral("بهرام"), Gender::Male, AcademicTitle::Doctor,
     QStringLiteral("دانشگاه شیراز")},
};

struct DemoMembership
{
    QString familyName;
    QString givenName;
    QString body;
    MembershipRole role;
    QDate from;
    QDate until;
};

QList<DemoMembership> memberships()
{
    using Role = MembershipRole;
    return {
        {QStringLiteral("غزنوی"),
         QStringLiteral("نرگس"),
         steeringCommittee,
         Role::Lead,
         committeeFounded,
         {}},
        {QStringLiteral("رقابی"),
         QStringLiteral("سهیلا"),
         steeringCommittee,
         Role::Deputy,
         committeeFounded,
         {}},
        {QStringLiteral("فرجامی"),
         QStringLiteral("شیرین"),
         steeringCommittee,
         Role::Secretary,
         committeeFounded,
         {}},
        {QStringLiteral("عتیقه‌چیان"),
         QStringLiteral("نسرین"),
         steeringCommittee,
         Role::Member,
         committeeFounded,
         {}},
        {QStringLiteral("فاضل"),
         QStringLiteral("الهام"),
         steeringCommittee,
         Role::Member,
         committeeFounded,
         {}},

        {QStringLiteral("درخوش"),
         QStringLiteral("فاطمه"),
         electronicResources,
         Role::Lead,
         groupsFounded,
         {}},
        {QStringLiteral("احمدی"),
         QStringLiteral("سمیرا"),
         electronicResources,
         Role::Member,
         groupsFounded,
         {}},
        {QStringLiteral("کریمی"), QStringLiteral("مجید"), periodicals, Role::Lead, groupsFounded,
         periodicalsMerged},
        {QStringLiteral("کریمی"),
         QStringLiteral("مجید"),
         electronicResources,
         Role::Member,
         periodicalsMerged,
         {}},
        {QStringLiteral("عبدالله‌پور"),
         QStringLiteral("مریم"),
         cataloguing,
         Role::Lead,
         groupsFounded,
         {}},
        {QStringLiteral("موسوی"),
         QStringLiteral("زهره"),
         cataloguing,
         Role::Member,
         groupsFounded,
         {}},
        {QStringLiteral("صادقی"), QStringLiteral("لیلا"), reference, Role::Lead, groupsFounded, {}},
        {QStringLiteral("جعفری"),
         QStringLiteral("پریسا"),
         reference,
         Role::Deputy,
         groupsFounded,
         {}},
        {QStringLiteral("طاهری"),
         QStringLiteral("محمد"),
         digitalLibrary,
         Role::Lead,
         groupsFounded,
         {}},
        {QStringLiteral("رستمی"),
         QStringLiteral("امیر"),
         digitalLibrary,
         Role::Member,
         groupsFounded,
         {}},
        {QStringLiteral("امینی‌نسب"),
         QStringLiteral("حسین"),
         training,
         Role::Lead,
         groupsFounded,
         {}},
        {QStringLiteral("عاطفی ملکی"),
         QStringLiteral("رضا"),
         acquisition,
         Role::Lead,
         groupsFounded,
         {}},
        {QStringLiteral("یزدانی"), QStringLiteral("بهرام"), evaluation, Role::Lead, groupsFounded,
         evaluationLeadLeft},
        {QStringLiteral("یزدانی"),
         QStringLiteral("بهرام"),
         evaluation,
         Role::Member,
         evaluationLeadCame,
         {}},
        {QStringLiteral("حسینی"),
         QStringLiteral("علی"),
         evaluation,
         Role::Lead,
         evaluationLeadCame,
         {}},
        {QStringLiteral("کاظمی"),
         QStringLiteral("مهسا"),
         experienceSharing,
         Role::Lead,
         groupsFounded,
         {}},
        {QStringLiteral("نوروزی"),
         QStringLiteral("حمید"),
         experienceSharing,
         Role::Lead,
         groupsFounded,
         {}},
        {QStringLiteral("قاسمی"),
         QStringLiteral("نازنین"),
         experienceSharing,
         Role::Member,
         groupsFounded,
         {}},
    };
}

// A demo meeting file that does not import is a mistake in Jalaseh itself, not the user's.
[[noreturn]] void demoIsBroken(const QString& what)
{
    throw std::logic_error(QStringLiteral("demo data: %1").arg(what).toStdString());
}

void importDemoMeetings(Database& database)
{
    for (const char* name : demoMeetings) {
        QFile file(QString::fromLatin1(name));
        if (!file.open(QIODevice::ReadOnly))
            demoIsBroken(QStringLiteral("%1 is not among the resources").arg(file.fileName()));
        const ImportResult result = importMeeting(database, file.readAll());
        if (!result.ok())
            demoIsBroken(file.fileName() + QStringLiteral(": ") +
                         toStrings(result.problems).join(QStringLiteral("; ")));
    }
}

void addMembersOnly(Database& database)
{
    storage::PersonRepository people(database);
    for (const DemoPerson& demo : membersOnly) {
        if (!people.findByName(demo.familyName, demo.givenName).isEmpty())
            continue;
        Person person;
        person.familyName = demo.familyName;
        person.givenName = demo.givenName;
        person.gender = demo.gender;
        person.title = demo.title;
        person.affiliation = demo.affiliation;
        people.insert(person);
    }
}

// The periodicals group no longer meets; it was merged and keeps its history.
void addMergedGroup(Database& database)
{
    storage::BodyRepository bodies(database);
    if (bodies.findByName(periodicals))
        return;
    const auto into = bodies.findByName(electronicResources);
    if (!into)
        demoIsBroken(QStringLiteral("no body named %1").arg(electronicResources));
    Body body;
    body.name = periodicals;
    body.kind = BodyKind::WorkingGroup;
    body.description = QStringLiteral("در اسفند ۱۴۰۱ در کارگروه منابع الکترونیکی ادغام شد.");
    body.mergedIntoId = into->id;
    body.mergedOn = periodicalsMerged;
    body.active = false;
    bodies.insert(body);
}

void addMemberships(Database& database)
{
    storage::PersonRepository people(database);
    storage::BodyRepository bodies(database);
    storage::MembershipRepository seats(database);
    for (const DemoMembership& demo : memberships()) {
        const QList<Person> found = people.findByName(demo.familyName, demo.givenName);
        const auto body = bodies.findByName(demo.body);
        if (found.isEmpty() || !body)
            demoIsBroken(QStringLiteral("membership of %1 in %2").arg(demo.familyName, demo.body));
        Membership membership;
        membership.personId = found.first().id;
        membership.bodyId = body->id;
        membership.role = demo.role;
        membership.from = demo.from;
        membership.until = demo.until;
        seats.insert(membership);
    }
}

} // namespace

void createDemoData(Database& database)
{
    storage::Transaction transaction(database);
    storage::SettingsRepository(database).setOrganisation(organisation());
    importDemoMeetings(database);
    addMembersOnly(database);
    addMergedGroup(database);
    addMemberships(database);
    transaction.commit();
}

} // namespace jalaseh::exchange
