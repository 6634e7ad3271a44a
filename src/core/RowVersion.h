#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace jalaseh {

// Which save of a row was read (schema version 7), and who made it when. A change is saved only
// if the row is still at the version it was read at, so that two people editing one row never
// silently overwrite each other (storage::EditConflict). 0: not read from the database, and a
// save of such a row is not checked (an import, a row built by hand).
struct RowVersion
{
    qint64 number = 0;
    QString changedBy;   // a server's login, or the name the computer gave its user
    QDateTime changedAt; // UTC; invalid when unknown (rows saved before version 7)

    // Bookkeeping, not content: two rows that say the same thing are equal whichever save of
    // them was read, so that "did the user change anything" and comparisons of rows stay as they
    // were before rows had versions.
    friend bool operator==(const RowVersion&, const RowVersion&) { return true; }
};

} // namespace jalaseh
