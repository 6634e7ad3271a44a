#include "ContributionRepository.h"

#include "persian/Normalize.h"
#include "storage/Database.h"
#include "storage/RowPositions.h"
#include "storage/RowVersions.h"
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
    Statement query(m_database, QStringLiteral("SELECT c.id, c.meeting_id, c.position, "
                                               "c.speaker_id, c.agenda_item_id, c.text, %1 "
                                               "FROM contribution c WHERE %2 ORDER BY position, id")
                                    .arg(RowVersions::columns(QStringLiteral("c")), where));
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
        contribution.version = RowVersions::read(query, 6);
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
    VersionedWrite write(m_database, table,
                         QStringLiteral("speaker_id = ?, agenda_item_id = ?, text = ?, "
                                        "search_key = ?"),
                         contribution.id, contribution.version,
                         QCoreApplication::translate(
                             "Storage", "This contribution is no longer in the database; someone "
                                        "may have removed it. Reload the meeting."));
    write.statement().bind(contribution.speakerId).bind(contribution.agendaItemId).bind(text);
    write.statement().bind(SearchKeys::of(text));
    write.exec(contributionRefusals());
    transaction.commit();
}

void ContributionRepository::remove(Id id, const RowVersion& read)
{
    Transaction transaction(m_database);
    if (const auto contribution = find(id)) {
        removeVersioned(m_database, table, id, read);
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
