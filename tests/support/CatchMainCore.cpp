#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    // The backups the tests make (storage/BackupStore.h) go to a folder thrown away after, not
    // to the user's data folder.
    QTemporaryDir backups;
    if (qEnvironmentVariableIsEmpty("JALASEH_BACKUP_FOLDER"))
        qputenv("JALASEH_BACKUP_FOLDER", backups.path().toLocal8Bit());
    QCoreApplication application(argc, argv);
    return Catch::Session().run(argc, argv);
}
