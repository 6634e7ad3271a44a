// CSV cells as a spreadsheet will read them.
#include "report/CsvText.h"
#include "support/QtCatchPrinters.h"

using jalaseh::report::CsvText;

TEST_CASE("a CSV cell that a spreadsheet would run as a formula is made inert", "[report][csv]")
{
    // OWASP's list of the characters that start a formula in Excel, LibreOffice and Sheets.
    CHECK(CsvText::quoted(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")) ==
          QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
    CHECK(CsvText::quoted(QStringLiteral("+98 21 1234")) == QStringLiteral("'+98 21 1234"));
    CHECK(CsvText::quoted(QStringLiteral("-2+3")) == QStringLiteral("'-2+3"));
    CHECK(CsvText::quoted(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(CsvText::quoted(QStringLiteral("\tx")) == QStringLiteral("'\tx"));

    // Numbers stay numbers, and ordinary text is untouched.
    CHECK(CsvText::quoted(QStringLiteral("-3")) == QStringLiteral("-3"));
    CHECK(CsvText::quoted(QStringLiteral("+12.5")) == QStringLiteral("+12.5"));
    CHECK(CsvText::quoted(QStringLiteral("40%")) == QStringLiteral("40%"));
    CHECK(CsvText::quoted(QStringLiteral("کارگروه = اعضا")) == QStringLiteral("کارگروه = اعضا"));
    CHECK(CsvText::quoted(QString()) == QString());
}
