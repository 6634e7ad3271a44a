#pragma once

#include <QString>

namespace jalaseh::storage::bench {

// The measurement behind the choice of search index: the same search as SearchRepository, over
// FTS5 tables (trigram or unicode61 tokenizer) built on the search-key columns of a copy of the
// database, to compare with the plain scan of the key columns that the product uses.
class SearchIndexExperiment
{
public:
    enum class Tokenizer
    {
        Trigram,
        Unicode61
    };

    // Builds the FTS5 tables in `path` (a copy: this changes the file) and opens it.
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
