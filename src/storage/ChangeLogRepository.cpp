#include "ChangeLogRepository.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtDebug>

namespace jalaseh::storage {
namespace {

HistoryEntry::Action actionFrom(const QString& key)
{
    if (key == QLatin1String("insert"))
        return HistoryEntry::Action::Added;
    if (key == QLatin1String("delete"))
        return HistoryEntry::Action::Removed;
    return HistoryEntry::Action::Changed;
}

QDateTime timeFrom(const QVariant& value)
{
    // A server's timestamptz arrives as a QDateTime, a file's ISO text as a string.
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (time.isValid())
        time.setTimeSpec(Qt::UTC);
    return time;
}

// The columns in the order the log names them: {"text": [before, after], ...}.
QList<HistoryEntry::Field> fieldsFrom(const QString& changes)
{
    QList<HistoryEntry::Field> fields;
    const QJsonObject object = QJsonDocument::fromJson(changes.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonArray pair = it.value().toArray();
        fields.append({it.key(), pair.at(0).toVariant(), pair.at(1).toVariant()});
    }
    return fields;
}

} // namespace

ChangeLogRepository::ChangeLogRepository(Database& database)
    : m_database(database)
{
}

QList<HistoryEntry> ChangeLogRepository::forMeeting(Id meetingId) const
{
    return read(QStringLiteral("meeting_id = ?"), {meetingId});
}

QList<HistoryEntry> ChangeLogRepository::forDecision(Id decisionId) const
{
    // An action item removed since, or given to another decision, is known by its decision in
    // the log's own record of it: {"decision_id": [before, after]}, as a file's JSON writes it
    // (no spaces) and as a server's does (a space after each comma and colon).
    const QString id = QString::number(decisionId);
    QVariantList values{decisionId, decisionId};
    for (const QString& pattern :
         {QStringLiteral("%\"decision_id\":[%1,%"), QStringLiteral("%\"decision_id\": [%1,%"),
          QStringLiteral("%\"decision_id\":[null,%1]%"),
          QStringLiteral("%\"decision_id\": [null, %1]%")})
        values.append(pattern.arg(id));
    return read(QStringLiteral("(table_name = 'decision' AND row_id = ?) OR "
                               "(table_name = 'action_item' AND (row_id IN (SELECT a.id FROM "
                               "action_item a WHERE a.decision_id = ?) OR changes LIKE ? OR "
                               "changes LIKE ? OR changes LIKE ? OR changes LIKE ?))"),
                values);
}

QList<HistoryEntry> ChangeLogRepository::read(const QString& where,
                                              const QVariantList& values) const
{
    QList<HistoryEntry> entries;
    if (m_database.schemaVersion() < schemaVersion)
        return entries;
    Statement query(m_database,
                    QStringLiteral("SELECT id, changed_at, login, table_name, row_id, meeting_id, "
                                   "action, changes FROM change_log WHERE %1 ORDER BY id DESC")
                        .arg(where));
    for (const QVariant& value : values)
        query.bind(value);
    query.exec();
    while (query.next()) {
        HistoryEntry entry;
        entry.id = query.integer(0);
        entry.changedAt = timeFrom(query.value(1));
        entry.login = query.text(2);
        entry.table = query.text(3);
        entry.rowId = query.integer(4);
        entry.meetingId = query.optionalId(5);
        entry.action = actionFrom(query.text(6));
        entry.fields = fieldsFrom(query.text(7));
        entries.append(entry);
    }
    return entries;
}

void ChangeLogRepository::noteWriter(Database& database)
{
    if (database.engine() != Engine::Sqlite || database.schemaVersion() < schemaVersion)
        return;
    // Unpaused too: a pause never outlives the transaction that made it.
    Statement(database, QStringLiteral("UPDATE change_log_actor SET name = ?, paused = 0"))
        .bind(database.userName())
        .exec();
}

HistoryPause::HistoryPause(Database& database)
    : m_database(database)
{
    if (database.schemaVersion() < ChangeLogRepository::schemaVersion)
        return;
    Q_ASSERT_X(database.isInTransaction(), "HistoryPause", "pause inside a transaction");
    set(true);
    m_active = true;
}

HistoryPause::~HistoryPause()
{
    if (!m_active || !m_database.isInTransaction())
        return;
    try {
        resume();
    } catch (const std::exception& error) {
        // The transaction failed already and rolls back, the pause with it.
        qWarning("jalaseh storage: resuming the history: %s", error.what());
    }
}

void HistoryPause::resume()
{
    if (!m_active)
        return;
    m_active = false;
    set(false);
}

void HistoryPause::set(bool paused)
{
    if (m_database.engine() == Engine::Sqlite) {
        Statement(m_database, QStringLiteral("UPDATE change_log_actor SET paused = ?"))
            .bind(paused)
            .exec();
        return;
    }
    // SET LOCAL takes no bound values; the text is one of two constants.
    Statement(m_database, paused ? QStringLiteral("SET LOCAL jalaseh.history = 'off'")
                                 : QStringLiteral("SET LOCAL jalaseh.history = 'on'"))
        .exec();
}

} // namespace jalaseh::storage
