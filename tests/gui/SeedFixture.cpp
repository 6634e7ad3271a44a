#include "SeedFixture.h"

#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"

#include <QApplication>
#include <QTest>
#include <catch2/catch.hpp>

namespace jalaseh::test {
namespace {

struct SeedPerson
{
    const char* family;
    const char* given;
    Gender gender;
    AcademicTitle title;
};

const SeedPerson seedPeople[] = {
    {"غزنوی", "نرگس", Gender::Female, AcademicTitle::Doctor},
    {"رقابی", "سهیلا", Gender::Female, AcademicTitle::Doctor},
    {"فرجامی", "شیرین", Gender::Female, AcademicTitle::None},
    {"عتیقه‌چیان", "نسرین", Gender::Female, AcademicTitle::None},
    {"فاضل", "الهام", Gender::Female, AcademicTitle::None},
    {"درخوش", "فاطمه", Gender::Female, AcademicTitle::Doctor},
    {"عبدالله‌پور", "مریم", Gender::Female, AcademicTitle::None},
    {"صادقی", "لیلا", Gender::Female, AcademicTitle::None},
    {"طاهری", "محمد", Gender::Male, AcademicTitle::Doctor},
    {"امینی‌نسب", "حسین", Gender::Male, AcademicTitle::Doctor},
    {"عاطفی ملکی", "رضا", Gender::Male, AcademicTitle::None},
    {"حسینی", "علی", Gender::Male, AcademicTitle::None},
    {"کاظمی", "مهسا", Gender::Female, AcademicTitle::None},
    {"نوروزی", "حمید", Gender::Male, AcademicTitle::None},
    {"کریمی", "مجید", Gender::Male, AcademicTitle::None},
    {"یزدانی", "بهرام", Gender::Male, AcademicTitle::Doctor},
    {"احمدی", "سمیرا", Gender::Female, AcademicTitle::None},
};

const char* const committee = "کمیته راهبری";
// In the order they were created, which is the order "all working-group leads" lists them.
const char* const groups[] = {
    "کارگروه منابع الکترونیکی",
    "کارگروه فهرست‌نویسی و سازماندهی اطلاعات",
    "کارگروه خدمات مرجع و اطلاع‌رسانی",
    "کارگروه کتابخانه دیجیتال و فناوری اطلاعات",
    "کارگروه آموزش و توانمندسازی کتابداران",
    "کارگروه تأمین و اشتراک منابع",
    "کارگروه ارزیابی و استانداردها",
    "کارگروه اشتراک تجربیات",
    "کارگروه نشریات ادواری",
};

struct SeedSeat
{
    const char* family;
    const char* body;
    MembershipRole role;
    QDate from;
    QDate until;
};

const QDate committeeFounded(2022, 4, 21); // 1401/02/01
const QDate groupsFounded(2022, 10, 23);   // 1401/08/01
const QDate periodicalsMerged(2023, 3, 1); // 1401/12/10
const QDate newYear(2023, 3, 21);          // 1402/01/01

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

SeedFixture::SeedFixture(bool showWindow)
{
    REQUIRE(m_folder.isValid());
    storage::OpenOptions options;
    options.create = true;
    auto opened =
        storage::Database::open(m_folder.filePath(QStringLiteral("seed.jalaseh")), options);
    REQUIRE(opened.database);
    storage::Database& db = *opened.database;

    storage::PersonRepository people(db);
    for (const SeedPerson& seed : seedPeople) {
        Person person;
        person.familyName = text(seed.family);
        person.givenName = text(seed.given);
        person.gender = seed.gender;
        person.title = seed.title;
        m_people.insert(person.familyName, people.insert(person));
    }
    storage::BodyRepository bodies(db);
    Body steering;
    steering.name = text(committee);
    steering.kind = BodyKind::SteeringCommittee;
    m_bodies.insert(steering.name, bodies.insert(steering));
    for (const char* name : groups) {
        Body group;
        group.name = text(name);
        m_bodies.insert(group.name, bodies.insert(group));
    }
    Body periodicals = *bodies.find(body(text(groups[8])));
    periodicals.mergedIntoId = body(text(groups[0]));
    periodicals.mergedOn = periodicalsMerged;
    bodies.update(periodicals);

    using Role = MembershipRole;
    const SeedSeat seats[] = {
        {"غزنوی", committee, Role::Lead, committeeFounded, {}},
        {"رقابی", committee, Role::Deputy, committeeFounded, {}},
        {"فرجامی", committee, Role::Secretary, committeeFounded, {}},
        {"عتیقه‌چیان", committee, Role::Member, committeeFounded, {}},
        {"فاضل", committee, Role::Member, committeeFounded, {}},
        {"درخوش", groups[0], Role::Lead, groupsFounded, {}},
        {"احمدی", groups[0], Role::Member, groupsFounded, {}},
        {"کریمی", groups[8], Role::Lead, groupsFounded, periodicalsMerged},
        {"کریمی", groups[0], Role::Member, periodicalsMerged, {}},
        {"عبدالله‌پور", groups[1], Role::Lead, groupsFounded, {}},
        {"صادقی", groups[2], Role::Lead, groupsFounded, {}},
        {"طاهری", groups[3], Role::Lead, groupsFounded, {}},
        {"امینی‌نسب", groups[4], Role::Lead, groupsFounded, {}},
        {"عاطفی ملکی", groups[5], Role::Lead, groupsFounded, {}},
        {"یزدانی", groups[6], Role::Lead, groupsFounded, newYear.addDays(-1)},
        {"یزدانی", groups[6], Role::Member, newYear, {}},
        {"حسینی", groups[6], Role::Lead, newYear, {}},
        {"کاظمی", groups[7], Role::Lead, groupsFounded, {}},
        {"نوروزی", groups[7], Role::Lead, groupsFounded, {}},
    };
    storage::MembershipRepository memberships(db);
    for (const SeedSeat& seat : seats) {
        Membership membership;
        membership.personId = person(text(seat.family));
        membership.bodyId = body(text(seat.body));
        membership.role = seat.role;
        membership.from = seat.from;
        membership.until = seat.until;
        memberships.insert(membership);
    }
    MeetingSeries leads;
    leads.name = QStringLiteral("نشست راهبران کارگروه‌ها");
    series = storage::MeetingSeriesRepository(db).insert(leads);

    m_window = std::make_unique<app::MainWindow>();
    m_window->setSession(std::make_unique<session::DatabaseSession>(std::move(opened.database)));
    if (showWindow) {
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        REQUIRE(QTest::qWaitForWindowActive(m_window.get()));
    }
}

SeedFixture::~SeedFixture() = default;

Id SeedFixture::person(const QString& familyName) const
{
    const Id id = m_people.value(familyName);
    INFO("person " << familyName.toStdString());
    REQUIRE(id);
    return id;
}

Id SeedFixture::body(const QString& name) const
{
    const Id id = m_bodies.value(name);
    INFO("body " << name.toStdString());
    REQUIRE(id);
    return id;
}

QStringList SeedFixture::leadsOnTheDay()
{
    return {QStringLiteral("درخوش"),
            QStringLiteral("عبدالله‌پور"),
            QStringLiteral("صادقی"),
            QStringLiteral("طاهری"),
            QStringLiteral("امینی‌نسب"),
            QStringLiteral("عاطفی ملکی"),
            QStringLiteral("حسینی"),
            QStringLiteral("کاظمی"),
            QStringLiteral("نوروزی")};
}

QString SeedFixture::attendeeSentence()
{
    return QStringLiteral(
        "در این نشست، علاوه بر راهبران کارگروهها (سركار خانمها دكتر درخوش، عبدالله پور، صادقي و "
        "جناب آقايان دكتر طاهري، دكتر اميني نسب، عاطفي ملكي، حسيني)، جناب آقاي دكتر حاجي "
        "زينالعابديني به عنوان مهمان مدعو و اعضای کمیته راهبری (سركارخانمها دکتر غزنوی، دکتر "
        "رقابی، عتیقه چیان، فاضل و فرجامی) حضور داشتند.");
}

} // namespace jalaseh::test
