// readHonorificList (declared in Phrasing.h): the people of a pasted attendee phrase.
#include "Normalize.h"
#include "Phrasing.h"

#include <optional>

namespace jalaseh::persian {

namespace {

// A word as typed (normalised for storage) and its search key, worked out once.
struct Word
{
    QString text;
    QString key;
};

QString joined(const QList<Word>& words)
{
    QString text;
    for (const Word& word : words)
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + word.text;
    return text;
}

// One stretch of text between commas, "و", colons, parentheses and sentence ends.
struct Item
{
    QList<Word> words;
    bool inParentheses = false;
    bool startsAfresh = false; // after a parenthesis or a sentence end: no honorific carries over
    bool isHeading = false;    // ends with a colon: "حاضران:", "جناب آقایان:"
};

bool isItemSeparator(QChar c)
{
    return c == QChar(0x060C) || c == QLatin1Char(',') || c == QChar(0x066C);
}

bool isSentenceSeparator(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('\n') || c == QChar(0x061B) ||
           c == QLatin1Char(';') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
           c == QChar(0x061F);
}

bool isParenthesis(QChar c)
{
    return c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('[') ||
           c == QLatin1Char(']') || c == QChar(0xFD3E) || c == QChar(0xFD3F);
}

QList<Item> splitItems(const QString& text)
{
    QList<Item> items;
    Item current;
    int depth = 0;
    bool afresh = true;
    QString word;
    const auto endWord = [&] {
        if (word == QStringLiteral("و")) { // the conjunction ends an item like a comma
            if (!current.words.isEmpty())
                items.append(current);
            current = Item{{}, depth > 0, false};
        } else if (!word.isEmpty()) {
            if (current.words.isEmpty()) {
                current.inParentheses = depth > 0;
                current.startsAfresh = afresh;
                afresh = false;
            }
            current.words.append({word, searchKey(word)});
        }
        word.clear();
    };
    const auto endItem = [&] {
        endWord();
        if (!current.words.isEmpty())
            items.append(current);
        current = Item{};
    };
    for (const QChar c : text) {
        if (c == QLatin1Char(':')) {
            endWord();
            current.isHeading = true;
            endItem();
        } else if (isItemSeparator(c)) {
            endItem();
        } else if (isSentenceSeparator(c) || isParenthesis(c)) {
            endItem();
            afresh = true;
            if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QChar(0xFD3F))
                ++depth;
            else if (isParenthesis(c))
                depth = qMax(0, depth - 1);
        } else if (c.isSpace() || c == QLatin1Char('"') || c == QChar(0x00AB) ||
                   c == QChar(0x00BB)) {
            endWord();
        } else {
            word.append(c);
        }
    }
    endItem();
    return items;
}

// As searchKey writes them (no spaces, آ as ا), so every spelling of each is one entry.
std::optional<Gender> honorificGender(const QString& key)
{
    static const QList<QPair<QString, Gender>> table = [] {
        QList<QPair<QString, Gender>> list;
        for (const char16_t* words : {u"سرکار خانم‌ها", u"سرکار خانم", u"سرکار خانمان",
                                      u"خانم‌ها", u"خانم", u"سرکار", u"بانو", u"بانوان"})
            list.append({searchKey(QStringView(words)), Gender::Female});
        for (const char16_t* words :
             {u"جناب آقایان", u"جناب آقای", u"جناب آقا", u"آقایان", u"آقای", u"آقا", u"جناب"})
            list.append({searchKey(QStringView(words)), Gender::Male});
        return list;
    }();
    for (const auto& [honorificKey, gender] : table) {
        if (key == honorificKey)
            return gender;
    }
    return std::nullopt;
}

AcademicTitle titleOf(const QString& key)
{
    if (key == QStringLiteral("دکتر"))
        return AcademicTitle::Doctor;
    if (key == QStringLiteral("مهندس"))
        return AcademicTitle::Engineer;
    return AcademicTitle::None;
}

// Splits a word that glues an honorific or a title to what follows ("دکترغزنوی",
// "سرکارخانمهادکتر"); only for words that cannot begin a family name, and only when at least
// two letters follow, so "دکتری" and "آقایی" stay names.
QList<Word> unglued(const Word& word)
{
    static const QStringList gluable = [] {
        QStringList keys;
        for (const char16_t* words : {u"سرکار خانم‌ها", u"سرکار خانم", u"جناب آقایان",
                                      u"جناب آقای", u"سرکار", u"جناب", u"دکتر", u"مهندس"})
            keys.append(searchKey(QStringView(words)));
        return keys;
    }();
    for (const QString& prefix : gluable) {
        if (word.key.size() < prefix.size() + 2 || !word.key.startsWith(prefix))
            continue;
        // The key may have dropped characters (harakat, ZWNJ): find where the prefix ends in
        // the text by growing it until its key is the prefix.
        for (qsizetype length = prefix.size(); length < word.text.size(); ++length) {
            const QString head = word.text.first(length);
            if (searchKey(head) == prefix) {
                const QString tail = word.text.sliced(length);
                return QList<Word>{{head, prefix}} + unglued({tail, searchKey(tail)});
            }
        }
    }
    return {word};
}

bool isStopWord(const QString& key)
{
    static const QStringList stopWords = [] {
        QStringList keys;
        for (const char16_t* words :
             {u"به", u"در", u"از", u"با", u"که", u"را", u"نیز", u"هم", u"برای", u"بر", u"تا",
              u"حضور", u"داشتند", u"بودند", u"است", u"شد", u"شدند", u"بعنوان", u"عنوان"})
            keys.append(searchKey(QStringView(words)));
        return keys;
    }();
    return stopWords.contains(key);
}

bool looksLikeName(const QList<Word>& words)
{
    for (const Word& word : words) {
        for (const QChar c : word.text) {
            if (c.isDigit() || !(c.isLetterOrNumber() || c.isMark() || c == QChar(0x200C) ||
                                 c == QLatin1Char('-')))
                return false;
        }
    }
    return !words.isEmpty();
}

// Reads the items in order, keeping the honorific in force ("سرکار خانم‌ها" covers the
// names after it until another honorific, a parenthesis or the end of a sentence).
class ItemReader
{
public:
    ItemReader(HonorificReading& reading, bool textHasParentheses)
        : m_reading(reading)
        , m_textHasParentheses(textHasParentheses)
    {
    }

