#pragma once

#include <QString>

namespace jalaseh::persian {

// Appends characters to a QString without QString::append's per-call checks: normalisation
// writes every character of every row through it when a search index is built.
class TextBuffer
{
public:
    explicit TextBuffer(qsizetype capacity)
        : m_text(capacity, Qt::Uninitialized)
        , m_data(m_text.data())
    {
    }

    void append(char16_t c)
    {
        if (m_length == m_text.size())
            grow();
        m_data[m_length++] = QChar(c);
    }
    bool isEmpty() const { return m_length == 0; }
    char16_t back() const { return m_data[m_length - 1].unicode(); }

    QString take()
    {
        m_text.truncate(m_length);
        m_length = 0;
        return std::move(m_text);
    }

private:
    void grow()
    {
        m_text.resize(m_text.size() * 2 + 16);
        m_data = m_text.data();
    }

    QString m_text;
    QChar* m_data;
    qsizetype m_length = 0;
};

} // namespace jalaseh::persian
