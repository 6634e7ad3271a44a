#include "app/shell/ServerDialog.h"

#include "persian/Digits.h"
#include "ui_ServerDialog.h"

#include <QPushButton>

namespace jalaseh::app {
namespace {

const QString sslmodeKey = QStringLiteral("sslmode");

} // namespace

ServerDialog::ServerDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServerDialog>())
{
    m_ui->setupUi(this);
    setMinimumWidth(560);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ServerDialog::reject);
    // Addresses, server names and logins are Latin text read left to right, also in the Persian
    // window; a right-to-left field would show `postgresql://` with its punctuation moved about.
    for (QLineEdit* line : {m_ui->addressEdit, m_ui->hostEdit, m_ui->portEdit, m_ui->databaseEdit,
                            m_ui->userEdit, m_ui->passwordEdit})
        line->setLayoutDirection(Qt::LeftToRight);
    m_ui->addressEdit->setClearButtonEnabled(true);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));

    // libpq's sslmode values that make sense to offer; `allow` and `verify-ca` are left to a
    // pasted address. `require` is the default: a server reached over the network should get
    // the password and the minutes only encrypted (docs/server.md sets servers up with TLS), and
    // libpq ignores sslmode on a Unix socket, so a server on this computer is still reached.
    m_ui->encryptionCombo->addItem(tr("Required"), QStringLiteral("require"));
    m_ui->encryptionCombo->addItem(tr("Required, and the server's certificate is checked"),
                                   QStringLiteral("verify-full"));
    m_ui->encryptionCombo->addItem(tr("If the server offers it"), QStringLiteral("prefer"));
    m_ui->encryptionCombo->addItem(tr("Off (only within a trusted network)"),
                                   QStringLiteral("disable"));
    m_ui->encryptionCombo->setCurrentIndex(0);

    connect(m_ui->addressEdit, &QLineEdit::textEdited, this, &ServerDialog::addressEdited);
    // A pasted address with a password is shown without it once the user leaves the line.
    connect(m_ui->addressEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_addressBroken && !m_ui->addressEdit->text().trimmed().isEmpty()) {
            m_ui->addressEdit->setText(addressText());
            m_typedAddress = m_ui->addressEdit->text();
        }
    });
    for (QLineEdit* field : {m_ui->hostEdit, m_ui->portEdit, m_ui->databaseEdit, m_ui->userEdit})
        connect(field, &QLineEdit::textEdited, this, &ServerDialog::fieldsEdited);
    connect(m_ui->encryptionCombo, &QComboBox::activated, this, &ServerDialog::fieldsEdited);
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, this, &ServerDialog::updateAcceptable);
    showProblem({});
    updateAcceptable();
}

ServerDialog::~ServerDialog()
{
    // ~QDialog hides the dialog, which takes the focus from the address line and emits its
    // editingFinished; by then this object is no longer a ServerDialog (UBSan saw the lambda run
    // on the QDialog left). Nothing of it may answer once it is going.
    disconnect(m_ui->addressEdit, nullptr, this, nullptr);
}

void ServerDialog::setAddress(const QString& text)
{
    m_ui->addressEdit->setText(text);
    addressEdited(text);
    if (!m_addressBroken)
        m_ui->addressEdit->setText(addressText());
}

storage::DatabaseAddress ServerDialog::address() const
{
    storage::DatabaseAddress address;
    address.engine = storage::Engine::Postgres;
    address.host = m_ui->hostEdit->text().trimmed();
    address.port = persian::toLatinDigits(m_ui->portEdit->text().trimmed()).toInt();
    address.databaseName = m_ui->databaseEdit->text().trimmed();
    address.user = m_ui->userEdit->text().trimmed();
    address.password = m_ui->passwordEdit->text();
    address.options.append({sslmodeKey, m_ui->encryptionCombo->currentData().toString()});
    address.options.append(m_otherOptions);
    return address;
}

QString ServerDialog::addressText() const
{
    return address().display();
}

bool ServerDialog::rememberPassword() const
{
    return m_ui->rememberCheck->isChecked();
}

