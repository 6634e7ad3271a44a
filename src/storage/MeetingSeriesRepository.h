#pragma once

#include "core/MeetingSeries.h"

#include <QList>
#include <optional>

namespace jalaseh::storage {

class Database;

// Series of numbered meetings ("نشست راهبران کارگروه‌ها": اولین,
// دومین,
// ...).
class MeetingSeriesRepository
{
public:
    explicit MeetingSeriesRepository(Database& database);

    QList<MeetingSeries> all() const; // in Persian alphabetical order
    std::optional<MeetingSeries> find(Id id) const;
    std::optional<MeetingSeries> findByName(const QString& name) const;
    // Normalises the name in place and sets series.id. Two series may not share a name.
    Id insert(MeetingSeries& series);
    void update(const MeetingSeries& series);
    // Refused while the series has meetings.
    void remove(Id id, const RowVersion& read = {});
    // The number the next meeting of the series takes: one more than the highest so far.
    int nextNumber(Id seriesId) const;

private:
    void requireUniqueName(const MeetingSeries& series) const;

    Database& m_database;
};

} // namespace jalaseh::storage
