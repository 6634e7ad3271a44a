#include "core/DocumentId.h"
#include "support/QtCatchPrinters.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace jalaseh;

namespace {

QString idOf(const char* content)
{
    return DocumentId::fromFingerprint(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256));
}

const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");

} // namespace

TEST_CASE("a document id is four groups of Latin letters and digits, the same for the same content",
          "[core][document-id]")
{
    const QString id = idOf("minutes");
    CHECK(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$"))
              .match(id)
              .hasMatch());
    CHECK(idOf("minutes") == id);
    CHECK(idOf("minutes.") != id);
    const auto parsed = DocumentId::parse(id);
    CHECK(parsed.reading == DocumentId::Reading::Valid);
    CHECK(parsed.id == id);
}

TEST_CASE("a document id is read however it was typed", "[core][document-id]")
{
    const QString id = idOf("minutes of record");
    QString typed = id.toLower();
    typed.remove(QLatin1Char('-'));
    CHECK(DocumentId::parse(typed).id == id);
    CHECK(DocumentId::parse(QStringLiteral("  ") + id + QStringLiteral(" ")).id == id);
    // Persian digits, as a Persian keyboard types them.
    QString persian = id;
    for (QChar& c : persian) {
        if (c.isDigit())
            c = QChar(0x06F0 + c.digitValue());
    }
    CHECK(DocumentId::parse(persian).id == id);
    CHECK(DocumentId::parse(QStringLiteral("hello")).reading == DocumentId::Reading::Malformed);
    CHECK(DocumentId::parse(id + QStringLiteral("X")).reading == DocumentId::Reading::Malformed);
}

TEST_CASE("every single wrong character of a document id is caught by its check character",
          "[core][document-id]")
{
    for (const char* content : {"one", "two", "three", "four"}) {
        const QString id = idOf(content);
        for (qsizetype i = 0; i < id.size(); ++i) {
            if (id.at(i) == QLatin1Char('-'))
                continue;
            for (QChar replacement : alphabet) {
                if (replacement == id.at(i))
                    continue;
                QString wrong = id;
                wrong[i] = replacement;
                CAPTURE(wrong);
                CHECK(DocumentId::parse(wrong).reading == DocumentId::Reading::BadCheck);
            }
        }
    }
}
