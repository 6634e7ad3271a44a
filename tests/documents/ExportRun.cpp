#include "ExportRun.h"

#include "CommandRun.h"

#include <QFile>
#include <catch2/catch.hpp>

namespace jalaseh::test {

QByteArray exportToFile(const DemoDatabase& demo, const QString& what, const QStringList& arguments,
                        const QString& fileName)
{
    const QString path = demo.folder() + QLatin1Char('/') + fileName;
    const CommandRun run = runJalaseh(
        QStringList{QStringLiteral("--db"), demo.path(), QStringLiteral("export"), what} +
        arguments + QStringList{QStringLiteral("-o"), path});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace jalaseh::test
