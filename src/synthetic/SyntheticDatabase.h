#pragma once

#include <QtGlobal>

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::synthetic {

// How much to make. The defaults are the product's ten-year bar (PRODUCT.md); tests use small
// sizes. Totals are exact whenever they fit (a meeting cannot list more people than exist).
struct SyntheticSize
{
    int years = 10;
    int people = 2000;
    int bodies = 60;
    int meetings = 5000;
    int attendance = 100000;
    int contributions = 50000;
    int decisions = 50000;
    int proposals = 10000;
    int actionItems = 10000;

    // The ten-year sizes scaled to `years` (each at least 1), as `init --synthetic YEARS` makes.
    static SyntheticSize forYears(int years);
};

// Fills an empty database with a plausible network: Persian names, a steering committee and
// working groups (some merged into others), memberships that change over the years, numbered
// meetings spread over the Jalali years up to 1403, their attendance, agenda, contributions,
// proposals, decisions (deferred ones reviewed at the next meeting) and action items. The same
// seed gives the same database. One transaction; prepared statements are reused.
void generateSynthetic(storage::Database& database, const SyntheticSize& size, quint32 seed);

} // namespace jalaseh::synthetic
