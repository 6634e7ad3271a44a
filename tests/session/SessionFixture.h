#pragma once

// A database file of its own, open in an edit session as the window opens it, without a window:
// empty, with the demo data (the seed meeting, its sequel, a steering-committee meeting, bodies
// with members over time and a merged group), or with a small generated network.
#include "core/Id.h"
#include "session/DatabaseSession.h"
#include "synthetic/SyntheticDatabase.h"

#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::test {

class SessionDatabase
{
public:
    enum class Content
    {
        Empty,
        Demo,
        Generated
    };

    explicit SessionDatabase(Content content = Content::Demo);
    ~SessionDatabase();

    session::DatabaseSession& session() { return *m_session; }
    storage::Database& database();
    const QString& path() const { return m_path; }
    // Closes the file and opens it again in a new session (read-only when the file is).
    void reopen();

    // Ids by name; each requires exactly one match.
    Id person(const QString& familyName);
    Id body(const QString& name);
    Id series(const QString& name);
    Id meeting(const QString& seriesName, int number);

    // Every row of every table but the search indexes, as text, without the rows' versions:
    // equal dumps, equal records.
    QString dump() const;
    // The meeting as its JSON file has it: what it records, without any row's id (so that a
    // meeting put back by an undo under new ids compares equal to the one removed).
    QString meetingText(Id meetingId);

private:
    QTemporaryDir m_folder;
    QString m_path;
    std::unique_ptr<session::DatabaseSession> m_session;
};

// The size of the generated network: three years, 90 people, 14 bodies, 80 meetings.
synthetic::SyntheticSize smallNetwork();

// The names of the demo data.
namespace demo {
extern const QString leadsSeries;     // نشست راهبران کارگروه‌ها
extern const QString committeeSeries; // جلسه کمیته راهبری
extern const QString steeringCommittee;
extern const QString electronicResources; // what the periodicals group was merged into
extern const QString periodicals;
extern const QString training;
} // namespace demo

// What the session announced, one "Change meetingId" text per `changed` signal (e.g.
// "MeetingRows 3", "People 0"), from a spy on DatabaseSession::changed.
QStringList changesSeen(const QSignalSpy& changed);
// The sentences of a spy on DatabaseSession::failed.
QStringList failuresSeen(const QSignalSpy& failed);

} // namespace jalaseh::test
