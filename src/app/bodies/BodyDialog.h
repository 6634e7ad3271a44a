#pragma once

#include "core/Body.h"

#include <QDialog>
#include <memory>

namespace Ui {
class BodyDialog;
}

namespace jalaseh::app {

// Edits one body: name, kind, description; a working group merged into another keeps its name
// and history and points at the body it joined.
class BodyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BodyDialog(const QList<Body>& otherBodies, QWidget* parent = nullptr);
    ~BodyDialog() override;

    void setBody(const Body& body);
    Body body() const;
    // For a login that may not change it: the fields are read-only and the buttons say Close,
    // with `why` on Close.
    void showForReading(const QString& why);
    void accept() override;

private:
    std::unique_ptr<Ui::BodyDialog> m_ui;
    Body m_body;
};

} // namespace jalaseh::app
