// parseDate and parseTime (declared in JalaliDate.h): dates and times as people type them.
#include "Digits.h"
#include "JalaliDate.h"
#include "Normalize.h"

#include <array>
#include <optional>

namespace jalaseh::persian {

namespace {

const QString dateExample = QStringLiteral("۱۴۰۲/۰۱/۲۱");

QString dateFormatError()
{
    return QStringLiteral("تاریخ را به شکل %1 بنویسید").arg(dateExample);
}

// A run of digits and how many digits were typed (leading zeros count).
struct Number
{
    int value = 0;
    int digits = 0;
};

// Reads the digits at `position` in a text whose digits are Latin; at most 9 are read into the
// value (more only count), so the value never overflows.
Number readNumber(QStringView text, qsizetype& position)
{
    Number number;
    while (position < text.size() && text[position].isDigit() && text[position].unicode() < 0x80) {
        if (number.digits < 9)
            number.value = number.value * 10 + (text[position].unicode() - u'0');
        ++number.digits;
        ++position;
    }
    return number;
}

bool isDateSeparator(QChar c)
{
    return c == QLatin1Char('/') || c == QLatin1Char('-') || c == QLatin1Char('.') ||
           c == QChar(0x066B) || c == QChar(0x2215) || c == QChar(0x2212);
}

// The three numbers of "1402/1/21", "21-01-1402" or "1402 01 21"; nothing if the text has
// anything else.
std::optional<std::array<Number, 3>> readNumericParts(QStringView text)
{
    std::array<Number, 3> parts;
    qsizetype position = 0;
    for (int index = 0; index < 3; ++index) {
        if (index > 0) {
            const qsizetype before = position;
            while (position < text.size() && text[position].isSpace())
                ++position;
            if (position < text.size() && isDateSeparator(text[position]))
                ++position;
            while (position < text.size() && text[position].isSpace())
                ++position;
            if (position == before)
                return std::nullopt;
        }
        parts[index] = readNumber(text, position);
        if (parts[index].digits == 0)
            return std::nullopt;
    }
    if (position != text.size())
        return std::nullopt;
    return parts;
}

// Checks the year's form, then the day's existence.
Parsed<QDate> dateFromParts(const Number& year, int month, int day)
{
    if (year.digits < 4 || year.value < 1000)
        return {{}, QStringLiteral("سال را با چهار رقم بنویسید، مانند %1").arg(dateExample)};
    if (year.digits > 4)
        return {{}, dateFormatError()};
    if (year.value >= 1700)
        return {
            {},
            QStringLiteral(
                "سال %1 میلادی به نظر می‌رسد؛ تاریخ را شمسی بنویسید، مانند %2")
                .arg(formatNumber(year.value), dateExample)};
    QString whyNot;
    const JalaliDate date = JalaliDate::fromYmd(year.value, month, day, &whyNot);
    if (!date.isValid())
        return {{}, whyNot};
    return {date.toGregorian(), {}};
}

Parsed<QDate> parseNumericDate(QStringView text)
{
    const auto parts = readNumericParts(text);
    if (!parts)
        return {{}, dateFormatError()};
    const auto& [first, second, third] = *parts;
    if (second.digits > 2)
        return {{}, dateFormatError()};
    if (first.digits >= 3) // year first: 1402/01/21
        return third.digits > 2 ? Parsed<QDate>{{}, dateFormatError()}
                                : dateFromParts(first, second.value, third.value);
    if (third.digits >= 3) // day first, as the seed writes it: 21/01/1402
        return dateFromParts(third, second.value, first.value);
    return {{},
            QStringLiteral("سال دورقمی پذیرفته نیست؛ سال را با چهار رقم بنویسید، مانند %1")
                .arg(dateExample)};
}

// The index (1-based) of the name in `names` that `key` starts with at `position`, longest
// first, and moves past it; 0 when none.
int readName(QStringView key, qsizetype& position, const QStringList& nameKeys)
{
    int found = 0;
    qsizetype foundLength = 0;
    for (int i = 0; i < nameKeys.size(); ++i) {
        if (nameKeys[i].size() > foundLength && key.sliced(position).startsWith(nameKeys[i])) {
            found = i + 1;
            foundLength = nameKeys[i].size();
        }
    }
    position += foundLength;
    return found;
}

const QStringList& monthKeys()
{
    static const QStringList keys = [] {
        QStringList list;
        for (int month = 1; month <= 12; ++month)
            list.append(searchKey(JalaliDate::monthName(month)));
        return list;
    }();
    return keys;
}

const QStringList& weekdayKeys()
{
    static const QStringList keys = [] {
        QStringList list;
        for (int day = 1; day <= 7; ++day)
            list.append(searchKey(JalaliDate::weekdayName(day)));
        return list;
    }();
    return keys;
}

void skip(QStringView key, qsizetype& position, QStringView what)
{
    while (position < key.size() &&
           (key[position] == QLatin1Char(' ') || key[position] == QLatin1Char(',')))
        ++position;
    if (!what.isEmpty() && key.sliced(position).startsWith(what))
        position += what.size();
}

// "دوشنبه ۲۱ فروردین ۱۴۰۲", "۲۱ فروردین‌ماه ۱۴۰۲": what
// formatDateLong and formatDateMedium write and what people write in letters. Read on the search
// key, so spacing, ZWNJ, Arabic letters and digit sets do not matter.
Parsed<QDate> parseNamedDate(QStringView text)
{
    const QString key = searchKey(text);
    qsizetype position = 0;
    const int weekday = readName(key, position, weekdayKeys());
    skip(key, position, {});
    const Number day = readNumber(key, position);
    skip(key, position, {});
    const int month = readName(key, position, monthKeys());
    skip(key, position, u"ماه");
    skip(key, position, {});
    const Number year = readNumber(key, position);
    skip(key, position, {});
    const QStringView rest = QStringView(key).sliced(position);
    const bool restIsEra = rest.isEmpty() || rest == u"هش" || rest == u"ه.ش" || rest == u"ه.ش.";
    if (day.digits == 0 || day.digits > 2 || month == 0 || year.digits == 0 || !restIsEra)
        return {{}, dateFormatError()};
    Parsed<QDate> parsed = dateFromParts(year, month, day.value);
    if (parsed.ok() && weekday != 0 && parsed.value.dayOfWeek() != weekday) {
        return {{},
                QStringLiteral("%1 %2 است، نه %3")
                    .arg(formatDateMedium(parsed.value),
                         JalaliDate::weekdayName(parsed.value.dayOfWeek()),
                         JalaliDate::weekdayName(weekday))};
    }
    return parsed;
}

} // namespace

Parsed<QDate> parseDate(QStringView text)
{
    const QString input = toLatinDigits(normalizeForStorage(text));
    if (input.isEmpty())
        return {{},
                QStringLiteral("تاریخی نوشته نشده است؛ آن را به شکل %1 بنویسید").arg(dateExample)};
    for (const QChar c : input) {
        if (c.isLetter())
            return parseNamedDate(input);
    }
    return parseNumericDate(input);
}

Parsed<QTime> parseTime(QStringView text)
{
    const QString example = QStringLiteral("۱۳:۲۰");
    QString input = toLatinDigits(normalizeForStorage(text));
    if (input.startsWith(QStringLiteral("ساعت")))
        input = input.sliced(4).trimmed();
    if (input.isEmpty())
        return {{}, QStringLiteral("ساعتی نوشته نشده است؛ آن را به شکل %1 بنویسید").arg(example)};
    const QString formatError = QStringLiteral("ساعت را به شکل %1 بنویسید").arg(example);
    qsizetype position = 0;
    const Number hour = readNumber(input, position);
    Number minute{0, 2};
    if (position < input.size()) {
        const QChar separator = input[position++];
        if (separator != QLatin1Char(':') && separator != QLatin1Char('.') &&
            separator != QChar(0x066B) && separator != QChar(0xFF1A))
            return {{}, formatError};
        minute = readNumber(input, position);
        if (minute.digits == 1)
            return {{}, QStringLiteral("دقیقه را دورقمی بنویسید، مانند ۱۳:۰۵")};
    }
    if (hour.digits == 0 || hour.digits > 2 || minute.digits != 2 || position != input.size())
        return {{}, formatError};
    if (hour.value > 23)
        return {{},
                QStringLiteral("ساعت %1 وجود ندارد؛ ساعت از ۰ تا ۲۳ است")
                    .arg(formatNumber(hour.value))};
    if (minute.value > 59)
        return {{},
                QStringLiteral("دقیقه %1 وجود ندارد؛ دقیقه از ۰۰ تا ۵۹ است")
                    .arg(formatNumber(minute.value))};
    return {QTime(hour.value, minute.value), {}};
}

} // namespace jalaseh::persian
