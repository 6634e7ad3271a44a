#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace jalaseh {

// The organisation whose meetings are recorded; one per database, kept in its settings.
struct Organisation
{
    QString name; // e.g. "شبکه کتابخانه‌های دانشگاهی کشور"
    QStringList letterheadLines; // printed above the formal minutes, top to bottom
    QByteArray logoPng;          // empty when there is no logo
    // Where a copy of approved minutes is checked, e.g. "https://example.org/verify?id=": their
    // QR code holds it followed by the document id. Not part of the minutes' snapshot.
    QString verificationAddress;

    bool operator==(const Organisation&) const = default;
};

} // namespace jalaseh
