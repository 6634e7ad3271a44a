#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace jalaseh::cli {

// The arguments of one command, split into flags (--force), options with a value (--format tsv,
// --format=tsv, -o FILE) and the positional words, checked against what the command accepts.
class CommandArguments
{
public:
    // `valueOptions` and `flags` list every spelling the command accepts ("-o", "--output").
    CommandArguments(const QStringList& arguments, const QStringList& valueOptions,
                     const QStringList& flags);

    // Empty when the arguments are well formed; otherwise a sentence saying what is wrong.
    const QString& error() const { return m_error; }
    bool ok() const { return m_error.isEmpty(); }

    bool has(const QString& flag) const { return m_flags.contains(flag); }
    // The value of the first of `spellings` given, e.g. value({"-o", "--output"}).
    std::optional<QString> value(const QStringList& spellings) const;
    const QStringList& positional() const { return m_positional; }

private:
    QStringList m_flags;
    QHash<QString, QString> m_values;
    QStringList m_positional;
    QString m_error;
};

} // namespace jalaseh::cli
