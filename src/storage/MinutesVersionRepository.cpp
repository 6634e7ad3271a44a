#include "MinutesVersionRepository.h"

#include "persian/Normalize.h"
#include "storage/Database.h"
#include "storage/RowVersions.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace jalaseh::storage {
namespace {

const QString columns = QStringLiteral(
    "meeting_id, version, amend_reason, opened_at, opened_by, approved_at, approved_by, "
    "snapshot, fingerprint, document_id");

QDateTime timeFrom(const QString& text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODate).toUTC();
}

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

MinutesVersion versionFrom(const Statement& row)
{
    MinutesVersion version;
    version.meetingId = row.integer(0);
    version.number = int(row.integer(1));
    version.amendReason = row.text(2);
    version.openedAt = timeFrom(row.text(3));
    version.openedBy = row.text(4);
    version.approvedAt = timeFrom(row.text(5));
    version.approvedBy = row.text(6);
    version.snapshot = row.text(7).toUtf8();
    version.fingerprint = row.text(8);
    version.documentId = row.text(9);
    return version;
}

QList<MinutesVersion> read(Statement& query)
{
    query.exec();
    QList<MinutesVersion> found;
    while (query.next())
        found.append(versionFrom(query));
    return found;
}

QDateTime now()
{
    // To the second: the ISO text keeps no more, and a version read back compares equal.
    const QDateTime time = QDateTime::currentDateTimeUtc();
    return time.addMSecs(-time.time().msec());
}

} // namespace

MinutesVersionRepository::MinutesVersionRepository(Database& database)
    : m_database(database)
{
}

QList<MinutesVersion> MinutesVersionRepository::summaries(Id meetingId) const
{
    const QString withoutSnapshot =
        QString(columns).replace(QStringLiteral("snapshot, "), QStringLiteral("'' AS snapshot, "));
    Statement query(m_database, QStringLiteral("SELECT %1 FROM minutes_version WHERE "
                                               "meeting_id = ? ORDER BY version")
                                    .arg(withoutSnapshot));
    query.bind(meetingId);
    return read(query);
}

QList<Id> MinutesVersionRepository::claimedApproved() const
{
    Statement query(m_database, QStringLiteral("SELECT m.id FROM meeting m WHERE m.status = "
                                               "'minutes_approved' AND NOT EXISTS (SELECT 1 FROM "
                                               "minutes_version v WHERE v.meeting_id = m.id) "
                                               "ORDER BY m.date, m.id"));
    query.exec();
    QList<Id> found;
    while (query.next())
        found.append(query.integer(0));
    return found;
}

QList<MinutesVersion> MinutesVersionRepository::versions(Id meetingId) const
{
    Statement query(m_database, QStringLiteral("SELECT %1 FROM minutes_version WHERE "
                                               "meeting_id = ? ORDER BY version")
                                    .arg(columns));
    query.bind(meetingId);
    return read(query);
}

MinutesStanding MinutesVersionRepository::standing(Id meetingId) const
{
    Statement query(m_database,
                    QStringLiteral("SELECT version, approved_at IS NOT NULL FROM minutes_version "
                                   "WHERE meeting_id = ? ORDER BY version DESC LIMIT 1"));
    query.bind(meetingId).exec();
    if (!query.next())
        return {};
    return {query.flag(1) ? MinutesStanding::Approved : MinutesStanding::Amending,
            int(query.integer(0))};
}

QHash<Id, MinutesStanding> MinutesVersionRepository::standings() const
{
    Statement query(m_database,
                    QStringLiteral("SELECT v.meeting_id, v.version, v.approved_at IS NOT NULL "
                                   "FROM minutes_version v WHERE v.version = (SELECT "
                                   "max(w.version) FROM minutes_version w WHERE w.meeting_id = "
                                   "v.meeting_id)"));
    query.exec();
    QHash<Id, MinutesStanding> found;
    while (query.next())
        found.insert(query.integer(0),
                     {query.flag(2) ? MinutesStanding::Approved : MinutesStanding::Amending,
                      int(query.integer(1))});
    return found;
}

