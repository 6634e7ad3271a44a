#include "TemplatesCommand.h"

#include "CommandArguments.h"
#include "report/ReportError.h"
#include "report/TemplateLibrary.h"

#include <QCoreApplication>
#include <QDir>

namespace jalaseh::cli {

QString TemplatesCommand::name() const
{
    return QStringLiteral("templates");
}

QString TemplatesCommand::summary() const
{
    return QCoreApplication::translate(
        "CommandLine", "Show where the minutes templates come from, or copy the built-in ones "
                       "into a folder to edit them.");
}

QString TemplatesCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh templates [copy] [--folder DIR]\n"
        "\n"
        "Without `copy`: lists every template and whether it comes from the folder or is\n"
        "built in. With `copy`: copies the built-in templates into the folder, leaving the files\n"
        "already there alone, and lists what it wrote. Edit the copies; the application and\n"
        "`export minutes` use them from then on (see docs/templates.md).\n"
        "\n"
        "  --folder DIR   the templates folder; the user's own folder when not given\n"
        "\n"
        "Examples:\n"
        "  jalaseh templates copy\n"
        "  jalaseh templates --folder ~/minutes-templates\n");
}

int TemplatesCommand::run(const Invocation& invocation)
{
    const CommandArguments arguments(invocation.arguments, {QStringLiteral("--folder")}, {});
    if (!arguments.ok()) {
        invocation.err << arguments.error() << Qt::endl;
        return UserError;
    }
    const QStringList& words = arguments.positional();
    const bool copy = words == QStringList{QStringLiteral("copy")};
    if (!words.isEmpty() && !copy) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine", "\"%1\" is not something templates can do; the "
                                             "only word it takes is `copy`.")
                              .arg(words.join(QLatin1Char(' ')))
                       << Qt::endl;
        return UserError;
    }
    const QString folder = arguments.value({QStringLiteral("--folder")})
                               .value_or(report::TemplateLibrary::defaultUserFolder());
    if (copy) {
        try {
            const QStringList written = report::TemplateLibrary::copyBuiltIns(folder);
            for (const QString& path : written)
                invocation.out << QDir::toNativeSeparators(path) << Qt::endl;
            if (written.isEmpty())
                invocation.out << QCoreApplication::translate(
                                      "CommandLine", "Every template is in %1 already; nothing "
                                                     "was copied.")
                                      .arg(QDir::toNativeSeparators(folder))
                               << Qt::endl;
        } catch (const report::ReportError& error) {
            invocation.err << error.userMessage() << Qt::endl;
            return UserError;
        }
        return Ok;
    }
    const report::TemplateLibrary library(folder);
    invocation.out << QCoreApplication::translate("CommandLine", "Templates folder: %1")
                          .arg(QDir::toNativeSeparators(folder))
                   << Qt::endl;
    for (const QString& name : report::TemplateLibrary::builtInNames()) {
        const bool own = !library.sourceOf(name).startsWith(QLatin1Char(':'));
        invocation.out << name << '\t'
                       << (own ? QCoreApplication::translate("CommandLine", "from the folder")
                               : QCoreApplication::translate("CommandLine", "built in"))
                       << Qt::endl;
    }
    return Ok;
}

} // namespace jalaseh::cli
