#include "SettingsRepository.h"

#include "core/Attachment.h"
#include "persian/Normalize.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

namespace jalaseh::storage {

SettingsRepository::SettingsRepository(Database& database)
    : m_database(database)
{
}

Organisation SettingsRepository::organisation() const
{
    Organisation organisation;
    Statement query(m_database, QStringLiteral("SELECT name, logo_png, verification_address "
                                               "FROM organisation WHERE id = 1"));
    query.exec();
    if (query.next()) {
        organisation.name = query.text(0);
        organisation.logoPng = query.blob(1);
        organisation.verificationAddress = query.text(2);
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
    Statement(m_database,
              QStringLiteral("INSERT INTO organisation (id, name, logo_png, verification_address) "
                             "VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                             "name = excluded.name, logo_png = excluded.logo_png, "
                             "verification_address = excluded.verification_address"))
        .bind(persian::normalizeForStorage(organisation.name))
        .bind(organisation.logoPng)
        .bind(organisation.verificationAddress.trimmed())
        .exec();
    Statement(m_database, QStringLiteral("DELETE FROM letterhead_line")).exec();
    Statement line(m_database, QStringLiteral("INSERT INTO letterhead_line (position, text) "
                                              "VALUES (?, ?)"));
    int position = 1;
    for (const QString& text : organisation.letterheadLines)
        line.bind(position++).bind(persian::normalizeForStorage(text)).exec();
    transaction.commit();
}

ReviewRules SettingsRepository::reviewRules() const
{
    ReviewRules rules;
    Statement query(m_database, QStringLiteral("SELECT consecutive_absence_limit, "
                                               "yearly_absence_limit, quiet_months "
                                               "FROM organisation WHERE id = 1"));
    query.exec();
    if (query.next()) {
        rules.consecutiveAbsences = int(query.integer(0));
        rules.absencesInOneYear = int(query.integer(1));
        rules.quietMonths = int(query.integer(2));
    }
    return rules;
}

void SettingsRepository::setReviewRules(const ReviewRules& rules)
{
    if (!rules.isValid())
        throw StorageError(
            QCoreApplication::translate(
                "Storage",
                "The attendance rules were not saved: absences in a row must be from 1 to %1, "
                "absences in a year from 1 to %2, and months without a meeting from 1 to %3.")
                .arg(ReviewRules::maxConsecutiveAbsences)
                .arg(ReviewRules::maxAbsencesInOneYear)
                .arg(ReviewRules::maxQuietMonths));
    Transaction transaction(m_database);
    // The organisation's row may not exist yet: the rules can be set before its name.
    Statement(m_database,
              QStringLiteral("INSERT INTO organisation (id, consecutive_absence_limit, "
                             "yearly_absence_limit, quiet_months) VALUES (1, ?, ?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET "
                             "consecutive_absence_limit = excluded.consecutive_absence_limit, "
                             "yearly_absence_limit = excluded.yearly_absence_limit, "
                             "quiet_months = excluded.quiet_months"))
        .bind(rules.consecutiveAbsences)
        .bind(rules.absencesInOneYear)
        .bind(rules.quietMonths)
        .exec();
    transaction.commit();
}

qint64 SettingsRepository::attachmentLimit() const
{
    Statement query(m_database,
                    QStringLiteral("SELECT attachment_limit FROM organisation WHERE id = 1"));
    query.exec();
    return query.next() ? query.integer(0) : defaultAttachmentLimit;
}

void SettingsRepository::setAttachmentLimit(qint64 bytes)
{
    if (bytes < 1 || bytes > maxAttachmentLimit)
        throw StorageError(QCoreApplication::translate("Storage",
                                                       "The attachment limit was not saved: it "
                                                       "must be from 1 byte to %1.")
                               .arg(attachmentSizeText(maxAttachmentLimit)));
    Transaction transaction(m_database);
    Statement(m_database, QStringLiteral("INSERT INTO organisation (id, attachment_limit) VALUES "
                                         "(1, ?) ON CONFLICT (id) DO UPDATE SET "
                                         "attachment_limit = excluded.attachment_limit"))
        .bind(bytes)
        .exec();
    transaction.commit();
}

} // namespace jalaseh::storage
