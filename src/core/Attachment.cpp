#include "Attachment.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace jalaseh {

QString attachmentHash(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString attachmentSizeText(qint64 bytes)
{
    const auto scaled = [](double value) {
        return QString::number(value, 'f', value < 10 ? 1 : 0);
    };
    if (bytes < 1024)
        return QCoreApplication::translate("Attachment", "%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return QCoreApplication::translate("Attachment", "%1 KB").arg(scaled(bytes / 1024.0));
    return QCoreApplication::translate("Attachment", "%1 MB")
        .arg(scaled(bytes / (1024.0 * 1024.0)));
}

} // namespace jalaseh
