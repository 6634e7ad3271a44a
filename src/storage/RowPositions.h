#pragma once

#include "core/Id.h"

#include <QString>

namespace jalaseh::storage {

class Database;

// Keeps the rows of one meeting in an ordered table (agenda, contributions, proposals, decisions)
// numbered 1..n without gaps, so that "move to 3" and "insert at 2" mean what the user sees.
// Call inside a Transaction.
class RowPositions
{
public:
    // `table` is a table name from the storage code, never user input.
    RowPositions(Database& database, QString table);

    int count(Id meetingId) const;
    // Makes room at `requested` (1..count+1; anything else means the end) and returns the position
    // the new row takes.
    int makeRoom(Id meetingId, int requested);
    // Closes the gap a removed row left.
    void closeGap(Id meetingId, int position);
    // Moves a row within its meeting; `newPosition` is clamped to 1..count.
    void move(Id rowId, int newPosition);

private:
    Database& m_database;
    QString m_table;
};

} // namespace jalaseh::storage
