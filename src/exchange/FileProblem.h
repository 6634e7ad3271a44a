#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace jalaseh::exchange {

// One thing wrong with a file being read: where (a field path such as "attendance[3].person",
// empty for the file as a whole) and what, as a sentence the user can act on.
struct FileProblem
{
    QString path;
    QString message;

    // "attendance[3].person: "رضایی" is not among the file's people"
    QString toString() const
    {
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }
    bool operator==(const FileProblem&) const = default;
};

inline QStringList toStrings(const QList<FileProblem>& problems)
{
    QStringList lines;
    for (const FileProblem& problem : problems)
        lines.append(problem.toString());
    return lines;
}

} // namespace jalaseh::exchange
