#include "core/Error.h"

namespace jalaseh {
namespace {

// what() is for logs: the message with the technical detail after it.
std::string describe(const QString& userMessage, const QString& technicalDetail)
{
    if (technicalDetail.isEmpty())
        return userMessage.toStdString();
    return QString(userMessage + QStringLiteral(" (") + technicalDetail + QLatin1Char(')'))
        .toStdString();
}

QString joined(const Error::Advice& advice)
{
    if (advice.whatToDo.isEmpty())
        return advice.whatHappened;
    return advice.whatHappened + QLatin1Char(' ') + advice.whatToDo;
}

} // namespace

Error::Error(QString userMessage, QString technicalDetail)
    : std::runtime_error(describe(userMessage, technicalDetail))
    , m_userMessage(std::move(userMessage))
    , m_technicalDetail(std::move(technicalDetail))
{
}

Error::Error(Advice advice, QString technicalDetail)
    : std::runtime_error(describe(joined(advice), technicalDetail))
    , m_advice(std::move(advice))
    , m_userMessage(joined(m_advice))
    , m_technicalDetail(std::move(technicalDetail))
{
}

} // namespace jalaseh
