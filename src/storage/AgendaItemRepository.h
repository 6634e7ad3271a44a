#pragma once

#include "core/AgendaItem.h"

#include <QList>
#include <optional>

namespace jalaseh::storage {

class Database;

// A meeting's agenda, numbered 1..n.
class AgendaItemRepository
{
public:
    explicit AgendaItemRepository(Database& database);

    QList<AgendaItem> ofMeeting(Id meetingId) const; // by position
    std::optional<AgendaItem> find(Id id) const;
    // Inserts at item.position (1..n+1; 0 or out of range appends), shifting later items; sets
    // item.id and item.position and normalises the text in place.
    Id insert(AgendaItem& item);
    // Changes the text; the position changes only through move().
    void update(const AgendaItem& item);
    // Contributions and proposals on the item stay, without an agenda item.
    void remove(Id id, const RowVersion& read = {});
    void move(Id id, int newPosition);

private:
    QList<AgendaItem> select(const QString& where, Id value) const;

    Database& m_database;
};

} // namespace jalaseh::storage
