#pragma once

#include "storage/DatabaseAddress.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <memory>

namespace Ui {
class ServerDialog;
}

namespace jalaseh::app {

// File ▸ Connect to a server: where a Jalaseh database on PostgreSQL is, as separate fields or
// as one address (libpq's postgresql://... form, which the server's administrator hands out).
// Pasting an address fills the fields; editing a field rewrites the address. The password is
// kept in its own field and never appears in the address line.
class ServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerDialog(QWidget* parent = nullptr);
    ~ServerDialog() override;

    // Fills the dialog from an address (e.g. the server used last); a password in it goes to the
    // password field.
    void setAddress(const QString& text);
    // The address from the fields, with the password (to connect with only).
    storage::DatabaseAddress address() const;
    // What the address line shows: the address without the password.
    QString addressText() const;
    // Whether the password is to be kept in the desktop's keychain (unticked unless the server
    // already has one there).
    bool rememberPassword() const;
    void setRememberPassword(bool remember);
    // The sentence under the fields, empty when there is none.
    QString problem() const;

private:
    void addressEdited(const QString& text);
    void fieldsEdited();
    void fillFields(const storage::DatabaseAddress& address);
    void setEncryption(const QString& mode);
    void showProblem(const QString& text);
    void updateAcceptable();
    QString portProblem() const;

    std::unique_ptr<Ui::ServerDialog> m_ui;
    // Settings of a pasted address that have no field (connect_timeout, sslrootcert, ...),
    // kept so that editing a field does not drop them.
    QList<QPair<QString, QString>> m_otherOptions;
    bool m_addressBroken = false;
    QString m_typedAddress; // the address line before the last edit, to tell a paste
};

} // namespace jalaseh::app
