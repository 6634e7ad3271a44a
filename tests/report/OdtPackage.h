#pragma once

#include <QByteArray>
#include <QString>

namespace jalaseh::test {

// Reads one member of a zip package (an ODT file) such as "content.xml"; empty when the file is
// not a zip or has no such member. Enough of the zip format for the files Qt and LibreOffice
// write: stored and deflated members.
QByteArray zipMember(const QString& zipPath, const QString& member);

} // namespace jalaseh::test
