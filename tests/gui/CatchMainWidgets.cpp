#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    // The backups the tests make (storage/BackupStore.h) go to a folder thrown away after, not
    // to the user's data folder.
    QTemporaryDir backups;
    if (qEnvironmentVariableIsEmpty("JALASEH_BACKUP_FOLDER"))
        qputenv("JALASEH_BACKUP_FOLDER", backups.path().toLocal8Bit());
    // Widgets without a screen; each test builds its own window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("JalasehTests"));
    QApplication::setApplicationName(QStringLiteral("jalaseh-gui-tests"));
    QApplication::setLayoutDirection(Qt::RightToLeft);
    return Catch::Session().run(argc, argv);
}
