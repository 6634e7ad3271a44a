#pragma once

#include "FileProblem.h"
#include "core/Enums.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <optional>

namespace jalaseh::exchange {

// Reads the fields of one JSON object of a file, checking each one's presence, type and form.
// Every problem goes to the shared list with the field's path ("meeting.date"), so one pass over
// a file reports everything wrong with it. Never throws.
class JsonFields
{
public:
    enum Need
    {
        Optional,
        Required
    };

    // Reports any key of `object` that is not in `knownKeys` (a misspelt field would otherwise
    // be dropped without a word).
    JsonFields(const QJsonObject& object, QString path, QList<FileProblem>& problems,
               const QStringList& knownKeys);

    const QString& path() const { return m_path; }
    QString pathOf(const QString& key) const;
    void report(const QString& key, const QString& message);

    // The most characters one text field may hold: a long contribution runs to a few thousand
    // words; a field many times that is a mistake or an attack, and slows every list it shows in.
    static constexpr qsizetype longestField = 100'000;

    // Text normalised for storage (Persian ک and ی, tidy spaces); empty when absent.
    QString text(const QString& key, Need need = Optional);
    // Text kept as written but trimmed (e-mail addresses, links).
    QString plainText(const QString& key, Need need = Optional);
    std::optional<int> integer(const QString& key, Need need, int minimum, int maximum);
    bool boolean(const QString& key, bool absent);
    // "YYYY-MM-DD" (Gregorian); a null QDate when absent or wrong.
    QDate date(const QString& key, Need need = Optional);
    // "HH:mm"; a null QTime when absent or wrong.
    QTime time(const QString& key, Need need = Optional);
    // A list; empty when absent or wrong.
    QJsonArray array(const QString& key, Need need = Optional);
    // An object; std::nullopt when absent or wrong.
    std::optional<QJsonObject> object(const QString& key, Need need = Optional);

    // One of an enum's storage keys; `absent` when the field is missing (and not required).
    template <typename Enum>
    Enum choice(const QString& key, Enum absent, Need need = Optional)
    {
        const QString written = stringValue(key, need);
        if (written.isNull())
            return absent;
        if (const auto value = enumFromStorageKey<Enum>(written))
            return *value;
        QStringList allowed;
        for (Enum value : allValues<Enum>())
            allowed.append(storageKey(value));
        reportUnknownChoice(key, written, allowed);
        return absent;
    }

    // "a string", "a number", ... for messages about a value of the wrong type.
    static QString describe(const QJsonValue& value);

private:
    // The string at `key`, or a null QString when absent or not a string (reported).
    QString stringValue(const QString& key, Need need);
    // The value at `key`, or an undefined value when absent (reported when required). JSON null
    // counts as absent, so a tool that writes null for "none" is understood.
    QJsonValue present(const QString& key, Need need);
    void reportWrongType(const QString& key, const QString& expected, const QJsonValue& found);
    void reportUnknownChoice(const QString& key, const QString& found, const QStringList& allowed);

    QJsonObject m_object;
    QString m_path;
    QList<FileProblem>& m_problems;
};

} // namespace jalaseh::exchange
