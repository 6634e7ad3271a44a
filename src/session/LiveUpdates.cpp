#include "session/LiveUpdates.h"

#include "session/DatabaseSession.h"
#include "storage/ChangeListener.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtDebug>

namespace jalaseh::session {
namespace {

// What each announced table shows; the tables of a meeting's rows are MeetingRows.
const QHash<QString, Change>& changeOfTable()
{
    static const QHash<QString, Change> changes{
        {QStringLiteral("person"), Change::People},
        {QStringLiteral("body"), Change::Bodies},
        {QStringLiteral("membership"), Change::Memberships},
        {QStringLiteral("meeting_series"), Change::Series},
        {QStringLiteral("meeting"), Change::Meetings},
        {QStringLiteral("organisation"), Change::Organisation},
        {QStringLiteral("letterhead_line"), Change::Organisation},
    };
    return changes;
}

} // namespace

LiveUpdates::LiveUpdates(DatabaseSession& session)
    : QObject(&session)
    , m_session(session)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(pauseMs);
    connect(&m_pause, &QTimer::timeout, this, &LiveUpdates::showHeard);
    storage::Database& database = session.database();
    if (database.engine() == storage::Engine::Postgres) {
        m_listener = new storage::ChangeListener(database, this);
        connect(m_listener, &storage::ChangeListener::announced, this, &LiveUpdates::heard);
        connect(m_listener, &storage::ChangeListener::listening, this, [this] {
            m_listenerConnected = true;
            emit listening();
        });
        connect(m_listener, &storage::ChangeListener::connectionLost, this, [this] {
            m_listenerConnected = false;
            lost();
        });
        connect(m_listener, &storage::ChangeListener::connectionRestored, this,
                &LiveUpdates::restored);
        // Started once the caller had its turn to set the delays (tests).
        QTimer::singleShot(0, m_listener, &storage::ChangeListener::start);
        // Asked now, while the connection is fresh, so that the first announcement of this
        // window's own change is recognised.
        database.serverProcessId();
    } else {
        m_dataVersion = database.dataVersion();
        m_fileCheck.setInterval(1000);
        connect(&m_fileCheck, &QTimer::timeout, this, &LiveUpdates::checkFile);
        m_fileCheck.start();
        QTimer::singleShot(0, this, &LiveUpdates::listening);
    }
}

LiveUpdates::~LiveUpdates() = default;

void LiveUpdates::setRetryDelays(int firstMs, int mostMs)
{
    if (m_listener)
        m_listener->setRetryDelays(firstMs, mostMs);
}

void LiveUpdates::heard(const QString& payload)
{
    const QJsonObject announcement = QJsonDocument::fromJson(payload.toUtf8()).object();
    const int pid = announcement.value(QLatin1String("pid")).toInt();
    // This window's own change: shown when it was made.
    if (pid != 0 && pid == m_session.database().serverProcessId())
        return;
    const QString table = announcement.value(QLatin1String("table")).toString();
    const QJsonValue meetings = announcement.value(QLatin1String("meetings"));
    if (table == QLatin1String("*")) {
        m_everything = true;
    } else if (const auto change = changeOfTable().constFind(table);
               change != changeOfTable().cend()) {
        m_changes.insert(int(*change));
        if (*change == Change::Meetings)
            for (const QJsonValue& id : meetings.toArray())
                m_meetings.insert(id.toInteger());
    } else if (meetings.isArray()) {
        for (const QJsonValue& id : meetings.toArray())
            m_rowsOfMeetings.insert(id.toInteger());
    } else {
        m_rowsOfAnyMeeting = true;
    }
    if (!m_pause.isActive())
        m_pause.start();
}

void LiveUpdates::showHeard()
{
    if (!m_reachable)
        return; // shown when the server is back, with everything
    if (m_everything) {
        m_changes.clear();
        for (Change change : {Change::People, Change::Bodies, Change::Memberships, Change::Series,
                              Change::Organisation})
            m_changes.insert(int(change));
        m_meetings.clear();
        m_changes.insert(int(Change::Meetings)); // the open meeting reloads with its rows
        m_rowsOfMeetings.clear();
        m_rowsOfAnyMeeting = false;
        m_everything = false;
    }
    const QSet<int> changes = std::exchange(m_changes, {});
    const QSet<Id> meetings = std::exchange(m_meetings, {});
    const QSet<Id> rowsOf = std::exchange(m_rowsOfMeetings, {});
    const bool rowsOfAny = std::exchange(m_rowsOfAnyMeeting, false);
    // People first: the rows shown next name them. Each kind of change once, whatever the
    // number of rows: a view reloads at every report.
    for (Change change : {Change::People, Change::Bodies, Change::Memberships, Change::Series,
                          Change::Organisation, Change::Meetings}) {
        if (!changes.contains(int(change)))
            continue;
        const Id meeting =
            change == Change::Meetings && meetings.size() == 1 ? *meetings.begin() : Id(0);
        m_session.notifyChanged(change, meeting);
    }
    // The rows of one meeting reload only where that meeting is shown; of several, everywhere
    // (0: any meeting).
    if (rowsOfAny || rowsOf.size() > 1)
        m_session.notifyChanged(Change::MeetingRows, 0);
    else if (rowsOf.size() == 1)
        m_session.notifyChanged(Change::MeetingRows, *rowsOf.begin());
}

void LiveUpdates::noticeLost()
{
    if (!m_listener)
        return;
    lost();
    // The listener still hears the server: only this connection went (the server ended its
    // process). Made again in a moment; when the listener is cut off too, it says when the
    // server is back.
    QTimer::singleShot(1000, this, [this] {
        if (!m_reachable && m_listenerConnected)
            restored();
    });
}

void LiveUpdates::lost()
{
    if (!m_reachable)
        return;
    m_reachable = false;
    emit serverUnreachable();
}

void LiveUpdates::restored()
{
    QString why;
    // The session's own connection died with the listener's (a restarted server, a network
    // gone); it is made again now that the server answers, so this wait is short.
    if (!m_session.database().reconnect(&why)) {
        qWarning("jalaseh session: the server is back but the window's connection failed: %s",
                 qPrintable(why.simplified()));
        QTimer::singleShot(2000, this, [this] {
            if (!m_reachable && m_listenerConnected)
                restored();
        });
        return;
    }
    m_reachable = true;
    emit serverReachableAgain();
    markEverything();
}

void LiveUpdates::checkFile()
{
    const qint64 version = m_session.database().dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    markEverything();
}

void LiveUpdates::fileReplaced()
{
    m_dataVersion = m_session.database().dataVersion();
}

void LiveUpdates::markEverything()
{
    m_everything = true;
    if (!m_pause.isActive())
        m_pause.start();
}

} // namespace jalaseh::session
