#pragma once

// What the benchmark programs share: opening a database or stopping the program, and the
// synthetic ten-year database (PRODUCT.md's sizes), generated once into a temporary folder, or
// kept between runs in the file an environment variable names.
#include "storage/Database.h"
#include "synthetic/SyntheticDatabase.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace jalaseh::bench {

constexpr quint32 syntheticSeed = 1402;

inline std::unique_ptr<storage::Database> openOrDie(const QString& path, bool create = false)
{
    storage::OpenOptions options;
    options.create = create;
    auto result = storage::Database::open(path, options);
    if (!result.database) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(result.message));
        std::exit(1);
    }
    return std::move(result.database);
}

// The path of the ten-year database: the file `keptIn` names (generated when missing), or a
// temporary one generated on first use.
inline QString tenYearsFile(const char* keptIn)
{
    static QTemporaryDir folder;
    const QString kept = qEnvironmentVariable(keptIn);
    const QString file = kept.isEmpty() ? folder.filePath(QStringLiteral("ten-years.db")) : kept;
    if (!QFileInfo::exists(file)) {
        auto created = openOrDie(file, true);
        synthetic::generateSynthetic(*created, synthetic::SyntheticSize{}, syntheticSeed);
    }
    return file;
}

} // namespace jalaseh::bench
