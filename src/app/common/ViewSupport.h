#pragma once

// Small helpers the views share: table set-up, keys bound to a widget, optional ids, text as
// stored.
#include "core/Id.h"
#include "persian/Normalize.h"

#include <QHeaderView>
#include <QKeySequence>
#include <QShortcut>
#include <QTableView>
#include <optional>

namespace jalaseh::app::views {

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

} // namespace jalaseh::app::views
