#include "BodyRepository.h"

#include "persian/Collation.h"
#include "persian/Normalize.h"
#include "storage/Database.h"
#include "storage/JsonIds.h"
#include "storage/RowVersions.h"
#include "storage/SearchKeys.h"
#include "storage/SqlDialect.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <algorithm>

namespace jalaseh::storage {
namespace {

const QString columns =
    QStringLiteral("id, name, kind, description, merged_into, merged_on, active, ") +
    RowVersions::columns({});

Body bodyFrom(const Statement& row)
{
    Body body;
    body.id = row.integer(0);
    body.name = row.text(1);
    body.kind = row.enumValue<BodyKind>(2);
    body.description = row.text(3);
    body.mergedIntoId = row.optionalId(4);
    body.mergedOn = row.date(5);
    body.active = row.flag(6);
    body.version = RowVersions::read(row, 7);
    return body;
}

Body normalized(Body body)
{
    body.name = persian::normalizeForStorage(body.name);
    body.description = persian::normalizeForStorage(body.description);
    return body;
}

void bindBody(Statement& statement, const Body& body)
{
    statement.bind(body.name).bind(body.kind).bind(body.description).bind(body.mergedIntoId);
    statement.bind(body.mergedOn).bind(body.active).bind(SearchKeys::of(body.name));
}

Refusals bodyRefusals()
{
    Refusals refusals;
    refusals.foreignKey =
        QCoreApplication::translate("Storage", "The body this one is merged into does not exist.");
    refusals.invalid = QCoreApplication::translate(
        "Storage", "A body needs a name, and a body cannot be merged into itself.");
    return refusals;
}

} // namespace

BodyRepository::BodyRepository(Database& database)
    : m_database(database)
{
}

QList<Body> BodyRepository::all() const
{
    Statement query(m_database, QStringLiteral("SELECT %1 FROM body").arg(columns));
    query.exec();
    QList<Body> bodies;
    while (query.next())
        bodies.append(bodyFrom(query));
    const persian::PersianCollator collator;
    std::stable_sort(bodies.begin(), bodies.end(), [&](const Body& a, const Body& b) {
        return collator.lessThan(a.name, b.name);
    });
    return bodies;
}

std::optional<Body> BodyRepository::find(Id id) const
{
    Statement query(m_database, QStringLiteral("SELECT %1 FROM body WHERE id = ?").arg(columns));
    query.bind(id).exec();
    if (!query.next())
        return std::nullopt;
    return bodyFrom(query);
}

QList<Body> BodyRepository::findAll(const QList<Id>& ids) const
{
    Statement query(m_database,
                    QStringLiteral("SELECT %1 FROM body WHERE id IN %2 ORDER BY id")
                        .arg(columns, SqlDialect::idsFromJsonArray(m_database.engine())));
    query.bind(jsonArray(ids)).exec();
    QList<Body> bodies;
    while (query.next())
        bodies.append(bodyFrom(query));
    return bodies;
}

std::optional<Body> BodyRepository::findByName(const QString& name) const
{
    Statement query(m_database,
                    QStringLiteral("SELECT %1 FROM body WHERE search_key = ? ORDER BY id LIMIT 1")
                        .arg(columns));
    query.bind(SearchKeys::of(persian::normalizeForStorage(name))).exec();
    if (!query.next())
        return std::nullopt;
    return bodyFrom(query);
}

Id BodyRepository::insert(Body& body)
{
    Body stored = normalized(body);
    Transaction transaction(m_database);
    requireUniqueName(stored);
    Statement statement(m_database,
                        QStringLiteral("INSERT INTO body (name, kind, description, merged_into, "
                                       "merged_on, active, search_key) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bindBody(statement, stored);
    statement.exec(bodyRefusals());
    stored.id = statement.lastInsertId();
    transaction.commit();
    body = stored;
    return body.id;
}

void BodyRepository::update(const Body& body)
{
    const Body stored = normalized(body);
    Transaction transaction(m_database);
    requireUniqueName(stored);
    VersionedWrite write(m_database, QStringLiteral("body"),
                         QStringLiteral("name = ?, kind = ?, description = ?, merged_into = ?, "
                                        "merged_on = ?, active = ?, search_key = ?"),
                         stored.id, stored.version,
                         QCoreApplication::translate(
                             "Storage", "This body is no longer in the database; someone may have "
                                        "removed it. Reload the list."));
    bindBody(write.statement(), stored);
    write.exec(bodyRefusals());
    transaction.commit();
}

void BodyRepository::remove(Id id, const RowVersion& read)
{
    Transaction transaction(m_database);
    Refusals refusals;
    refusals.foreignKey = QCoreApplication::translate(
        "Storage", "This body cannot be removed: members, meeting series, attendance or "
                   "merged groups still refer to it. Mark it as inactive instead.");
    removeVersioned(m_database, QStringLiteral("body"), id, read, refusals);
    transaction.commit();
}

void BodyRepository::requireUniqueName(const Body& body) const
{
    const auto existing = findByName(body.name);
    if (existing && existing->id != body.id)
        throw StorageError(QCoreApplication::translate(
                               "Storage",
                               "A body with this name already exists. Choose another name, or use "
                               "the existing body."),
                           body.name);
}

} // namespace jalaseh::storage
