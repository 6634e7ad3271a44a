#include "DemoDatabase.h"

#include "exchange/DemoData.h"
#include "storage/BodyRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"

#include <stdexcept>

namespace jalaseh::test {

const QString DemoDatabase::committee = QStringLiteral("کمیته راهبری");
const QString DemoDatabase::electronicResources = QStringLiteral("کارگروه منابع الکترونیکی");
const QString DemoDatabase::periodicals = QStringLiteral("کارگروه نشریات ادواری");
const QString DemoDatabase::leadsSeries =
    QStringLiteral("نشست راهبران کارگروه‌ها");

DemoDatabase::DemoDatabase()
    : m_path(m_folder.filePath(QStringLiteral("demo.jalaseh")))
{
    storage::OpenOptions options;
    options.create = true;
    auto opened = storage::Database::open(m_path, options);
    if (!opened.database)
        throw std::runtime_error(opened.message.toStdString());
    m_database = std::move(opened.database);
    exchange::createDemoData(*m_database);
}

DemoDatabase::~DemoDatabase() = default;

Id DemoDatabase::seedMeeting(storage::Database& database)
{
    for (const Meeting& meeting : storage::MeetingRepository(database).all())
        if (meeting.date == QDate(2023, 4, 10))
            return meeting.id;
    throw std::runtime_error("the demo database has no seed meeting");
}

Id DemoDatabase::body(storage::Database& database, const QString& name)
{
    const auto found = storage::BodyRepository(database).findByName(name);
    if (!found)
        throw std::runtime_error("the demo database has no such body");
    return found->id;
}

Id DemoDatabase::series(storage::Database& database, const QString& name)
{
    const auto found = storage::MeetingSeriesRepository(database).findByName(name);
    if (!found)
        throw std::runtime_error("the demo database has no such series");
    return found->id;
}

} // namespace jalaseh::test
