#pragma once

#include "core/Organisation.h"
#include "core/ReviewRules.h"

namespace jalaseh::storage {

class Database;

// The settings kept in the database file: the organisation, its logo and letterhead, and its
// rules for attendance review.
class SettingsRepository
{
public:
    explicit SettingsRepository(Database& database);

    // An empty Organisation until one was set.
    Organisation organisation() const;
    // Replaces name, letterhead lines, logo and verification address; text is normalised.
    void setOrganisation(const Organisation& organisation);

    // The bylaws' defaults (3 in a row, 5 in a year, 3 months) until set.
    ReviewRules reviewRules() const;
    // Throws StorageError with a sentence saying the allowed range when a value is out of it.
    void setReviewRules(const ReviewRules& rules);

private:
    Database& m_database;
};

} // namespace jalaseh::storage
