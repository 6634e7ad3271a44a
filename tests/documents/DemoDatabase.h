#pragma once

#include "core/Id.h"
#include "storage/Database.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace jalaseh::test {

// What `jalaseh init --demo` makes, in a temporary folder: the organisation with its letterhead,
// the seed meeting of 1402/01/21 and its sequel of 1402/02/25 (the leads' series, of no body), a
// steering-committee meeting on 1402/02/04, the bodies with their members, and the periodicals
// group merged into the electronic-resources group.
class DemoDatabase
{
public:
    DemoDatabase();
    ~DemoDatabase();

    storage::Database& database() { return *m_database; }
    // The open file, for a session to own; database() is then no longer available.
    std::unique_ptr<storage::Database> take() { return std::move(m_database); }
    const QString& path() const { return m_path; }
    QString folder() const { return m_folder.path(); }

    static Id seedMeeting(storage::Database& database);
    static Id body(storage::Database& database, const QString& name);
    static Id series(storage::Database& database, const QString& name);

    // The Jalali year 1402, both days included.
    static QDate firstDayOf1402() { return QDate(2023, 3, 21); }
    static QDate lastDayOf1402() { return QDate(2024, 3, 19); }

    static const QString committee;           // کمیته راهبری
    static const QString electronicResources; // the group the periodicals group merged into
    static const QString periodicals;
    static const QString leadsSeries; // نشست راهبران کارگروه‌ها

private:
    QTemporaryDir m_folder;
    QString m_path;
    std::unique_ptr<storage::Database> m_database;
};

} // namespace jalaseh::test