std::optional<MinutesVersion> MinutesVersionRepository::approved(Id meetingId,
                                                                 std::optional<int> number) const
{
    Statement query(m_database,
                    QStringLiteral("SELECT %1 FROM minutes_version WHERE meeting_id = ? AND "
                                   "approved_at IS NOT NULL AND (? = 0 OR version = ?) "
                                   "ORDER BY version DESC LIMIT 1")
                        .arg(columns));
    query.bind(meetingId).bind(number.value_or(0)).bind(number.value_or(0));
    const QList<MinutesVersion> found = read(query);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<MinutesVersion>
MinutesVersionRepository::findByDocumentId(const QString& documentId) const
{
    Statement query(m_database, QStringLiteral("SELECT %1 FROM minutes_version WHERE "
                                               "document_id = ?")
                                    .arg(columns));
    query.bind(documentId);
    const QList<MinutesVersion> found = read(query);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QString MinutesVersionRepository::currentUser() const
{
    if (m_database.engine() == Engine::Postgres) {
        Statement query(m_database, QStringLiteral("SELECT current_user"));
        query.exec();
        if (query.next())
            return query.text(0);
    }
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

void MinutesVersionRepository::lockMeeting(Id meetingId)
{
    if (m_database.engine() != Engine::Postgres)
        return;
    Statement(m_database, QStringLiteral("SELECT id FROM meeting WHERE id = ? FOR UPDATE"))
        .bind(meetingId)
        .exec();
}

void MinutesVersionRepository::setMeetingStatus(Id meetingId, const QString& status)
{
    // Unchecked (version 0): the approval's lock decides; the version moves on so that a window
    // holding the meeting sees it changed.
    VersionedWrite write(m_database, QStringLiteral("meeting"), QStringLiteral("status = ?"),
                         meetingId, RowVersion{},
                         QCoreApplication::translate("Storage", "There is no such meeting."));
    write.statement().bind(status);
    write.exec();
}

MinutesVersion MinutesVersionRepository::approve(Id meetingId, const QByteArray& snapshot,
                                                 const QString& fingerprint,
                                                 const QString& documentId)
{
    Transaction transaction(m_database);
    lockMeeting(meetingId);
    const MinutesStanding standing = this->standing(meetingId);
    if (standing.isFrozen())
        throw AccessRefused(QCoreApplication::translate(
                                "Storage", "The minutes of this meeting are approved already "
                                           "(version %1); nothing was changed. To change them, "
                                           "amend the minutes.")
                                .arg(standing.version),
                            QStringLiteral("meeting %1 approved").arg(meetingId));
    const QDateTime time = now();
    const QString user = currentUser();
    // Before the version is approved: afterwards the meeting row is frozen too.
    setMeetingStatus(meetingId, QStringLiteral("minutes_approved"));
    const Refusals refusals{.foreignKey =
                                QCoreApplication::translate("Storage", "There is no such meeting."),
                            .unique = {},
                            .invalid = {}};
    if (standing.state == MinutesStanding::Draft) {
        Statement(m_database, QStringLiteral("INSERT INTO minutes_version (meeting_id, version, "
                                             "opened_at, opened_by, approved_at, approved_by, "
                                             "snapshot, fingerprint, document_id) "
                                             "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)"))
            .bind(meetingId)
            .bind(timeText(time))
            .bind(user)
            .bind(timeText(time))
            .bind(user)
            .bind(QString::fromUtf8(snapshot))
            .bind(fingerprint)
            .bind(documentId)
            .exec(refusals);
    } else {
        Statement(m_database, QStringLiteral("UPDATE minutes_version SET approved_at = ?, "
                                             "approved_by = ?, snapshot = ?, fingerprint = ?, "
                                             "document_id = ? WHERE meeting_id = ? AND "
                                             "version = ?"))
            .bind(timeText(time))
            .bind(user)
            .bind(QString::fromUtf8(snapshot))
            .bind(fingerprint)
            .bind(documentId)
            .bind(meetingId)
            .bind(standing.version)
            .exec(refusals);
    }
    transaction.commit();
    return *approved(meetingId, standing.version);
}

MinutesVersion MinutesVersionRepository::amend(Id meetingId, const QString& reason)
{
    const QString text = persian::normalizeForStorage(reason);
    if (text.trimmed().isEmpty())
        throw AccessRefused(QCoreApplication::translate(
                                "Storage", "An amendment needs its reason: say what it corrects."),
                            QStringLiteral("empty amend reason"));
    Transaction transaction(m_database);
    lockMeeting(meetingId);
    const MinutesStanding standing = this->standing(meetingId);
    if (standing.state == MinutesStanding::Amending)
        throw AccessRefused(QCoreApplication::translate(
                                "Storage", "An amendment of these minutes (version %1) is open "
                                           "already; approve it before amending again.")
                                .arg(standing.version),
                            QStringLiteral("meeting %1 amending").arg(meetingId));
    if (standing.state == MinutesStanding::Draft)
        throw AccessRefused(QCoreApplication::translate(
                                "Storage", "The minutes of this meeting were never approved, so "
                                           "there is nothing to amend: edit the meeting, then "
                                           "approve its minutes."),
                            QStringLiteral("meeting %1 draft").arg(meetingId));
    const QDateTime time = now();
    Statement(m_database, QStringLiteral("INSERT INTO minutes_version (meeting_id, version, "
                                         "amend_reason, opened_at, opened_by) "
                                         "VALUES (?, ?, ?, ?, ?)"))
        .bind(meetingId)
        .bind(standing.version + 1)
        .bind(text)
        .bind(timeText(time))
        .bind(currentUser())
        .exec();
    // After the draft is open: until then the meeting row is frozen.
    setMeetingStatus(meetingId, QStringLiteral("held"));
    transaction.commit();
    return versions(meetingId).last();
}

} // namespace jalaseh::storage
