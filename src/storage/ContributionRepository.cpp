#include "ContributionRepository.h"

#include "persian/Normalize.h"
#include "storage/Database.h"
#include "storage/RowPositions.h"
#include "storage/SearchKeys.h"
#include "storage/Statement.h"

#include <QCoreApplication>

namespace jalaseh::storage {
namespace {

const QString table = QStringLiteral("contribution");

Refusals contributionRefusals()
{
    Refusals refusals;
    refusals.foreignKey = QCoreApplication::translate(
        "Storage", "The meeting, the speaker or the agenda item of this contribution "
                   "does not exist.");
    return refusals;
}

} // namespace

ContributionRepository::ContributionRepository(Database& database)
    : m_database(database)
{
}

QList<Contribution> ContributionRepository::select(const QString& where, Id value) const
{
    Statement query(m_database, QStringLiteral("SELECT id, meeting_id, position, speaker_id, "
                                               "agenda_item_id, text FROM contribution "
                                               "WHERE %1 ORDER BY position, id")
                                    .arg(where));
    query.bind(value).exec();
    QList<Contribution> contributions;
    while (query.next()) {
        Contribution contribution;
        contribution.id = query.integer(0);
        contribution.meetingId = query.integer(1);
        contribution.position = int(query.integer(2));
        contribution.speakerId = query.integer(3);
        contribution.agendaItemId = query.optionalId(4);
        contribution.text = query.text(5);
        contributions.append(std::move(contribution));
    }
    return contributions;
}

QList<Contribution> ContributionRepository::ofMeeting(Id meetingId) const
{
    return select(QStringLiteral("meeting_id = ?"), meetingId);
}

std::optional<Contribution> ContributionRepository::find(Id id) const
{
    const auto found = select(QStringLiteral("id = ?"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Id ContributionRepository::insert(Contribution& contribution)
{
    Contribution stored = contribution;
    stored.text = persian::normalizeForStorage(contribution.text);
    Transaction transaction(m_database);
    stored.position =
        RowPositions(m_database, table).makeRoom(stored.meetingId, contribution.position);
    Statement statement(m_database, QStringLiteral("INSERT INTO contribution (meeting_id, "
                                                   "position, speaker_id, agenda_item_id, text, "
                                                   "search_key) VALUES (?, ?, ?, ?, ?, ?)"));
    statement.bind(stored.meetingId).bind(stored.position).bind(stored.speakerId);
    statement.bind(stored.agendaItemId).bind(stored.text).bind(SearchKeys::of(stored.text));
    statement.exec(contributionRefusals());
    stored.id = statement.lastInsertId();
    transaction.commit();
    contribution = stored;
    return contribution.id;
}

void ContributionRepository::update(const Contribution& contribution)
{
    const QString text = persian::normalizeForStorage(contribution.text);
    Transaction transaction(m_database);
    Statement statement(m_database, QStringLiteral("UPDATE contribution SET speaker_id = ?, "
                                                   "agenda_item_id = ?, text = ?, search_key = ? "
                                                   "WHERE id = ?"));
    statement.bind(contribution.speakerId).bind(contribution.agendaItemId).bind(text);
    statement.bind(SearchKeys::of(text)).bind(contribution.id).exec(contributionRefusals());
    if (statement.rowsAffected() == 0)
        throw StorageError(QCoreApplication::translate(
                               "Storage",
                               "This contribution is no longer in the database; someone may have "
                               "removed it. Reload the meeting."),
                           QStringLiteral("contribution %1").arg(contribution.id));
    transaction.commit();
}

void ContributionRepository::remove(Id id)
{
    Transaction transaction(m_database);
    if (const auto contribution = find(id)) {
        Statement(m_database, QStringLiteral("DELETE FROM contribution WHERE id = ?"))
            .bind(id)
            .exec();
        RowPositions(m_database, table).closeGap(contribution->meetingId, contribution->position);
    }
    transaction.commit();
}

void ContributionRepository::move(Id id, int newPosition)
{
    Transaction transaction(m_database);
    RowPositions(m_database, table).move(id, newPosition);
    transaction.commit();
}

} // namespace jalaseh::storage
