#include "app/common/ViewSupport.h"

#include "session/models/RecordListModel.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>
#include <algorithm>

namespace jalaseh::app::views {

namespace {

// The widest a column other than the main text takes when fitted to its contents, so that a long
// name or title does not push the text out of sight.
constexpr int widestColumn = 260;

} // namespace

QColor problemColour()
{
    const QPalette palette = QApplication::palette();
    const bool dark = palette.color(QPalette::Window).lightness() <
                      palette.color(QPalette::WindowText).lightness();
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

void showForReading(QDialog* dialog, QDialogButtonBox* buttons, const QString& why)
{
    for (QWidget* field : dialog->findChildren<QWidget*>()) {
        if (field == buttons || buttons->isAncestorOf(field))
            continue;
        if (auto* line = qobject_cast<QLineEdit*>(field)) {
            // A combo box's or a spin box's own line is left to its owner, which is disabled.
            if (!qobject_cast<QComboBox*>(line->parent()) &&
                !qobject_cast<QAbstractSpinBox*>(line->parent()))
                line->setReadOnly(true);
        } else if (auto* text = qobject_cast<QPlainTextEdit*>(field)) {
            text->setReadOnly(true);
        } else if (auto* text = qobject_cast<QTextEdit*>(field)) {
            text->setReadOnly(true);
        } else if (qobject_cast<QAbstractButton*>(field) || qobject_cast<QComboBox*>(field) ||
                   qobject_cast<QAbstractSpinBox*>(field)) {
            field->setEnabled(false);
        }
    }
    buttons->setStandardButtons(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setToolTip(why);
}

void offerEdit(QAbstractButton* button, bool may, const QString& why)
{
    // The button's own tooltip, kept to be given back when the edit is offered again.
    constexpr char ownToolTip[] = "jalasehOwnToolTip";
    if (!button->property(ownToolTip).isValid())
        button->setProperty(ownToolTip, button->toolTip());
    button->setEnabled(may);
    // Off for another reason than the login's (nothing chosen, say): its own tooltip still.
    button->setToolTip(may || why.isEmpty() ? button->property(ownToolTip).toString() : why);
}

void markAsProblem(QWidget* label)
{
    label->setStyleSheet(QStringLiteral("color: %1;").arg(problemColour().name()));
}

int selectedRow(const QTableView* table)
{
    const QModelIndex index = table->currentIndex();
    return index.isValid() ? index.row() : -1;
}

Id selectedId(const QTableView* table, const session::RecordListModel& model)
{
    const int row = selectedRow(table);
    return row >= 0 ? model.idAt(row) : Id(0);
}

void selectRowById(QTableView* table, const session::RecordListModel& model, Id id)
{
    const int row = id ? model.rowOf(id) : -1;
    if (row >= 0)
        table->setCurrentIndex(model.index(row, 0));
    else
        table->clearSelection();
}

void fitColumns(QTableView* table)
{
    table->resizeColumnsToContents();
    QHeaderView* header = table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        if (header->sectionResizeMode(column) != QHeaderView::Stretch &&
            header->sectionSize(column) > widestColumn)
            header->resizeSection(column, widestColumn);
}

void allowDragging(QTableView* table)
{
    table->setDragEnabled(true);
    table->setAcceptDrops(true);
    table->setDropIndicatorShown(true);
    table->setDragDropMode(QAbstractItemView::InternalMove);
    table->setDefaultDropAction(Qt::MoveAction);
}

Id chosenId(const QComboBox* combo)
{
    return combo->currentData().value<Id>();
}

void chooseId(QComboBox* combo, Id id)
{
    combo->setCurrentIndex(std::max(combo->findData(id), 0));
}

} // namespace jalaseh::app::views
