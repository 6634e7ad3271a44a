#include "PdfText.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace jalaseh::test {

QString foldForComparison(const QString& text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC);
    folded.removeIf([](QChar c) { return c.category() == QChar::Other_Format; });
    folded.removeIf([](QChar c) { return !c.isLetterOrNumber() && !c.isMark(); });
    return folded;
}

namespace {

QString pdfToText(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC);
}

} // namespace

QString pdfText(const QString& pdfPath)
{
    return pdfToText(
        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
}

QString pdfPageText(const QString& pdfPath, int page)
{
    const QString number = QString::number(page);
    return pdfToText({QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"), number,
                      QStringLiteral("-l"), number, pdfPath, QStringLiteral("-")});
}

int pdfPageCount(const QString& pdfPath)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {pdfPath});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return 0;
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"),
                                          QRegularExpression::MultilineOption);
    const auto match = pages.match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QString outputFolder()
{
    const QString kept = qEnvironmentVariable("JALASEH_REPORT_OUTPUT");
    if (!kept.isEmpty()) {
        QDir().mkpath(kept);
        return kept;
    }
    static QTemporaryDir folder;
    return folder.path();
}

bool containsInOrder(const QString& haystack, const QStringList& facts, QString* missing)
{
    const QString foldedHaystack = foldForComparison(haystack);
    qsizetype from = 0;
    for (const QString& fact : facts) {
        const QString folded = foldForComparison(fact);
        const qsizetype at = foldedHaystack.indexOf(folded, from);
        if (at < 0) {
            if (missing)
                *missing = fact;
            return false;
        }
        from = at + folded.size();
    }
    return true;
}

bool containsWordsInOrder(const QString& haystack, const QString& text, QString* missing)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QString foldedHaystack = foldForComparison(haystack);
    qsizetype from = 0;
    for (const QString& source : text.split(space, Qt::SkipEmptyParts)) {
        const QString word = foldForComparison(source);
        if (word.isEmpty())
            continue;
        const qsizetype at = foldedHaystack.indexOf(word, from);
        if (at < 0) {
            if (missing)
                *missing = word;
            return false;
        }
        from = at + word.size();
    }
    return true;
}

} // namespace jalaseh::test
