#pragma once

#include "core/Organisation.h"

namespace jalaseh::storage {

class Database;

// The settings kept in the database file: the organisation, its logo and letterhead.
class SettingsRepository
{
public:
    explicit SettingsRepository(Database& database);

    // An empty Organisation until one was set.
    Organisation organisation() const;
    // Replaces name, letterhead lines and logo; text is normalised.
    void setOrganisation(const Organisation& organisation);

private:
    Database& m_database;
};

} // namespace jalaseh::storage
