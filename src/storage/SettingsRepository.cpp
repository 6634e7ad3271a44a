#include "SettingsRepository.h"

#include "persian/Normalize.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace jalaseh::storage {

SettingsRepository::SettingsRepository(Database& database)
    : m_database(database)
{
}

Organisation SettingsRepository::organisation() const
{
    Organisation organisation;
    Statement query(m_database, QStringLiteral("SELECT name, logo_png FROM organisation "
                                               "WHERE id = 1"));
    query.exec();
    if (query.next()) {
        organisation.name = query.text(0);
        organisation.logoPng = query.blob(1);
    }
    Statement lines(m_database, QStringLiteral("SELECT text FROM letterhead_line "
                                               "ORDER BY position"));
    lines.exec();
    while (lines.next())
        organisation.letterheadLines.append(lines.text(0));
    return organisation;
}

void SettingsRepository::setOrganisation(const Organisation& organisation)
{
    Transaction transaction(m_database);
    Statement(m_database, QStringLiteral("INSERT INTO organisation (id, name, logo_png) "
                                         "VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                                         "name = excluded.name, logo_png = excluded.logo_png"))
        .bind(persian::normalizeForStorage(organisation.name))
        .bind(organisation.logoPng)
        .exec();
    Statement(m_database, QStringLiteral("DELETE FROM letterhead_line")).exec();
    Statement line(m_database, QStringLiteral("INSERT INTO letterhead_line (position, text) "
                                              "VALUES (?, ?)"));
    int position = 1;
    for (const QString& text : organisation.letterheadLines)
        line.bind(position++).bind(persian::normalizeForStorage(text)).exec();
    transaction.commit();
}

} // namespace jalaseh::storage
