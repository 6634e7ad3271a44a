#pragma once

#include <QString>

class QApplication;
class QCoreApplication;

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
    // The language of the command line's messages: the terminal's (LANGUAGE, LC_ALL,
    // LC_MESSAGES, LANG), so Persian where the locale is Persian and English elsewhere. Not the
    // window's saved choice: a script or a terminal that cannot show right-to-left text does not
    // get Persian because someone chose it in the window.
    static Language forCommandLine();
    // Installs Jalaseh's translation for `language` on a command-line run (no fonts, no layout).
    static void applyToCommandLine(QCoreApplication& application, Language language);
    // The family of the interface font: Noto Sans Arabic, bundled or from the system.
    static QString fontFamily();
};

} // namespace jalaseh::app
