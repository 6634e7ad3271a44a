#pragma once

#include "Command.h"
#include "CommandArguments.h"
#include "report/DocumentFormat.h"

#include <QDate>
#include <optional>

namespace jalaseh::report {
class Document;
}

namespace jalaseh::cli {

// What the review exports (`export attendance`, `export activity`) read alike: a Jalali period,
// a format (csv or pdf), where to write; and how they write.
class ReportOptions
{
public:
    struct Period
    {
        QDate from;
        QDate to;
    };

    // --from and --to, both Jalali, from before to; nullopt after writing what is wrong to err.
    static std::optional<Period> period(const CommandArguments& arguments, QTextStream& err);
    // The Jalali day `text` given to `option`; nullopt after saying why it is none.
    static std::optional<QDate> date(const QString& option, const QString& text, QTextStream& err);
    // --format csv|pdf, else the suffix of -o, else csv. A pdf needs -o and the graphics library.
    // `what` names the report in messages ("Attendance", "Activity").
    static std::optional<report::DocumentFormat> format(const CommandArguments& arguments,
                                                        const QString& what, QTextStream& err);
    // `document` in `format` to -o, or, as CSV, to the standard output with its byte order mark.
    // A failure's sentence goes to err.
    static int write(const Invocation& invocation, const CommandArguments& arguments,
                     const report::Document& document, report::DocumentFormat format);
    static QStringList valueOptions();
};

} // namespace jalaseh::cli
