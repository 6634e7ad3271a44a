#include "ReportOptions.h"

#include "OutputPath.h"
#include "persian/JalaliDate.h"
#include "report/Document.h"
#include "report/DocumentWriter.h"
#include "report/ReportError.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace jalaseh::cli {
namespace {

std::optional<QDate> dateOption(const CommandArguments& arguments, const QString& option,
                                QTextStream& err)
{
    const auto text = arguments.value({option});
    if (!text) {
        err << QCoreApplication::translate(
                   "CommandLine",
                   "Give the period with --from and --to as Jalali dates, e.g. --from 1402/01/01 "
                   "--to 1402/12/29.")
            << Qt::endl;
        return std::nullopt;
    }
    return ReportOptions::date(option, *text, err);
}

std::optional<QString> output(const CommandArguments& arguments)
{
    return arguments.value({QStringLiteral("-o"), QStringLiteral("--output")});
}

} // namespace

std::optional<QDate> ReportOptions::date(const QString& option, const QString& text,
                                         QTextStream& err)
{
    const auto parsed = persian::parseDate(text);
    if (!parsed.ok()) {
        err << QCoreApplication::translate("CommandLine", "%1 \"%2\" is not a date: %3")
                   .arg(option, text, parsed.error)
            << Qt::endl;
        return std::nullopt;
    }
    return parsed.value;
}

QStringList ReportOptions::valueOptions()
{
    return {QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--format"),
            QStringLiteral("-o"), QStringLiteral("--output")};
}

std::optional<ReportOptions::Period> ReportOptions::period(const CommandArguments& arguments,
                                                           QTextStream& err)
{
    const auto from = dateOption(arguments, QStringLiteral("--from"), err);
    if (!from)
        return std::nullopt;
    const auto to = dateOption(arguments, QStringLiteral("--to"), err);
    if (!to)
        return std::nullopt;
    if (*from > *to) {
        err << QCoreApplication::translate(
                   "CommandLine",
                   "The period starts (%1) after it ends (%2); swap --from and --to.")
                   .arg(persian::formatDate(*from), persian::formatDate(*to))
            << Qt::endl;
        return std::nullopt;
    }
    return Period{*from, *to};
}

std::optional<report::DocumentFormat> ReportOptions::format(const CommandArguments& arguments,
                                                            const QString& what, QTextStream& err)
{
    QString word = arguments.value({QStringLiteral("--format")}).value_or(QString());
    if (word.isEmpty() && output(arguments) &&
        output(arguments)->endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        word = QStringLiteral("pdf");
    if (word.isEmpty() || word == QLatin1String("csv"))
        return report::DocumentFormat::Csv;
    if (word != QLatin1String("pdf")) {
        err << QCoreApplication::translate("CommandLine",
                                           "%1 is exported as csv or pdf, not \"%2\".")
                   .arg(what, word)
            << Qt::endl;
        return std::nullopt;
    }
    if (!output(arguments)) {
        err << QCoreApplication::translate(
                   "CommandLine",
                   "A pdf file cannot go to the terminal; name the file with -o, e.g. "
                   "`-o report.pdf`.")
            << Qt::endl;
        return std::nullopt;
    }
    // Reports are laid out with fonts, which Qt only has under a QGuiApplication.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        err << QCoreApplication::translate(
                   "CommandLine",
                   "A pdf can only be made when Jalaseh runs with its graphics library; this build "
                   "of the command line lacks it. Export as csv instead.")
            << Qt::endl;
        return std::nullopt;
    }
    return report::DocumentFormat::Pdf;
}

int ReportOptions::write(const Invocation& invocation, const CommandArguments& arguments,
                         const report::Document& document, report::DocumentFormat format)
{
    const auto path = output(arguments);
    if (!path) {
        // Only CSV comes here (format() asks a pdf for -o). QString::fromUtf8 drops the byte
        // order mark; spreadsheets opening redirected output need it as much as a file does.
        const QString text = QString::fromUtf8(document.csv());
        if (!text.startsWith(QChar(QChar::ByteOrderMark)))
            invocation.out << QChar(QChar::ByteOrderMark);
        invocation.out << text;
        invocation.out.flush();
        return Ok;
    }
    if (!checkOutputIsNotDatabase(invocation, *path))
        return UserError;
    try {
        report::DocumentWriter::forFormat(format)->writeFile(document, *path);
    } catch (const report::ReportError& error) {
        invocation.err << error.userMessage() << Qt::endl;
        return UserError;
    }
    return Ok;
}

} // namespace jalaseh::cli
