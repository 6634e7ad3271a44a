// Writers killed at random moments (SIGKILL, nothing runs after it): the file they leave opens
// in Jalaseh, passes SQLite's integrity check, and holds each write wholly or not at all.
// JALASEH_KILL_RUNS sets the number of kills (scripts/kill-loop.sh runs 1,000),
// JALASEH_KILL_SEED repeats a run's moments.
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using jalaseh::storage::Database;

namespace {

const QStringList countedTables{
    QStringLiteral("meeting"),      QStringLiteral("attendance"), QStringLiteral("agenda_item"),
    QStringLiteral("contribution"), QStringLiteral("decision"),   QStringLiteral("proposal"),
    QStringLiteral("action_item"),  QStringLiteral("person"),     QStringLiteral("body")};

int environmentNumber(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

struct Run
{
    int exitCode = -1;
    bool killed = false;
    QString err;
};

// Runs the command line; when `killAfterMs` is given, kills it then if it is still running.
Run runCommand(const QStringList& arguments, std::optional<int> killAfterMs = std::nullopt)
{
    QProcess process;
    process.start(QStringLiteral(KILLABLE_JALASEH), arguments);
    REQUIRE(process.waitForStarted(10000));
    Run run;
    if (killAfterMs && !process.waitForFinished(*killAfterMs)) {
        process.kill();
        run.killed = true;
    }
    if (process.state() != QProcess::NotRunning)
        REQUIRE(process.waitForFinished(120000));
    run.exitCode = process.exitCode();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The rows of each counted table, read through Jalaseh's own opening: a file it calls damaged
// or refuses fails the test with its sentence.
QList<qint64> rowCounts(const QString& path)
{
    auto opened = Database::open(path);
    INFO(opened.message.toStdString());
    REQUIRE(opened.database);
    QSqlQuery query(opened.database->connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(query.next());
    REQUIRE(query.value(0).toString() == QLatin1String("ok"));
    QList<qint64> counts;
    for (const QString& table : countedTables) {
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
        REQUIRE(query.next());
        counts.append(query.value(0).toLongLong());
    }
    return counts;
}

QList<qint64> plus(QList<qint64> base, const QList<qint64>& step, qint64 times)
{
    for (qsizetype i = 0; i < base.size(); ++i)
        base[i] += step[i] * times;
    return base;
}

} // namespace

TEST_CASE("imports killed at random moments leave every meeting wholly there or not at all",
          "[crash][sqlite]")
{
    QTemporaryDir folder;
    const QString database = folder.filePath(QStringLiteral("minutes.jalaseh"));
    REQUIRE(runCommand({QStringLiteral("--db"), database, QStringLiteral("init"),
                        QStringLiteral("--demo")})
                .exitCode == 0);
    const QString exported = folder.filePath(QStringLiteral("seed.json"));
    REQUIRE(
        runCommand({QStringLiteral("--db"), database, QStringLiteral("export"),
                    QStringLiteral("meeting"), QStringLiteral("1"), QStringLiteral("-o"), exported})
            .exitCode == 0);
    QFile seedFile(exported);
    REQUIRE(seedFile.open(QIODevice::ReadOnly));
    const QJsonObject seed = QJsonDocument::fromJson(seedFile.readAll()).object();
    // Each import is the seed meeting under a new number, which the series does not have yet.
    const auto importArguments = [&](int number) {
        QJsonObject file = seed;
        QJsonObject meeting = file.value(QStringLiteral("meeting")).toObject();
        meeting.insert(QStringLiteral("number"), number);
        file.insert(QStringLiteral("meeting"), meeting);
        const QString path = folder.filePath(QStringLiteral("meeting-%1.json").arg(number));
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(file).toJson());
        return QStringList{QStringLiteral("--db"), database, QStringLiteral("import"),
                           QStringLiteral("meeting"), path};
    };

    // The first import adds the seed's people and bodies once; each later one adds the same rows.
    int number = 100;
    REQUIRE(runCommand(importArguments(number++)).exitCode == 0);
    const QList<qint64> afterFirst = rowCounts(database);
    QElapsedTimer clock;
    clock.start();
    const Run second = runCommand(importArguments(number++));
    const int wholeImportMs = int(clock.elapsed());
    INFO(second.err.toStdString());
    REQUIRE(second.exitCode == 0);
    const QList<qint64> afterSecond = rowCounts(database);
    QList<qint64> oneImport;
    for (qsizetype i = 0; i < afterSecond.size(); ++i)
        oneImport.append(afterSecond[i] - afterFirst[i]);
    REQUIRE(oneImport.first() == 1);

    const int runs = environmentNumber("JALASEH_KILL_RUNS", 100);
    const auto seedValue = quint32(
        environmentNumber("JALASEH_KILL_SEED", int(QRandomGenerator::global()->bounded(1 << 30))));
    INFO("JALASEH_KILL_SEED=" << seedValue << ", a whole import takes " << wholeImportMs << " ms");
    QRandomGenerator moments(seedValue);
    qint64 imported = 0;
    int killed = 0;
    for (int run = 0; run < runs; ++run) {
        // From the process's start to a little after a whole import's time, so that every stage
        // (start, reading, the transaction, the commit, the checkpoint at the close) is hit.
        const int killAfterMs = int(moments.bounded(wholeImportMs + wholeImportMs / 4 + 1));
        const Run result = runCommand(importArguments(number++), killAfterMs);
        INFO("run " << run << ", killed after " << killAfterMs
                    << " ms: " << result.err.toStdString());
        killed += result.killed ? 1 : 0;
        if (!result.killed)
            REQUIRE(result.exitCode == 0);
        const QList<qint64> counts = rowCounts(database);
        const qint64 meetings = counts.first() - afterSecond.first();
        REQUIRE((meetings == imported || meetings == imported + 1));
        imported = meetings;
        REQUIRE(counts == plus(afterSecond, oneImport, imported));
    }
    // The moments must have cut imports, and let some through, or the test proved nothing.
    CHECK(killed > runs / 4);
    CHECK(imported > 0);
    CHECK(imported < runs);
}

TEST_CASE("an init killed at random moments leaves no database or a whole one", "[crash][sqlite]")
{
    QTemporaryDir folder;
    const QString reference = folder.filePath(QStringLiteral("reference.jalaseh"));
    QElapsedTimer clock;
    clock.start();
    REQUIRE(runCommand({QStringLiteral("--db"), reference, QStringLiteral("init"),
                        QStringLiteral("--demo")})
                .exitCode == 0);
    const int wholeInitMs = int(clock.elapsed());
    const QList<qint64> demo = rowCounts(reference);

    const int runs = std::max(10, environmentNumber("JALASEH_KILL_RUNS", 100) / 4);
    const auto seedValue = quint32(
        environmentNumber("JALASEH_KILL_SEED", int(QRandomGenerator::global()->bounded(1 << 30))));
    INFO("JALASEH_KILL_SEED=" << seedValue << ", a whole init takes " << wholeInitMs << " ms");
    QRandomGenerator moments(seedValue);
    int whole = 0;
    for (int run = 0; run < runs; ++run) {
        const QString database = folder.filePath(QStringLiteral("new-%1.jalaseh").arg(run));
        const int killAfterMs = int(moments.bounded(wholeInitMs + wholeInitMs / 4 + 1));
        const Run result = runCommand(
            {QStringLiteral("--db"), database, QStringLiteral("init"), QStringLiteral("--demo")},
            killAfterMs);
        INFO("run " << run << ", killed after " << killAfterMs
                    << " ms: " << result.err.toStdString());
        if (!QFileInfo::exists(database)) {
            REQUIRE(result.killed);
            continue;
        }
        REQUIRE(rowCounts(database) == demo);
        ++whole;
    }
    CHECK(whole > 0);
    CHECK(whole < runs);
}
