#include "Phrasing.h"

#include "Digits.h"
#include "JalaliDate.h"

#include <array>

namespace jalaseh::persian {

namespace {

const QString conjunction = QStringLiteral(" و ");
const QString listComma = QStringLiteral("، ");

QString wordsBelowThousand(int number)
{
    static const std::array<const char16_t*, 20> units = {
        u"",       u"یک",     u"دو",     u"سه",   u"چهار",  u"پنج",    u"شش",
        u"هفت",    u"هشت",    u"نه",     u"ده",   u"یازده", u"دوازده", u"سیزده",
        u"چهارده", u"پانزده", u"شانزده", u"هفده", u"هجده",  u"نوزده"};
    static const std::array<const char16_t*, 10> tens = {
        u"", u"", u"بیست", u"سی", u"چهل", u"پنجاه", u"شصت", u"هفتاد", u"هشتاد", u"نود"};
    static const std::array<const char16_t*, 10> hundreds = {
        u"", u"صد", u"دویست", u"سیصد", u"چهارصد", u"پانصد", u"ششصد", u"هفتصد", u"هشتصد", u"نهصد"};
    QStringList parts;
    if (number >= 100)
        parts.append(QString::fromUtf16(hundreds[number / 100]));
    const int rest = number % 100;
    if (rest >= 20) {
        parts.append(QString::fromUtf16(tens[rest / 10]));
        if (rest % 10 != 0)
            parts.append(QString::fromUtf16(units[rest % 10]));
    } else if (rest > 0) {
        parts.append(QString::fromUtf16(units[rest]));
    }
    return parts.join(conjunction);
}

QString titleWord(AcademicTitle title)
{
    switch (title) {
    case AcademicTitle::Doctor:
        return QStringLiteral("دکتر");
    case AcademicTitle::Engineer:
        return QStringLiteral("مهندس");
    case AcademicTitle::None:
        break;
    }
    return {};
}

// "دکتر رقابی": the name as the minutes write it, without the honorific.
QString titledName(const NamedPerson& person)
{
    const QString name = person.familyName.trimmed().isEmpty() ? person.givenName.trimmed()
                                                               : person.familyName.trimmed();
    const QString title = titleWord(person.title);
    return title.isEmpty() || name.isEmpty() ? name : title + QLatin1Char(' ') + name;
}

QString honorific(Gender gender, bool plural)
{
    switch (gender) {
    case Gender::Female:
        return plural ? QStringLiteral("سرکار خانم‌ها") : QStringLiteral("سرکار خانم");
    case Gender::Male:
        return plural ? QStringLiteral("جناب آقایان") : QStringLiteral("جناب آقای");
    case Gender::Unspecified:
        break;
    }
    return {};
}

} // namespace

QString cardinalWords(int number)
{
    if (number == 0)
        return QStringLiteral("صفر");
    qint64 rest = number; // a qint64, so that the magnitude of INT_MIN fits
    if (rest < 0)
        rest = -rest;
    static const std::array<const char16_t*, 4> scales = {u"", u"هزار", u"میلیون", u"میلیارد"};
    QStringList groups; // most significant first
    for (int scale = 0; rest > 0; ++scale, rest /= 1000) {
        const int group = int(rest % 1000);
        if (group == 0)
            continue;
        QString words = wordsBelowThousand(group);
        if (scale == 1 && group == 1) // "هزار" rather than "یک هزار", as Persian says it
            words = QString::fromUtf16(scales[scale]);
        else if (scale > 0)
            words += QLatin1Char(' ') + QString::fromUtf16(scales[scale]);
        groups.prepend(words);
    }
    const QString words = groups.join(conjunction);
    return number < 0 ? QStringLiteral("منفی ") + words : words;
}

QString ordinal(int number)
{
    const QString words = cardinalWords(number);
    if (words.endsWith(QStringLiteral(" سه")) || words == QStringLiteral("سه"))
        return words.chopped(2) + QStringLiteral("سوم");
    if (words.endsWith(QChar(u'ی'))) // "سی‌ام"
        return words + QStringLiteral("‌ام");
    return words + QChar(u'م');
}

QString ordinal(int number, FirstOrdinal first)
{
    if (number == 1 && first == FirstOrdinal::Avval)
        return QStringLiteral("اول");
    return ordinal(number);
}

QString ordinalAdjective(int number)
{
    if (number == 1)
        return QStringLiteral("اولین");
    return ordinal(number) + QStringLiteral("ین");
}

QString ezafe(QStringView phrase)
{
    const QStringView trimmed = phrase.trimmed();
    if (trimmed.endsWith(QChar(u'ا')) || trimmed.endsWith(QChar(u'و')))
        return trimmed.toString() + QChar(u'ی');
    return trimmed.toString();
}

QString meetingModeName(MeetingMode mode)
{
    switch (mode) {
    case MeetingMode::InPerson:
        return QStringLiteral("حضوری");
    case MeetingMode::Online:
        return QStringLiteral("مجازی");
    case MeetingMode::Hybrid:
        return QStringLiteral("ترکیبی");
    }
    return {};
}

QString joinList(const QStringList& items)
{
    if (items.size() <= 1)
        return items.isEmpty() ? QString() : items.first();
    return items.first(items.size() - 1).join(listComma) + conjunction + items.last();
}

QString honorificName(const NamedPerson& person)
{
    const QString name = titledName(person);
    const QString prefix = honorific(person.gender, false);
    return prefix.isEmpty() || name.isEmpty() ? name : prefix + QLatin1Char(' ') + name;
}

QString honorificGroup(const QList<NamedPerson>& people)
{
    struct Group
    {
        Gender gender;
        QStringList names;
    };
    QList<Group> groups;
    for (const Gender gender : {Gender::Female, Gender::Male, Gender::Unspecified}) {
        Group group{gender, {}};
        for (const NamedPerson& person : people) {
            const QString name = titledName(person);
            if (person.gender == gender && !name.isEmpty())
                group.names.append(name);
        }
        if (!group.names.isEmpty())
            groups.append(group);
    }
    // Alone, a group reads as a list ("... فاضل و فرجامی"); together, و joins the groups and
    // commas the names inside each ("... صادقی و جناب آقایان دکتر طاهری، ...", as the seed).
    // People without a gender have no honorific to open a group of their own: they follow the
    // last gendered group as items of one list, و before the last person of all ("جناب آقای
    // پورمحمدی، بهرامی و تقوی", not "جناب آقای پورمحمدی و بهرامی، تقوی").
    const bool ungenderedTail = groups.size() > 1 && groups.last().gender == Gender::Unspecified;
    QStringList phrases;
    for (const Group& group : groups) {
        if (ungenderedTail && group.gender == Gender::Unspecified) {
            phrases.append(group.names);
            continue;
        }
        const QString names =
            groups.size() == 1 ? joinList(group.names) : group.names.join(listComma);
        const QString prefix = honorific(group.gender, group.names.size() > 1);
        phrases.append(prefix.isEmpty() ? names : prefix + QLatin1Char(' ') + names);
    }
    return ungenderedTail ? joinList(phrases) : phrases.join(conjunction);
}

QString timeRange(const QTime& start, const QTime& end)
{
    if (!start.isValid())
        return end.isValid() ? QStringLiteral("تا ساعت ") + formatTime(end, true) : QString();
    QString range = QStringLiteral("از ساعت ") + formatTime(start, true);
    if (end.isValid())
        range += QStringLiteral(" الی ") + formatTime(end, true);
    return range;
}

QString formatDuration(int minutes)
{
    if (minutes <= 0)
        return minutes == 0 ? QStringLiteral("۰ دقیقه") : QString();
    const QString hours =
        minutes >= 60 ? formatNumber(minutes / 60) + QStringLiteral(" ساعت") : QString();
    const QString rest =
        minutes % 60 != 0 ? formatNumber(minutes % 60) + QStringLiteral(" دقیقه") : QString();
    if (hours.isEmpty() || rest.isEmpty())
        return hours + rest;
    return hours + conjunction + rest;
}

} // namespace jalaseh::persian
