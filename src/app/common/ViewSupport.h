#pragma once

// Small helpers the views share: table set-up, selection by id and column widths, keys bound to a
// widget, ids in combo boxes, optional ids, text as stored.
#include "core/Id.h"
#include "persian/Normalize.h"

#include <QHeaderView>
#include <QKeySequence>
#include <QShortcut>
#include <QTableView>
#include <optional>

class QAbstractButton;
class QColor;
class QComboBox;
class QDialog;
class QDialogButtonBox;
class QWidget;

namespace jalaseh::session {
class RecordListModel;
} // namespace jalaseh::session

namespace jalaseh::app::views {

inline QString stored(const QString& text)
{
    return persian::normalizeForStorage(text);
}

// Text someone typed (a name, a title, a venue), set apart between U+2068 FIRST STRONG ISOLATE and
// U+2069 POP DIRECTIONAL ISOLATE, so that a Persian name in an English sentence (or a Latin one in
// a Persian sentence) keeps its own direction without reordering the words around it.
inline QString isolated(const QString& text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

inline std::optional<Id> optionalId(Id id)
{
    return id ? std::optional<Id>(id) : std::nullopt;
}

inline void setUpTable(QTableView* table, int stretchColumn)
{
    table->verticalHeader()->hide();
    table->horizontalHeader()->setResizeContentsPrecision(40);
    // The main text takes the room that is left; without one, the last column does.
    table->horizontalHeader()->setStretchLastSection(stretchColumn < 0);
    if (stretchColumn >= 0)
        table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

// A key that works while `widget` has the focus.
template <typename Receiver, typename Slot>
QShortcut* addShortcut(QWidget* widget, const QKeySequence& key, Receiver* receiver, Slot slot)
{
    auto* shortcut = new QShortcut(key, widget);
    shortcut->setContext(Qt::WidgetShortcut);
    QObject::connect(shortcut, &QShortcut::activated, receiver, slot);
    return shortcut;
}

// The row of the table's current index, or -1.
int selectedRow(const QTableView* table);
// The id of that row in `model` (the table's), or 0.
Id selectedId(const QTableView* table, const session::RecordListModel& model);
// Makes the row of `id` current; clears the selection when `id` is 0 or not shown.
void selectRowById(QTableView* table, const session::RecordListModel& model, Id id);
// Fits the columns to their contents, none but a stretched one wider than a long name needs.
void fitColumns(QTableView* table);
// Lets the rows be dragged to another place; the model turns a drop into a move request.
void allowDragging(QTableView* table);

// The colour of a problem's words (a field's mistake, a failed export): a dark red on a light
// palette, a light one on a dark palette, readable on both.
QColor problemColour();
// Shows `label`'s text in that colour.
void markAsProblem(QWidget* label);

// A form shown to a login that may not change it (a server's lead or viewer): its fields can be
// read and copied but not changed, and `buttons` offers Close alone, with `why` as its tooltip.
void showForReading(QDialog* dialog, QDialogButtonBox* buttons, const QString& why);
// Whether the login may make the edit of `button`: on with its own tooltip, or off with `why` as
// its tooltip (a disabled button still shows its tooltip).
void offerEdit(QAbstractButton* button, bool may, const QString& why);

// The id held as the current item's data, and the item holding `id` chosen (the first when none
// does).
Id chosenId(const QComboBox* combo);
void chooseId(QComboBox* combo, Id id);

} // namespace jalaseh::app::views
