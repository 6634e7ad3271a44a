#pragma once

#include <QString>
#include <stdexcept>

namespace jalaseh {

// The one family of failures that reach the user: storage::StorageError, report::ReportError.
// Each carries what happened and, where known, what to do about it, in sentences for the person at
// the screen, and the technical text (a driver's or a device's) for logs and bug reports. Catching
// `jalaseh::Error` catches them all.
class Error : public std::runtime_error
{
public:
    // What happened and what to do, kept apart where the thrower knows both.
    struct Advice
    {
        QString whatHappened;
        QString whatToDo;
    };

    // `userMessage` says what happened and what to do in one text.
    explicit Error(QString userMessage, QString technicalDetail = {});
    explicit Error(Advice advice, QString technicalDetail = {});

    // What happened followed by what to do: the text to show.
    const QString& userMessage() const { return m_userMessage; }
    // Empty when only the whole userMessage was given.
    const QString& whatHappened() const { return m_advice.whatHappened; }
    const QString& whatToDo() const { return m_advice.whatToDo; }
    const QString& technicalDetail() const { return m_technicalDetail; }

private:
    Advice m_advice;
    QString m_userMessage;
    QString m_technicalDetail;
};

} // namespace jalaseh
