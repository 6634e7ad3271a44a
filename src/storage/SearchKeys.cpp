#include "SearchKeys.h"

#include "core/Meeting.h"
#include "persian/Normalize.h"
#include "storage/Database.h"
#include "storage/Statement.h"

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

QString SearchKeys::ofMeeting(const Meeting& meeting)
{
    return keyOfTexts({meeting.title, meeting.venue, meeting.summary});
}

QString SearchKeys::fingerprint()
{
    // Arabic kaf and yeh, a split plural, ZWNJ, Arabic-Indic and Persian digits, tatweel, a
    // diacritic, Latin capitals and doubled spaces: a new rule for any of them changes this key.
    static const QString probe = QString::fromUtf8(
        "\xd9\x83\xd8\xaa\xd8\xa7\xd8\xa8\xd8\xae\xd8\xa7\xd9\x86\xd9\x87 \xd9\x87\xd8\xa7\xd9\x8a "
        "\xd9\x85\xdb\x8c\xe2\x80\x8c\xd8\xb1\xd9\x88\xd9\x85 \xd9\xa1\xd9\xa2 \xdb\xb3\xdb\xb4 56 "
        "\xd8\xb9\xd9\x80\xd9\x84\xd9\x90\xdb\x8c  Jalaseh");
    return of(probe);
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
    rebuildTable(database, QStringLiteral("meeting"), QStringLiteral("title, venue, summary"),
                 &keyOfTexts);
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