void ServerDialog::setRememberPassword(bool remember)
{
    m_ui->rememberCheck->setChecked(remember);
}

QString ServerDialog::problem() const
{
    return m_ui->problemLabel->isHidden() ? QString() : m_ui->problemLabel->text();
}

void ServerDialog::addressEdited(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        m_typedAddress.clear();
        m_addressBroken = false;
        showProblem({});
        updateAcceptable();
        return;
    }
    if (!storage::DatabaseAddress::isServerAddress(trimmed)) {
        m_typedAddress = text;
        m_addressBroken = true;
        showProblem(tr("A server address begins with postgresql://, e.g. "
                       "postgresql://secretary@db.example.org/jalaseh. To open a file, use "
                       "File → Open database."));
        updateAcceptable();
        return;
    }
    bool ok = false;
    QString error;
    const storage::DatabaseAddress parsed = storage::DatabaseAddress::parse(trimmed, &ok, &error);
    m_addressBroken = !ok;
    showProblem(ok ? QString() : error);
    if (ok) {
        fillFields(parsed);
        // The password goes to its own field and out of sight: at once when the address was
        // pasted, when the user leaves the line when it is being typed (rewriting the line
        // under the cursor would scramble the typing).
        const bool pasted = qAbs(text.size() - m_typedAddress.size()) > 1;
        if (!parsed.password.isEmpty() && pasted)
            m_ui->addressEdit->setText(addressText());
    }
    m_typedAddress = m_ui->addressEdit->text();
    updateAcceptable();
}

void ServerDialog::fillFields(const storage::DatabaseAddress& parsed)
{
    m_ui->hostEdit->setText(parsed.host);
    m_ui->portEdit->setText(parsed.port ? QString::number(parsed.port) : QString());
    m_ui->databaseEdit->setText(parsed.databaseName);
    m_ui->userEdit->setText(parsed.user);
    if (!parsed.password.isEmpty())
        m_ui->passwordEdit->setText(parsed.password);
    m_otherOptions.clear();
    QString mode;
    for (const auto& option : parsed.options) {
        if (option.first == sslmodeKey)
            mode = option.second;
        else
            m_otherOptions.append(option);
    }
    // An address without sslmode gets libpq's default, which the combo then names.
    setEncryption(mode.isEmpty() ? QStringLiteral("prefer") : mode);
}

void ServerDialog::setEncryption(const QString& mode)
{
    int index = m_ui->encryptionCombo->findData(mode);
    if (index < 0) { // allow, verify-ca: offered only when an address asks for them
        m_ui->encryptionCombo->addItem(mode, mode);
        index = m_ui->encryptionCombo->count() - 1;
    }
    m_ui->encryptionCombo->setCurrentIndex(index);
}

void ServerDialog::fieldsEdited()
{
    m_addressBroken = false;
    showProblem(portProblem());
    m_ui->addressEdit->setText(addressText());
    m_typedAddress = m_ui->addressEdit->text();
    updateAcceptable();
}

QString ServerDialog::portProblem() const
{
    const QString port = persian::toLatinDigits(m_ui->portEdit->text().trimmed());
    if (port.isEmpty())
        return {};
    bool number = false;
    const int value = port.toInt(&number);
    if (number && value >= 1 && value <= 65535)
        return {};
    return tr("The port is a number from 1 to 65535 (PostgreSQL's usual one is 5432); leave it "
              "empty for the usual one.");
}

void ServerDialog::showProblem(const QString& text)
{
    m_ui->problemLabel->setText(text);
    m_ui->problemLabel->setVisible(!text.isEmpty());
}

void ServerDialog::updateAcceptable()
{
    const QString host = m_ui->hostEdit->text().trimmed();
    const QString database = m_ui->databaseEdit->text().trimmed();
    const bool sensible = !m_addressBroken && !host.isEmpty() && !host.contains(QLatin1Char(' ')) &&
                          !database.isEmpty() && portProblem().isEmpty();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(sensible);
}

} // namespace jalaseh::app
