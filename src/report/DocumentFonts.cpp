#include "DocumentFonts.h"

#include <QFontDatabase>
#include <QTextLayout>
#include <array>

namespace jalaseh::report {

bool DocumentFonts::ensureLoaded()
{
    static const bool loaded = [] {
        constexpr std::array files{":/fonts/NotoSansArabic-Regular.ttf",
                                   ":/fonts/NotoSansArabic-Bold.ttf",
                                   ":/fonts/NotoSans-Regular.ttf", ":/fonts/NotoSans-Bold.ttf"};
        bool all = true;
        for (const char* file : files)
            all = QFontDatabase::addApplicationFont(QString::fromLatin1(file)) >= 0 && all;
        return all;
    }();
    return loaded;
}

void DocumentFonts::warmUp()
{
    ensureLoaded();
    for (bool bold : {false, true}) {
        QTextLayout layout(QStringLiteral("صورتجلسهٔ ۱۴۰۳/۰۷/۲۱ Minutes 2024"), font(11, bold));
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
    }
}

QStringList DocumentFonts::families()
{
    return {QStringLiteral("Noto Sans Arabic"), QStringLiteral("Noto Sans")};
}

QFont DocumentFonts::font(qreal pointSize, bool bold)
{
    ensureLoaded();
    QFont font;
    font.setFamilies(families());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

} // namespace jalaseh::report
