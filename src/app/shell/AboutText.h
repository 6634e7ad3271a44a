#pragma once

#include <QString>

namespace jalaseh::app {

// The text of Help > About, as rich text: what Jalaseh is, its version (from CMake, see
// src/Version.h.in), its licence and the notices of what it carries or links (the fonts built
// into it, Qt, ICU, qpdf, the template library, SQLite and libpq through Qt's drivers).
// `databasePath` is the open database, empty when there is none.
QString aboutText(const QString& databasePath);

} // namespace jalaseh::app
