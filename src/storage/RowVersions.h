#pragma once

#include "core/Id.h"
#include "core/RowVersion.h"
#include "storage/Statement.h"

#include <QString>

namespace jalaseh::storage {

class Database;

// Every editable row carries a version (schema version 7), moved on by each save, with who made
// the save and when. A change is written only if the row is still at the version it was read at
// (optimistic locking: nothing is held while a user edits); else EditConflict, and nothing is
// changed. One mechanism for every table of RowVersion rows, so repositories write their updates
// through it:
//
//     VersionedWrite write(m_database, table, "text = ?, status = ?", id, decision.version,
//                          goneMessage);
//     write.statement().bind(text).bind(status);
//     write.exec(refusals);
//
// A position (RowPositions) is not part of a row's version: moving one row renumbers its
// neighbours, and that must not refuse someone's edit of a neighbour.
namespace RowVersions {

// The columns of a row's version for a SELECT over `alias`: "d.version, d.changed_by,
// d.changed_at" (without an alias: "version, ..."); read back with read().
QString columns(const QString& alias);
RowVersion read(const Statement& query, int firstColumn);

} // namespace RowVersions

// `UPDATE table SET assignments, version = version + 1, changed_by = ?, changed_at = ? WHERE id =
// ? AND version = ?`, and what to say when no row matched: removed (`goneMessage`, a
// StorageError) or saved by someone else since (EditConflict). A `read` version of 0 (a row not
// read from the database) is not checked. With empty assignments only the version moves on (and
// the row is checked): what a change of a row's own list (a proposal's supporters) needs.
class VersionedWrite
{
public:
    VersionedWrite(Database& database, const QString& table, const QString& assignments, Id id,
                   const RowVersion& read, QString goneMessage);

    // Bind the assignments' values here, in order, before exec().
    Statement& statement() { return m_statement; }
    // Runs the update; throws EditConflict or StorageError when it changed no row.
    void exec(const Refusals& refusals = {});
    // The version the row has after exec().
    qint64 newVersion() const { return m_newVersion; }

private:
    Database& m_database;
    QString m_table;
    Id m_id;
    qint64 m_readVersion;
    QString m_goneMessage;
    Statement m_statement;
    qint64 m_newVersion = 0;
};

// `DELETE FROM table WHERE id = ? AND version = ?`, refused as VersionedWrite refuses. A row
// already gone is no conflict: what the user wanted is done.
void removeVersioned(Database& database, const QString& table, Id id, const RowVersion& read,
                     const Refusals& refusals = {});

} // namespace jalaseh::storage
