#include "app/shell/PasswordKeychain.h"

#include "storage/DatabaseAddress.h"

#include <QCoreApplication>
#include <QSettings>
#include <qt6keychain/keychain.h>

namespace jalaseh::app {
namespace {

const QString rememberedKey = QStringLiteral("keychain/servers");

// One sentence for every way the keychain can be missing or refuse: the user can do nothing
// about QtKeychain's details, which go to the log.
QString problemOf(const QKeychain::Job& job)
{
    qWarning("jalaseh: the keychain answered %d: %s", int(job.error()),
             qPrintable(job.errorString()));
    switch (job.error()) {
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return QCoreApplication::translate(
            "PasswordKeychain",
            "The desktop's keychain did not allow Jalaseh to use it, so the password is asked "
            "for instead.");
    default:
        return QCoreApplication::translate(
            "PasswordKeychain",
            "The desktop has no keychain (Secret Service) that Jalaseh can use, so the password "
            "is not remembered and is asked for instead.");
    }
}

} // namespace

PasswordKeychain::PasswordKeychain(QObject* parent)
    : QObject(parent)
{
}

QString PasswordKeychain::keyFor(const QString& address)
{
    if (!storage::DatabaseAddress::isServerAddress(address))
        return {};
    bool ok = false;
    QString error;
    storage::DatabaseAddress parsed = storage::DatabaseAddress::parse(address, &ok, &error);
    if (!ok)
        return {};
    parsed.password.clear();
    parsed.options.clear();
    if (parsed.port == 0)
        parsed.port = 5432; // libpq's default, so that both ways of writing it share a password
    return parsed.display();
}

QString PasswordKeychain::service()
{
    return QCoreApplication::applicationName();
}

bool PasswordKeychain::isRemembered(const QString& key)
{
    return !key.isEmpty() && QSettings().value(rememberedKey).toStringList().contains(key);
}

void PasswordKeychain::markRemembered(const QString& key, bool remembered)
{
    QSettings settings;
    QStringList keys = settings.value(rememberedKey).toStringList();
    keys.removeAll(key);
    if (remembered)
        keys.append(key);
    if (keys.isEmpty())
        settings.remove(rememberedKey);
    else
        settings.setValue(rememberedKey, keys);
}

void PasswordKeychain::read(const QString& key, ReadDone done)
{
    auto* job = new QKeychain::ReadPasswordJob(service(), this);
    job->setKey(key);
    // Answered once, from the event loop; a keychain that never answers leaves the window as it
    // is (the user can connect again and type the password).
    connect(job, &QKeychain::Job::finished, this, [key, done](QKeychain::Job* finished) {
        auto* reader = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (reader->error() == QKeychain::NoError) {
            done(reader->textData(), {});
            return;
        }
        if (reader->error() == QKeychain::EntryNotFound) {
            markRemembered(key, false); // removed from the keychain by hand
            done(std::nullopt, {});
            return;
        }
        done(std::nullopt, problemOf(*reader));
    });
    job->start();
}

void PasswordKeychain::store(const QString& key, const QString& password, WriteDone done)
{
    auto* job = new QKeychain::WritePasswordJob(service(), this);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [key, done](QKeychain::Job* finished) {
        const bool stored = finished->error() == QKeychain::NoError;
        if (stored)
            markRemembered(key, true);
        if (done)
            done(stored ? QString() : problemOf(*finished));
    });
    job->start();
}

void PasswordKeychain::forget(const QString& key, WriteDone done)
{
    // Forgotten in the settings at once: whatever the keychain answers, the password is no longer
    // used.
    markRemembered(key, false);
    auto* job = new QKeychain::DeletePasswordJob(service(), this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* finished) {
        const bool gone = finished->error() == QKeychain::NoError ||
                          finished->error() == QKeychain::EntryNotFound;
        if (done)
            done(gone ? QString() : problemOf(*finished));
    });
    job->start();
}

} // namespace jalaseh::app
