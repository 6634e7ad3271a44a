#include "JsonDuplicateKeys.h"

#include <QList>
#include <QSet>

namespace jalaseh::exchange {
namespace {

// One open object or array while scanning: the keys met so far in an object, the position in
// an array, and the path that leads to it.
struct Container
{
    bool isObject = false;
    QSet<QString> keys;
    QString pendingKey; // the key whose value comes next (objects)
    int index = 0;      // the index of the next value (arrays)
    QString path;
};

class Scanner
{
public:
    explicit Scanner(const QByteArray& json)
        : m_json(json)
    {
    }

    std::optional<QString> firstDuplicate()
    {
        QList<Container> open;
        bool expectKey = false;
        while (m_at < m_json.size()) {
            const char c = m_json.at(m_at);
            if (c == '"') {
                const QString text = readString();
                if (expectKey && !open.isEmpty() && open.last().isObject) {
                    Container& object = open.last();
                    if (object.keys.contains(text))
                        return join(object.path, text);
                    object.keys.insert(text);
                    object.pendingKey = text;
                    expectKey = false;
                } else {
                    valueDone(open);
                }
                continue;
            }
            ++m_at;
            if (c == '{' || c == '[') {
                Container inner;
                inner.isObject = c == '{';
                inner.path = childPath(open);
                open.append(inner);
                expectKey = inner.isObject;
            } else if (c == '}' || c == ']') {
                if (!open.isEmpty())
                    open.removeLast();
                valueDone(open);
                expectKey = false;
            } else if (c == ',') {
                expectKey = !open.isEmpty() && open.last().isObject;
            } else if (c != ':' && c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                // A number, true, false or null: read to its end as one value.
                while (m_at < m_json.size() && !QByteArray(",]} \t\n\r").contains(m_json.at(m_at)))
                    ++m_at;
                valueDone(open);
            }
        }
        return std::nullopt;
    }

private:
    static QString join(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    static QString childPath(const QList<Container>& open)
    {
        if (open.isEmpty())
            return {};
        const Container& parent = open.last();
        if (parent.isObject)
            return join(parent.path, parent.pendingKey);
        return QStringLiteral("%1[%2]").arg(parent.path).arg(parent.index);
    }

    // A value ended: an array moves to its next index (objects move on at the next key).
    static void valueDone(QList<Container>& open)
    {
        if (!open.isEmpty() && !open.last().isObject)
            ++open.last().index;
    }

    // Reads the string starting at the opening quote, decoding escapes as the parser does, so
    // that "a" and "\u0061" count as the same key.
    QString readString()
    {
        ++m_at; // the opening quote
        QByteArray utf8;
        QString text;
        auto flush = [&] {
            text += QString::fromUtf8(utf8);
            utf8.clear();
        };
        while (m_at < m_json.size() && m_json.at(m_at) != '"') {
            const char c = m_json.at(m_at++);
            if (c != '\\') {
                utf8.append(c);
                continue;
            }
            if (m_at >= m_json.size())
                break;
            const char escaped = m_json.at(m_at++);
            if (escaped == 'u') {
                flush();
                text += QChar(char16_t(m_json.mid(m_at, 4).toUShort(nullptr, 16)));
                m_at += 4;
            } else {
                const int known = QByteArray("\"\\/bfnrt").indexOf(escaped);
                utf8.append(known < 0 ? escaped : "\"\\/\b\f\n\r\t"[known]);
            }
        }
        flush();
        ++m_at; // the closing quote
        return text;
    }

    const QByteArray& m_json;
    qsizetype m_at = 0;
};

} // namespace

std::optional<QString> firstDuplicateKey(const QByteArray& json)
{
    return Scanner(json).firstDuplicate();
}

} // namespace jalaseh::exchange
