#pragma once

#include "core/Body.h"

#include <QList>
#include <optional>

namespace jalaseh::storage {

class Database;

// The steering committee and the working groups, merged ones included (they keep their history).
class BodyRepository
{
public:
    explicit BodyRepository(Database& database);

    QList<Body> all() const; // in Persian alphabetical order
    std::optional<Body> find(Id id) const;
    // The bodies with these ids (missing ones are left out), by id.
    QList<Body> findAll(const QList<Id>& ids) const;
    // The body with this name however it was typed (ك/ک, ي/ی, ZWNJ).
    std::optional<Body> findByName(const QString& name) const;
    // Normalises the name in place and sets body.id. Two bodies may not share a name.
    Id insert(Body& body);
    void update(const Body& body);
    // Refused while members, series, attendance or merged groups refer to the body.
    void remove(Id id, const RowVersion& read = {});

private:
    void requireUniqueName(const Body& body) const;

    Database& m_database;
};

} // namespace jalaseh::storage
