#pragma once

// What the files of MeetingEditor share (see MeetingEditor.h); not for other classes.
#include "core/Id.h"
#include "persian/Normalize.h"

#include <QHeaderView>
#include <QKeySequence>
#include <QShortcut>
#include <QTableView>
#include <optional>

namespace jalaseh::app::editor {

inline QString stored(const QString& text)
{
    return persian::normalizeForStorage(text);
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

} // namespace jalaseh::app::editor
