#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace jalaseh::app {

// The passwords of database servers that the user asked Jalaseh to remember, kept in the
// desktop's keychain (the Secret Service of GNOME Keyring or KWallet, through QtKeychain), never
// in the settings file. A password is stored under the server's address without it (keyFor());
// the settings keep only which addresses have one, so that a server without one never touches
// the keychain (no unlock prompt for nothing).
//
// The keychain answers asynchronously (it may ask the user to unlock it): each call returns at
// once and answers through its callback from the event loop, so the window never waits on it. A
// desktop without a keychain (no Secret Service, as under CI) answers with a problem: one plain
// sentence for the status bar; the caller then asks for the password as before.
class PasswordKeychain : public QObject
{
    Q_OBJECT
public:
    explicit PasswordKeychain(QObject* parent = nullptr);

    // The key of a server's password: its address without the password and without settings
    // that do not change whose password it is (TLS mode, timeouts), e.g.
    // postgresql://clerk@db.example.org:5432/jalaseh. Empty for a file or a broken address.
    static QString keyFor(const QString& address);
    // Whether a password was stored under `key` (and not forgotten since).
    static bool isRemembered(const QString& key);

    using ReadDone =
        std::function<void(const std::optional<QString>& password, const QString& problem)>;
    using WriteDone = std::function<void(const QString& problem)>;
    // The password stored under `key`, or nullopt with the reason (none stored: empty problem).
    void read(const QString& key, ReadDone done);
    // Stores (or replaces) the password under `key`; `done` gets an empty problem on success.
    void store(const QString& key, const QString& password, WriteDone done = {});
    // Removes the password under `key`, if any.
    void forget(const QString& key, WriteDone done = {});

private:
    static void markRemembered(const QString& key, bool remembered);
    // The keychain's "service" (the application's name): tests run under a name of their own.
    static QString service();
};

} // namespace jalaseh::app
