#pragma once

#include <QString>

namespace jalaseh::storage::bench {

// The measurement behind the choice of search index (schema v4): the same search as
// SearchRepository, either scanning the search-key columns (what version 3 did) or over FTS5
// tables with the trigram (what v4 does) or the unicode61 tokenizer, built on a copy.
class SearchIndexExperiment
{
public:
    enum class Tokenizer
    {
        Scan,
        Trigram,
        Unicode61
    };

    // Opens `path` (a copy: this changes the file) and builds the FTS5 tables, if any.
    SearchIndexExperiment(const QString& path, Tokenizer tokenizer);
    ~SearchIndexExperiment();

    // Hits for the key of `query`, at most `limit`, in SearchRepository's order of kinds.
    int search(const QString& query, int limit = 200) const;
    double buildSeconds() const { return m_buildSeconds; }

private:
    QString m_connection;
    Tokenizer m_tokenizer;
    double m_buildSeconds = 0;
};

} // namespace jalaseh::storage::bench
