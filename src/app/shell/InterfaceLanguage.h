#pragma once

#include <QString>

class QApplication;

namespace jalaseh::app {

// The language of the interface: Persian (right to left, the default) or English. The choice is
// kept in QSettings and takes effect when the application starts.
class InterfaceLanguage
{
public:
    enum class Language
    {
        Persian,
        English
    };

    static Language saved();
    static void save(Language language);
    // Installs the translations (Jalaseh's and Qt's own), the locale, the layout direction and
    // the interface font on `application`.
    static void apply(QApplication& application, Language language);
    // The family of the interface font: Noto Sans Arabic, bundled or from the system.
    static QString fontFamily();
};

} // namespace jalaseh::app
