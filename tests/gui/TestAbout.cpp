// Help > About: the version CMake gives, the licence and the third-party notices, in both
// languages. Its own program, because a translation stays installed once applied.
#include "app/shell/AboutText.h"
#include "app/shell/InterfaceLanguage.h"
#include "jalaseh/Version.h"
#include "support/QtCatchPrinters.h"

#include <QApplication>
#include <catch2/catch.hpp>

using namespace jalaseh;

TEST_CASE("About names the version, the licence and what Jalaseh carries and links")
{
    const QString text = app::aboutText(QStringLiteral("/tmp/<office>.jalaseh"));
    CHECK(text.contains(QStringLiteral("Jalaseh %1").arg(QString::fromLatin1(version))));
    CHECK(text.contains(QStringLiteral("/tmp/&lt;office&gt;.jalaseh")));
    CHECK(text.contains(QStringLiteral("GNU General Public License, version 3 or")));
    for (const char* notice :
         {"SIL Open Font License 1.1", "kainjow/mustache", "Boost Software",
          "GNU Lesser General Public License", "ICU", "qpdf", "Apache", "SQLite", "libpq"})
        CHECK(text.contains(QLatin1String(notice)));
    CHECK(text.contains(QStringLiteral("Qt %1,").arg(QString::fromLatin1(qVersion()))));
    CHECK(app::aboutText({}).contains(QStringLiteral("Database: none")));
}

TEST_CASE("About in Persian")
{
    app::InterfaceLanguage::apply(*qobject_cast<QApplication*>(QCoreApplication::instance()),
                                  app::InterfaceLanguage::Language::Persian);
    const QString text = app::aboutText({});
    CHECK(text.contains(QStringLiteral("جلسه %1").arg(QString::fromLatin1(version))));
    CHECK(text.contains(QStringLiteral("پروانه‌ی عمومی همگانی گنو")));
    CHECK(text.contains(QStringLiteral("SIL Open Font License 1.1")));
}
