#include "StorageFixture.h"

#include "TestDatabases.h"
#include "storage/BodyRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/PersonRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <catch2/catch.hpp>

namespace jalaseh::storage::test {

TemporaryDatabase::TemporaryDatabase()
    : m_path(jalaseh::test::freshDatabaseAddress(m_folder))
{
    REQUIRE(m_folder.isValid());
    OpenOptions options;
    options.create = true;
    auto result = Database::open(m_path, options);
    INFO(result.message.toStdString());
    REQUIRE(result.database);
    m_database = std::move(result.database);
}

Database::OpenResult TemporaryDatabase::reopen(const OpenOptions& options)
{
    m_database.reset();
    auto result = Database::open(m_path, options);
    if (result.database)
        m_database = std::move(result.database);
    return result;
}

Id addPerson(Database& database, const QString& familyName, const QString& givenName, Gender gender)
{
    Person person;
    person.familyName = familyName;
    person.givenName = givenName;
    person.gender = gender;
    return PersonRepository(database).insert(person);
}

Id addBody(Database& database, const QString& name, BodyKind kind)
{
    Body body;
    body.name = name;
    body.kind = kind;
    return BodyRepository(database).insert(body);
}

Id addSeries(Database& database, const QString& name, std::optional<Id> bodyId)
{
    MeetingSeries series;
    series.name = name;
    series.bodyId = bodyId;
    return MeetingSeriesRepository(database).insert(series);
}

Id addMeeting(Database& database, Id seriesId, const QDate& date, int number)
{
    Meeting meeting;
    meeting.seriesId = seriesId;
    meeting.number = number;
    meeting.date = date;
    meeting.start = QTime(12, 0);
    meeting.end = QTime(13, 20);
    meeting.title = QStringLiteral("جلسه");
    return MeetingRepository(database).insert(meeting);
}

RawSqlite::RawSqlite(const QString& path)
{
    static int connections = 0;
    m_name = QStringLiteral("raw-sqlite-%1").arg(++connections);
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    connection.setDatabaseName(path);
    REQUIRE(connection.open());
}

RawSqlite::~RawSqlite()
{
    {
        QSqlDatabase connection = QSqlDatabase::database(m_name, false);
        connection.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

void RawSqlite::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    const bool prepared = query.prepare(sql);
    INFO(sql.toStdString() << " -> " << query.lastError().text().toStdString());
    REQUIRE(prepared);
    for (const QVariant& value : values)
        query.addBindValue(value);
    const bool executed = query.exec();
    INFO(query.lastError().text().toStdString());
    REQUIRE(executed);
}

void RawSqlite::execFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (const QString& statement :
         text.split(QRegularExpression(QStringLiteral(";\\s*\\n")), Qt::SkipEmptyParts)) {
        if (!statement.trimmed().isEmpty())
            exec(statement);
    }
}

QVariant RawSqlite::scalar(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    REQUIRE(query.prepare(sql));
    for (const QVariant& value : values)
        query.addBindValue(value);
    INFO(sql.toStdString() << " -> " << query.lastError().text().toStdString());
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0);
}

QList<QVariantList> RawSqlite::rows(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    QList<QVariantList> result;
    while (query.next()) {
        QVariantList row;
        for (int column = 0; column < query.record().count(); ++column)
            row.append(query.value(column));
        result.append(row);
    }
    return result;
}

QStringList RawSqlite::tableNames()
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    // Full-text tables are left out: their rows are in their shadow tables.
    REQUIRE(query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                      "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

QStringList RawSqlite::schema()
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    REQUIRE(query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema "
                                      "WHERE sql IS NOT NULL")));
    QStringList objects;
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    while (query.next()) {
        QString sql = query.value(2).toString();
        sql.replace(whitespace, QStringLiteral(" "));
        sql.replace(QStringLiteral("( "), QStringLiteral("("));
        sql.replace(QStringLiteral(" )"), QStringLiteral(")"));
        objects.append(query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString() +
                       QStringLiteral(": ") + sql);
    }
    objects.sort();
    return objects;
}

QStringList RawSqlite::columnsOf(const QString& table)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    REQUIRE(query.exec(
        QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table)));
    QStringList columns;
    while (query.next())
        columns.append(query.value(0).toString());
    return columns;
}

QString RawSqlite::dumpTable(const QString& table, const QStringList& columns)
{
    // Names come from the test or from sqlite_schema, not from a user.
    const QString list = columns.isEmpty() ? QStringLiteral("*") : columns.join(QLatin1Char(','));
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    REQUIRE(query.exec(QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY 1, 2").arg(list, table)));
    QString text = QStringLiteral("== %1\n").arg(table);
    while (query.next()) {
        QStringList values;
        for (int column = 0; column < query.record().count(); ++column)
            values.append(query.value(column).toString());
        text += values.join(QLatin1Char('|')) + QLatin1Char('\n');
    }
    return text;
}

QString RawSqlite::dump()
{
    QString text;
    for (const QString& table : tableNames())
        text += dumpTable(table);
    return text;
}

FileSnapshot FileSnapshot::of(const QString& path)
{
    FileSnapshot snapshot;
    QFile file(path);
    snapshot.exists = file.exists();
    if (file.open(QIODevice::ReadOnly))
        snapshot.bytes = file.readAll();
    snapshot.modified = QFileInfo(path).lastModified();
    return snapshot;
}

QString fixturePath(const QString& name)
{
    return QStringLiteral(JALASEH_SOURCE_DIR "/tests/storage/fixtures/") + name;
}

} // namespace jalaseh::storage::test
