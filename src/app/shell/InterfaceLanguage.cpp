#include "app/shell/InterfaceLanguage.h"

#include <QApplication>
#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QProxyStyle>
#include <QSettings>
#include <QStyleFactory>
#include <QTranslator>

namespace jalaseh::app {
namespace {

const QString languageKey = QStringLiteral("interface/language");

// Loads `file` from `directory` into a translator owned by the application; false if absent.
bool installTranslation(QCoreApplication& application, const QString& file,
                        const QString& directory)
{
    auto* translator = new QTranslator(&application);
    if (!translator->load(file, directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

// Prefer the fonts the minutes documents bundle, so the interface and the PDFs look alike.
void loadBundledFonts()
{
    const QString besideProgram = QApplication::applicationDirPath() + QStringLiteral("/fonts");
    for (const QString& directory : {QStringLiteral(":/fonts"), besideProgram}) {
        const QDir fonts(directory);
        for (const QString& name : fonts.entryList({QStringLiteral("NotoSansArabic*.ttf")}))
            QFontDatabase::addApplicationFont(fonts.filePath(name));
    }
}

// Qt lays out a dialog button's right-to-left text as if the button had no icon, so the icon
// covers its end ("انصراف" loses its last letter); the buttons go without icons, as on Windows.
class ButtonsWithoutIcons : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    int styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget,
                  QStyleHintReturn* returned) const override
    {
        if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
            return 0;
        return QProxyStyle::styleHint(hint, option, widget, returned);
    }
};

} // namespace

InterfaceLanguage::Language InterfaceLanguage::saved()
{
    return QSettings().value(languageKey).toString() == QLatin1String("en") ? Language::English
                                                                            : Language::Persian;
}

void InterfaceLanguage::save(Language language)
{
    QSettings().setValue(languageKey, language == Language::English ? QStringLiteral("en")
                                                                    : QStringLiteral("fa"));
}

InterfaceLanguage::Language InterfaceLanguage::forCommandLine()
{
    const QStringList languages = QLocale::system().uiLanguages();
    if (!languages.isEmpty() && QLocale(languages.first()).language() == QLocale::Persian)
        return Language::Persian;
    return Language::English;
}

void InterfaceLanguage::applyToCommandLine(QCoreApplication& application, Language language)
{
    installTranslation(application,
                       language == Language::English ? QStringLiteral("jalaseh_en")
                                                     : QStringLiteral("jalaseh_fa"),
                       QStringLiteral(":/i18n"));
}

QString InterfaceLanguage::fontFamily()
{
    return QStringLiteral("Noto Sans Arabic");
}

void InterfaceLanguage::apply(QApplication& application, Language language)
{
    loadBundledFonts();
    if (!dynamic_cast<ButtonsWithoutIcons*>(QApplication::style()))
        QApplication::setStyle(
            new ButtonsWithoutIcons(QStyleFactory::create(QApplication::style()->name())));
    QFont font(fontFamily());
    font.setPointSizeF(application.font().pointSizeF());
    application.setFont(font);

    if (language == Language::English) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslation(application, QStringLiteral("jalaseh_en"), QStringLiteral(":/i18n"));
        application.setLayoutDirection(Qt::LeftToRight);
        return;
    }
    QLocale::setDefault(QLocale(QLocale::Persian, QLocale::Iran));
    installTranslation(application, QStringLiteral("qtbase_fa"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installTranslation(application, QStringLiteral("jalaseh_fa"), QStringLiteral(":/i18n"));
    application.setLayoutDirection(Qt::RightToLeft);
}

} // namespace jalaseh::app
