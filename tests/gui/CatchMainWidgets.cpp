#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    // Widgets without a screen; each test builds its own window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("JalasehTests"));
    QApplication::setApplicationName(QStringLiteral("jalaseh-gui-tests"));
    QApplication::setLayoutDirection(Qt::RightToLeft);
    return Catch::Session().run(argc, argv);
}
