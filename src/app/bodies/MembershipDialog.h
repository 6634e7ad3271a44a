#pragma once

#include "core/Membership.h"

#include <QDialog>
#include <memory>

namespace Ui {
class MembershipDialog;
}

namespace jalaseh::session {
class PersonListModel;
} // namespace jalaseh::session

namespace jalaseh::app {

// A person's seat in a body: who, in which role, from when and until when (empty: still).
class MembershipDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MembershipDialog(session::PersonListModel* people, QWidget* parent = nullptr);
    ~MembershipDialog() override;

    void setMembership(const Membership& membership);
    Membership membership() const;
    // For a login that may not change it: the fields are read-only and the buttons say Close,
    // with `why` on Close.
    void showForReading(const QString& why);
    void accept() override;

private:
    std::unique_ptr<Ui::MembershipDialog> m_ui;
    Membership m_membership;
};

} // namespace jalaseh::app
