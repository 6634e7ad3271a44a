#include "SessionFixture.h"

#include "../storage/StorageFixture.h"
#include "exchange/DemoData.h"
#include "exchange/MeetingExport.h"
#include "exchange/MeetingJson.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRecordRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/PersonRepository.h"

namespace jalaseh::test {

namespace demo {
const QString leadsSeries = QStringLiteral("نشست راهبران کارگروه‌ها");
const QString committeeSeries = QStringLiteral("جلسه کمیته راهبری");
const QString steeringCommittee = QStringLiteral("کمیته راهبری");
const QString electronicResources = QStringLiteral("کارگروه منابع الکترونیکی");
const QString periodicals = QStringLiteral("کارگروه نشریات ادواری");
const QString training = QStringLiteral("کارگروه آموزش و توانمندسازی کتابداران");
} // namespace demo

SessionDatabase::SessionDatabase(Content content)
{
    REQUIRE(m_folder.isValid());
    m_path = m_folder.filePath(QStringLiteral("session.jalaseh"));
    storage::OpenOptions options;
    options.create = true;
    auto opened = storage::Database::open(m_path, options);
    INFO(opened.message.toStdString());
    REQUIRE(opened.database);
    if (content == Content::Demo)
        exchange::createDemoData(*opened.database);
    else if (content == Content::Generated)
        synthetic::generateSynthetic(*opened.database, smallNetwork(), 7);
    m_session = std::make_unique<session::DatabaseSession>(std::move(opened.database));
}

SessionDatabase::~SessionDatabase() = default;

storage::Database& SessionDatabase::database()
{
    return m_session->database();
}

void SessionDatabase::reopen()
{
    m_session.reset();
    auto opened = storage::Database::open(m_path);
    INFO(opened.message.toStdString());
    REQUIRE(opened.database);
    m_session = std::make_unique<session::DatabaseSession>(std::move(opened.database));
}

Id SessionDatabase::person(const QString& familyName)
{
    const QList<Person> found = storage::PersonRepository(database()).findByName(familyName, {});
    INFO("person " << familyName.toStdString());
    REQUIRE(found.size() == 1);
    return found.first().id;
}

Id SessionDatabase::body(const QString& name)
{
    const auto found = storage::BodyRepository(database()).findByName(name);
    INFO("body " << name.toStdString());
    REQUIRE(found);
    return found->id;
}

Id SessionDatabase::series(const QString& name)
{
    for (const MeetingSeries& one : storage::MeetingSeriesRepository(database()).all())
        if (one.name == name)
            return one.id;
    FAIL("no series " << name.toStdString());
    return 0;
}

Id SessionDatabase::meeting(const QString& seriesName, int number)
{
    const Id seriesId = series(seriesName);
    for (const Meeting& one : storage::MeetingRepository(database()).all())
        if (one.seriesId == seriesId && one.number == number)
            return one.id;
    FAIL("no meeting " << number << " of " << seriesName.toStdString());
    return 0;
}

QString SessionDatabase::dump() const
{
    storage::test::RawSqlite raw(m_path);
    QString text;
    // A row's version is bookkeeping: an edit and its undo leave the record as it was, and the
    // version moved on twice.
    static const QStringList bookkeeping{QStringLiteral("version"), QStringLiteral("changed_by"),
                                         QStringLiteral("changed_at")};
    for (const QString& table : raw.tableNames()) {
        // The history only grows: an edit and its undo are two entries of it.
        if (table.contains(QStringLiteral("_search")) ||
            table.startsWith(QStringLiteral("change_log")))
            continue;
        QStringList columns = raw.columnsOf(table);
        columns.removeIf([](const QString& column) { return bookkeeping.contains(column); });
        text += raw.dumpTable(table, columns);
    }
    return text;
}

QString SessionDatabase::meetingText(Id meetingId)
{
    // With the attached files' bytes, as `export meeting` writes them.
    const auto json = exchange::exportMeeting(database(), meetingId);
    REQUIRE(json);
    return QString::fromUtf8(*json);
}

namespace {

QString changeName(session::Change change)
{
    using session::Change;
    switch (change) {
    case Change::People:
        return QStringLiteral("People");
    case Change::Bodies:
        return QStringLiteral("Bodies");
    case Change::Memberships:
        return QStringLiteral("Memberships");
    case Change::Series:
        return QStringLiteral("Series");
    case Change::Meetings:
        return QStringLiteral("Meetings");
    case Change::MeetingRows:
        return QStringLiteral("MeetingRows");
    case Change::Organisation:
        return QStringLiteral("Organisation");
    }
    return QStringLiteral("?");
}

} // namespace

synthetic::SyntheticSize smallNetwork()
{
    return {.years = 3,
            .people = 90,
            .bodies = 14,
            .meetings = 80,
            .attendance = 900,
            .contributions = 400,
            .decisions = 320,
            .proposals = 60,
            .actionItems = 50};
}

QStringList changesSeen(const QSignalSpy& changed)
{
    QStringList seen;
    for (const QList<QVariant>& arguments : changed)
        seen.append(QStringLiteral("%1 %2")
                        .arg(changeName(arguments.at(0).value<session::Change>()))
                        .arg(arguments.at(1).value<Id>()));
    return seen;
}

QStringList failuresSeen(const QSignalSpy& failed)
{
    QStringList seen;
    for (const QList<QVariant>& arguments : failed)
        seen.append(arguments.at(0).toString());
    return seen;
}

} // namespace jalaseh::test
