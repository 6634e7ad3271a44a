#pragma once

#include <QString>
#include <stdexcept>

namespace jalaseh::storage {

// Any failure of the database. `userMessage` is a sentence for the secretary (what happened and
// what to do); `technicalDetail` keeps the driver's own text for logs and bug reports.
class StorageError : public std::runtime_error
{
public:
    StorageError(QString userMessage, QString technicalDetail = {});

    const QString& userMessage() const { return m_userMessage; }
    const QString& technicalDetail() const { return m_technicalDetail; }

private:
    QString m_userMessage;
    QString m_technicalDetail;
};

} // namespace jalaseh::storage
