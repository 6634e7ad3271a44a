#pragma once

#include <QString>

namespace jalaseh::report {

// Qt's rich text engine lays every table out left to right, whatever its direction (a
// QTextTableFormat's layout direction is ignored), so a right-to-left table would show its first
// column on the left. For the QTextDocument (PDF, ODT, print) the cells of each row are put in
// reverse order, unless the table says dir="ltr"; the exported HTML keeps the template's order,
// which browsers lay out right to left themselves. Tables nested inside table cells are not
// supported by this (the documents do not use them).
QString mirrorTablesForQt(const QString& html);

} // namespace jalaseh::report
