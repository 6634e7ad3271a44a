#pragma once

#include <QString>
#include <stdexcept>

namespace jalaseh::report {

// A document could not be made or written. `userMessage` is a sentence for the user saying what
// happened and what to do; `technicalDetail` is for logs (a template parser's or a device's text).
class ReportError : public std::runtime_error
{
public:
    explicit ReportError(QString userMessage, QString technicalDetail = {})
        : std::runtime_error(userMessage.toStdString())
        , m_userMessage(std::move(userMessage))
        , m_technicalDetail(std::move(technicalDetail))
    {
    }
    const QString& userMessage() const { return m_userMessage; }
    const QString& technicalDetail() const { return m_technicalDetail; }

private:
    QString m_userMessage;
    QString m_technicalDetail;
};

} // namespace jalaseh::report
