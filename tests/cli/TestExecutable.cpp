// The `jalaseh` program itself, started as a shell starts it: what happens between main() and the
// commands (Qt's own argument handling above all) is only seen this way.
#include "support/QtCatchPrinters.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// `locale` sets LANG, with LANGUAGE, LC_ALL and LC_MESSAGES (which would win over it) removed.
Run jalaseh(const QStringList& arguments, const QString& locale = QStringLiteral("C.UTF-8"),
            const QStringList& extraEnvironment = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), locale);
    for (const QString& setting : extraEnvironment)
        environment.insert(setting.section(QLatin1Char('='), 0, 0),
                           setting.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(JALASEH_BINARY), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("the program passes every argument to its commands, Qt's option names too", "[cli]")
{
    const QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("demo.jalaseh"));
    const Run init = jalaseh(
        {QStringLiteral("--db"), database, QStringLiteral("init"), QStringLiteral("--demo")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);

    // `--style` is also the name of a Qt option; the minutes must still come in that style.
    const auto minutes = [&](const QString& style) {
        return jalaseh({QStringLiteral("--db"), database, QStringLiteral("export"),
                        QStringLiteral("minutes"), QStringLiteral("1"), QStringLiteral("--style"),
                        style, QStringLiteral("--format"), QStringLiteral("txt")});
    };
    const Run formal = minutes(QStringLiteral("formal"));
    REQUIRE(formal.exitCode == 0);
    CHECK(formal.out.contains(QStringLiteral("صورتجلسه")));
    CHECK(formal.out.contains(QStringLiteral("مصوبات")));
    const Run invitation = minutes(QStringLiteral("invitation"));
    REQUIRE(invitation.exitCode == 0);
    CHECK(invitation.out.contains(QStringLiteral("دعوتنامه")));
    const Run narrative = minutes(QStringLiteral("narrative"));
    REQUIRE(narrative.exitCode == 0);
    CHECK(narrative.out.startsWith(
        QStringLiteral("گزارش نشست راهبران کارگروه‌ها")));
    const Run wrong = minutes(QStringLiteral("fusion"));
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("fusion")));

    const Run version = jalaseh({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("jalaseh ")));
}

TEST_CASE("the command line speaks Persian where the locale is Persian, English elsewhere", "[cli]")
{
    const Run persian = jalaseh({QStringLiteral("--help")}, QStringLiteral("fa_IR.UTF-8"));
    CHECK(persian.exitCode == 0);
    CHECK(persian.out.startsWith(QStringLiteral("کاربرد: jalaseh")));
    const Run english = jalaseh({QStringLiteral("--help")}, QStringLiteral("en_GB.UTF-8"));
    CHECK(english.exitCode == 0);
    CHECK(english.out.startsWith(QStringLiteral("Usage: jalaseh")));

    // A command's own help, and a mistake's message, follow the locale too.
    const Run help =
        jalaseh({QStringLiteral("export"), QStringLiteral("minutes"), QStringLiteral("--help")},
                QStringLiteral("fa_IR.UTF-8"));
    CHECK(help.out.startsWith(QStringLiteral("کاربرد: jalaseh --db DATABASE export minutes")));
    const Run mistake =
        jalaseh({QStringLiteral("list"), QStringLiteral("people")}, QStringLiteral("fa_IR.UTF-8"));
    CHECK(mistake.exitCode == 1);
    CHECK(mistake.err.contains(QStringLiteral("پایگاه داده می‌خواهد")));
}

TEST_CASE("every command has its help", "[cli]")
{
    const Run list = jalaseh({QStringLiteral("--help")});
    REQUIRE(list.exitCode == 0);
    int commands = 0;
    // The list's lines "  NAME" (two spaces), each followed by its summary (six spaces).
    for (const QString& line : list.out.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("  ")) || line.startsWith(QLatin1String("   ")))
            continue;
        QStringList arguments = line.trimmed().split(QLatin1Char(' '));
        arguments.append(QStringLiteral("--help"));
        const Run help = jalaseh(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains(QStringLiteral("Usage: jalaseh")));
        ++commands;
    }
    CHECK(commands >= 11);
}