    void read(const Item& item)
    {
        if (item.startsAfresh)
            dropContext();
        QList<Word> words;
        for (const Word& word : item.words)
            words += unglued(word);
        qsizetype position = 0;
        const std::optional<Gender> said = readHonorific(words, position);
        if (item.isHeading && !(said && position == words.size())) {
            addUnread(joined(item.words)); // "حاضران:" heads a list but names no one
            dropContext();
            return;
        }
        if (said)
            setContext(*said, item);
        const AcademicTitle title =
            position < words.size() ? titleOf(words[position].key) : AcademicTitle::None;
        if (title != AcademicTitle::None)
            ++position;
        QList<Word> name;
        while (position < words.size() && name.size() < 4 && !isStopWord(words[position].key))
            name.append(words[position++]);
        const QList<Word> leftOver = words.sliced(position);

        const bool personExpected = said || title != AcademicTitle::None || m_context ||
                                    (!m_textHasParentheses || item.inParentheses);
        if (name.isEmpty() && said && leftOver.isEmpty())
            return; // an honorific alone ("جناب آقایان:") names the people that follow
        const bool sentenceNotList =
            !said && title == AcademicTitle::None && !m_context && !leftOver.isEmpty();
        if (!personExpected || !looksLikeName(name) || sentenceNotList) {
            if (said)
                m_contextUsed = true; // reported with the whole item, not twice
            addUnread(joined(item.words));
            dropContext();
            return;
        }
        NamedPerson person;
        person.gender = m_context.value_or(Gender::Unspecified);
        person.title = title;
        person.familyName = joined(name);
        m_reading.people.append(person);
        m_contextUsed = true;
        if (!leftOver.isEmpty()) { // "... به عنوان مهمان مدعو": the list has ended
            addUnread(joined(leftOver));
            dropContext();
        }
    }

    void finish() { dropContext(); }

private:
    // The longest run of up to three words that spells an honorific ("سرکار خانم ها").
    static std::optional<Gender> readHonorific(const QList<Word>& words, qsizetype& position)
    {
        for (qsizetype count = qMin<qsizetype>(3, words.size()); count > 0; --count) {
            QString key;
            for (qsizetype i = 0; i < count; ++i)
                key += words[i].key;
            if (const auto gender = honorificGender(key)) {
                position = count;
                return gender;
            }
        }
        return std::nullopt;
    }

    void setContext(Gender gender, const Item& item)
    {
        dropContext();
        m_context = gender;
        m_contextUsed = false;
        m_contextText = joined(item.words);
    }

    void dropContext()
    {
        if (m_context && !m_contextUsed)
            addUnread(m_contextText);
        m_context.reset();
        m_contextUsed = true;
    }

    void addUnread(const QString& text)
    {
        if (!text.isEmpty())
            m_reading.unread.append(text);
    }

    HonorificReading& m_reading;
    const bool m_textHasParentheses;
    std::optional<Gender> m_context;
    bool m_contextUsed = true;
    QString m_contextText;
};

} // namespace

HonorificReading readHonorificList(QStringView text)
{
    const QString normalized = normalizeForStorage(text);
    HonorificReading reading;
    bool hasParentheses = false;
    for (const QChar c : normalized)
        hasParentheses = hasParentheses || isParenthesis(c);
    ItemReader reader(reading, hasParentheses);
    for (const Item& item : splitItems(normalized))
        reader.read(item);
    reader.finish();
    return reading;
}

} // namespace jalaseh::persian
