#include "StorageError.h"

namespace jalaseh::storage {
namespace {

std::string describe(const QString& userMessage, const QString& technicalDetail)
{
    if (technicalDetail.isEmpty())
        return userMessage.toStdString();
    const QString described =
        userMessage + QStringLiteral(" (") + technicalDetail + QLatin1Char(')');
    return described.toStdString();
}

} // namespace

StorageError::StorageError(QString userMessage, QString technicalDetail)
    : std::runtime_error(describe(userMessage, technicalDetail))
    , m_userMessage(std::move(userMessage))
    , m_technicalDetail(std::move(technicalDetail))
{
}

} // namespace jalaseh::storage