TEST_CASE("a refused command writes its one sentence to the standard error, nothing before it",
          "[cli]")
{
    const QTemporaryDir dir;
    const QString notADatabase = dir.filePath(QStringLiteral("notes.jalaseh"));
    {
        // An SQLite file whose schema page is garbage: the storage logs SQLite's words with
        // qWarning before the command says what happened.
        QFile file(notADatabase);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray bytes("SQLite format 3", 16);
        bytes.append(QByteArray(4096 * 2 - 16, '\x5a'));
        file.write(bytes);
    }
    const QStringList command{QStringLiteral("--db"), notADatabase, QStringLiteral("list"),
                              QStringLiteral("meetings")};
    const Run refused = jalaseh(command);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.startsWith(QStringLiteral("The database file")));
    CHECK(refused.err.count(QLatin1Char('\n')) == 1);
    CHECK_FALSE(refused.err.contains(QStringLiteral("jalaseh storage:")));

    QProcessEnvironment debug = QProcessEnvironment::systemEnvironment();
    debug.insert(QStringLiteral("JALASEH_DEBUG"), QStringLiteral("1"));
    QProcess process;
    process.setProcessEnvironment(debug);
    process.start(QStringLiteral(JALASEH_BINARY), command);
    REQUIRE(process.waitForFinished(60000));
    CHECK(QString::fromUtf8(process.readAllStandardError())
              .contains(QStringLiteral("jalaseh storage:")));
}

TEST_CASE("a command kept waiting by another Jalaseh program names it, and a network share is "
          "warned about",
          "[cli]")
{
    const QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("shared.jalaseh"));
    REQUIRE(jalaseh({QStringLiteral("--db"), database, QStringLiteral("init"),
                     QStringLiteral("--demo")})
                .exitCode == 0);
    const QString meetingFile = dir.filePath(QStringLiteral("meeting.json"));
    REQUIRE(
        jalaseh({QStringLiteral("--db"), database, QStringLiteral("export"),
                 QStringLiteral("meeting"), QStringLiteral("1"), QStringLiteral("-o"), meetingFile})
            .exitCode == 0);

    // Another program of Jalaseh's saving to the file (storage_write_holder).
    QProcess other;
    other.start(QStringLiteral(JALASEH_WRITE_HOLDER), {database});
    REQUIRE(other.waitForStarted());
    REQUIRE(other.waitForReadyRead(10000));
    REQUIRE(other.readLine().trimmed() == "holding");
    // Reading never waits for it.
    const Run list = jalaseh(
        {QStringLiteral("--db"), database, QStringLiteral("list"), QStringLiteral("meetings")});
    CHECK(list.exitCode == 0);
    const Run import = jalaseh({QStringLiteral("--db"), database, QStringLiteral("import"),
                                QStringLiteral("meeting"), meetingFile});
    INFO(import.err.toStdString());
    CHECK(import.exitCode == 1);
    CHECK(import.err.contains(QStringLiteral("“write-holder test”")));
    CHECK(import.err.contains(QStringLiteral("process %1").arg(other.processId())));
    CHECK(import.err.contains(QStringLiteral("try again")));
    other.closeWriteChannel();
    REQUIRE(other.waitForFinished(10000));

    const Run onShare = jalaseh(
        {QStringLiteral("--db"), database, QStringLiteral("list"), QStringLiteral("meetings")},
        QStringLiteral("C.UTF-8"), {QStringLiteral("JALASEH_TEST_FILE_SYSTEM_TYPE=0xfe534d42")});
    INFO(onShare.err.toStdString());
    CHECK(onShare.exitCode == 0); // a warning, not an error
    CHECK(onShare.err.contains(QStringLiteral("Warning: ")));
    CHECK(onShare.err.contains(QStringLiteral("network file system (SMB)")));
    CHECK(onShare.out.contains(QStringLiteral("1")));
}
