#pragma once

#include "DemoDatabase.h"

#include <QByteArray>
#include <QStringList>

namespace jalaseh::test {

// Runs `jalaseh --db DEMO export WHAT ARGUMENTS -o FILE` in-process, as a script would, and
// returns the bytes of FILE (in the demo's folder); fails the test when the command fails.
QByteArray exportToFile(const DemoDatabase& demo, const QString& what, const QStringList& arguments,
                        const QString& fileName);

} // namespace jalaseh::test
