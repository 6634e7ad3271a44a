#include "SearchKeys.h"

#include "core/Meeting.h"
#include "persian/Normalize.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QHash>
#include <QStringList>

namespace jalaseh::storage {
namespace {

// Joins the keys of separate fields; no query key contains it, so a match never spans two fields.
constexpr QChar fieldSeparator(0x1f);

const QString fingerprintName = QStringLiteral("search_key_fingerprint");

QString keyOfTexts(const QStringList& texts)
{
    QStringList keys;
    keys.reserve(texts.size());
    for (const QString& text : texts)
        keys.append(SearchKeys::of(text));
    return keys.join(fieldSeparator);
}

// Each meeting's agenda texts (title, then description, item by item), read at once.
QHash<Id, QStringList> agendaTextsByMeeting(Database& database)
{
    QHash<Id, QStringList> texts;
    Statement rows(database,
                   QStringLiteral("SELECT meeting_id, title, description FROM agenda_item "
                                  "ORDER BY meeting_id, position, id"));
    rows.exec();
    while (rows.next()) {
        QStringList& meeting = texts[rows.integer(0)];
        meeting.append(rows.text(1));
        meeting.append(rows.text(2));
    }
    return texts;
}

} // namespace

QString SearchKeys::of(QStringView text)
{
    return persian::searchKey(text);
}

QString SearchKeys::ofPerson(const QString& familyName, const QString& givenName)
{
    const QString givenFirst = of(QString(givenName + QLatin1Char(' ') + familyName).trimmed());
    const QString familyFirst = of(QString(familyName + QLatin1Char(' ') + givenName).trimmed());
    return givenFirst + fieldSeparator + familyFirst;
}

QString SearchKeys::ofMeeting(const Meeting& meeting, const QStringList& agendaTexts)
{
    QStringList texts{meeting.title, meeting.venue, meeting.summary};
    for (const QString& text : agendaTexts) {
        if (!text.trimmed().isEmpty())
            texts.append(text);
    }
    return keyOfTexts(texts);
}

void SearchKeys::refreshMeeting(Database& database, Id meetingId)
{
    const bool server = database.engine() == Engine::Postgres;
    // On a server the meeting's row is locked before its texts are read, so that two sessions
    // changing the agenda at once each write a key with the other's committed change (SQLite's
    // write lock, taken by the transaction, does the same for a file).
    Statement row(database,
                  server ? QStringLiteral("SELECT title, venue, summary, search_key FROM meeting "
                                          "WHERE id = ? FOR UPDATE")
                         : QStringLiteral("SELECT title, venue, summary, search_key FROM meeting "
                                          "WHERE id = ?"));
    row.bind(meetingId).exec();
    if (!row.next())
        return;
    Meeting meeting;
    meeting.title = row.text(0);
    meeting.venue = row.text(1);
    meeting.summary = row.text(2);
    const QString stored = row.text(3);
    QStringList agenda;
    Statement items(database, QStringLiteral("SELECT title, description FROM agenda_item "
                                             "WHERE meeting_id = ? ORDER BY position, id"));
    items.bind(meetingId).exec();
    while (items.next()) {
        agenda.append(items.text(0));
        agenda.append(items.text(1));
    }
    const QString key = ofMeeting(meeting, agenda);
    if (key == stored)
        return;
    // The key is no change anyone needs to hear of: the agenda's or the meeting's own change is
    // announced (schema step 8), and the other windows need not reload the meeting for its key.
    QString wasQuiet;
    if (server) {
        Statement quiet(
            database,
            QStringLiteral("SELECT coalesce(current_setting('jalaseh.quiet', true), '')"));
        quiet.exec();
        if (quiet.next())
            wasQuiet = quiet.text(0);
        Statement(database, QStringLiteral("SELECT set_config('jalaseh.quiet', 'on', true)"))
            .exec();
    }
    Statement(database, QStringLiteral("UPDATE meeting SET search_key = ? WHERE id = ?"))
        .bind(key)
        .bind(meetingId)
        .exec();
    if (server)
        Statement(database, QStringLiteral("SELECT set_config('jalaseh.quiet', ?, true)"))
            .bind(wasQuiet)
            .exec();
}

QString SearchKeys::fingerprint()
{
    // Arabic kaf and yeh, a split plural, ZWNJ, Arabic-Indic and Persian digits, tatweel, a
    // diacritic, Latin capitals and doubled spaces: a new rule for any of them changes this key.
    static const QString probe = QString::fromUtf8(
        "\xd9\x83\xd8\xaa\xd8\xa7\xd8\xa8\xd8\xae\xd8\xa7\xd9\x86\xd9\x87 \xd9\x87\xd8\xa7\xd9\x8a "
        "\xd9\x85\xdb\x8c\xe2\x80\x8c\xd8\xb1\xd9\x88\xd9\x85 \xd9\xa1\xd9\xa2 \xdb\xb3\xdb\xb4 56 "
        "\xd8\xb9\xd9\x80\xd9\x84\xd9\x90\xdb\x8c  Jalaseh");
    // What a meeting's key is made of (ofMeeting): files keyed before the agenda was part of
    // it are keyed again when opened.
    return of(probe) + QStringLiteral("|meeting:title,venue,summary,agenda");
}

bool SearchKeys::upToDate(const Database& database)
{
    Statement query(database, QStringLiteral("SELECT value FROM storage_meta WHERE key = ?"));
    query.bind(fingerprintName).exec();
    return query.next() && query.text(0) == fingerprint();
}

void SearchKeys::rebuild(Database& database)
{
    Transaction transaction(database);
    Statement personKeys(database,
                         QStringLiteral("SELECT id, family_name, given_name FROM person"));
    personKeys.exec();
    Statement writePerson(database,
                          QStringLiteral("UPDATE person SET family_key = ?, given_key = ?,"
                                         " search_key = ? WHERE id = ?"));
    while (personKeys.next()) {
        const QString family = personKeys.text(1);
        const QString given = personKeys.text(2);
        writePerson.bind(of(family)).bind(of(given)).bind(ofPerson(family, given));
        writePerson.bind(personKeys.integer(0)).exec();
    }
    rebuildTable(database, QStringLiteral("body"), QStringLiteral("name"), &keyOfTexts);
    rebuildTable(database, QStringLiteral("meeting_series"), QStringLiteral("name"), &keyOfTexts);
    rebuildMeetings(database);
    rebuildTable(database, QStringLiteral("contribution"), QStringLiteral("text"), &keyOfTexts);
    rebuildTable(database, QStringLiteral("proposal"), QStringLiteral("text"), &keyOfTexts);
    rebuildTable(database, QStringLiteral("decision"), QStringLiteral("text"), &keyOfTexts);
    Statement(database, QStringLiteral("INSERT INTO storage_meta (key, value) VALUES (?, ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
        .bind(fingerprintName)
        .bind(fingerprint())
        .exec();
    transaction.commit();
}

void SearchKeys::rebuildMeetings(Database& database)
{
    const QHash<Id, QStringList> agenda = agendaTextsByMeeting(database);
    Statement rows(database, QStringLiteral("SELECT id, title, venue, summary FROM meeting"));
    rows.exec();
    Statement write(database, QStringLiteral("UPDATE meeting SET search_key = ? WHERE id = ?"));
    while (rows.next()) {
        Meeting meeting;
        meeting.title = rows.text(1);
        meeting.venue = rows.text(2);
        meeting.summary = rows.text(3);
        write.bind(ofMeeting(meeting, agenda.value(rows.integer(0)))).bind(rows.integer(0)).exec();
    }
}

// `table` and `textColumns` are names from this file, never user input.
void SearchKeys::rebuildTable(Database& database, const QString& table, const QString& textColumns,
                              QString (*keyOf)(const QStringList& texts))
{
    Statement rows(database, QStringLiteral("SELECT id, %1 FROM %2").arg(textColumns, table));
    rows.exec();
    Statement write(database,
                    QStringLiteral("UPDATE %1 SET search_key = ? WHERE id = ?").arg(table));
    const int columns = textColumns.count(QLatin1Char(',')) + 1;
    QStringList texts;
    while (rows.next()) {
        texts.clear();
        for (int column = 1; column <= columns; ++column)
            texts.append(rows.text(column));
        write.bind(keyOf(texts)).bind(rows.integer(0)).exec();
    }
}

} // namespace jalaseh::storage
