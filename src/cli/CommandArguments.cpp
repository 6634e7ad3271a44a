#include "CommandArguments.h"

#include <QCoreApplication>

namespace jalaseh::cli {
namespace {

} // namespace

CommandArguments::CommandArguments(const QStringList& arguments, const QStringList& valueOptions,
                                   const QStringList& flags)
{
    bool onlyPositional = false; // after "--", a word starting with "-" is still a word
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (onlyPositional || !argument.startsWith(QLatin1Char('-')) ||
            argument == QLatin1String("-")) {
            m_positional.append(argument);
            continue;
        }
        if (argument == QLatin1String("--")) {
            onlyPositional = true;
            continue;
        }
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        const QString name = equals < 0 ? argument : argument.left(equals);
        if (flags.contains(name) && equals < 0) {
            m_flags.append(name);
        } else if (valueOptions.contains(name)) {
            if (m_values.contains(name)) {
                m_error =
                    QCoreApplication::translate("CommandLine", "%1 is given twice; give it once.")
                        .arg(name);
                return;
            }
            if (equals >= 0) {
                m_values.insert(name, argument.mid(equals + 1));
            } else if (i + 1 < arguments.size()) {
                m_values.insert(name, arguments.at(++i));
            } else {
                m_error = QCoreApplication::translate("CommandLine", "%1 needs a value after it.")
                              .arg(name);
                return;
            }
        } else {
            m_error = QCoreApplication::translate(
                          "CommandLine",
                          "%1 is not an option of this command; add --help to see its options.")
                          .arg(argument);
            return;
        }
    }
}

std::optional<QString> CommandArguments::value(const QStringList& spellings) const
{
    for (const QString& spelling : spellings) {
        const auto it = m_values.constFind(spelling);
        if (it != m_values.cend())
            return it.value();
    }
    return std::nullopt;
}

} // namespace jalaseh::cli
