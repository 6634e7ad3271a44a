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

    // The largest file that may be attached, in bytes (schema step 12): 20 MB until set.
    qint64 attachmentLimit() const;
    // Throws StorageError with a sentence saying the allowed range when `bytes` is out of it.
    void setAttachmentLimit(qint64 bytes);
    static constexpr qint64 defaultAttachmentLimit = 20 * 1024 * 1024;
    static constexpr qint64 maxAttachmentLimit = 500 * 1024 * 1024;

private:
    Database& m_database;
};

} // namespace jalaseh::storage
