#pragma once

#include "Id.h"

#include <QByteArray>
#include <QString>

namespace jalaseh {

// A file attached to a meeting (agenda papers, slides, letters), kept in the database. Lists and
// the minutes carry it without its bytes (`content` empty); the bytes are read only to open,
// save or export the file. `sha256` is the lowercase hex SHA-256 of the bytes. Attachments are
// added and removed, never edited, so they carry no row version.
struct Attachment
{
    Id id = 0;
    Id meetingId = 0;
    QString name;
    qint64 size = 0;
    QString mediaType;
    QString sha256;
    QByteArray content;

    bool operator==(const Attachment&) const = default;
};

// The lowercase hex SHA-256 of `bytes`, as `Attachment::sha256` holds it.
QString attachmentHash(const QByteArray& bytes);

// A size for people: "740 bytes", "12.5 KB", "3.2 MB" (one decimal below 10, none above), in
// Latin digits, its unit translated (context "Attachment").
QString attachmentSizeText(qint64 bytes);

} // namespace jalaseh
