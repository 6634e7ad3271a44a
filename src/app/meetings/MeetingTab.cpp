#include "app/meetings/MeetingTab.h"

#include "app/common/ViewSupport.h"
#include "session/DatabaseSession.h"
#include "session/models/AgendaListModel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QTextEdit>
#include <algorithm>

namespace jalaseh::app {

MeetingTab::MeetingTab(QWidget* parent)
    : QWidget(parent)
{
}

MeetingTab::~MeetingTab()
{
    // Fields report "editing finished" when they lose focus, also while they are destroyed
    // after the tab; stop listening first.
    for (QObject* child : findChildren<QObject*>())
        child->disconnect(this);
}

namespace {

// What a widget was before it was frozen, kept on it to be given back.
constexpr char wasEnabled[] = "jalasehWasEnabled";
constexpr char wasReadOnly[] = "jalasehWasReadOnly";
constexpr char wasEditTriggers[] = "jalasehWasEditTriggers";
constexpr char wasDragDrop[] = "jalasehWasDragDrop";

template <typename Widget, typename Get, typename Set>
void holdState(Widget* widget, const char* name, bool frozen, Get get, Set set,
               const QVariant& frozenValue)
{
    if (frozen) {
        if (!widget->property(name).isValid())
            widget->setProperty(name, get(widget));
        set(widget, frozenValue);
    } else if (widget->property(name).isValid()) {
        set(widget, widget->property(name));
        widget->setProperty(name, QVariant());
    }
}

void freezeWidget(QWidget* widget, bool frozen)
{
    if (widget->property(MeetingTab::readsOnly).toBool())
        return;
    if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
        holdState(
            view, wasEditTriggers, frozen,
            [](QAbstractItemView* v) { return int(v->editTriggers()); },
            [](QAbstractItemView* v, const QVariant& value) {
                v->setEditTriggers(QAbstractItemView::EditTriggers(value.toInt()));
            },
            int(QAbstractItemView::NoEditTriggers));
        holdState(
            view, wasDragDrop, frozen, [](QAbstractItemView* v) { return int(v->dragDropMode()); },
            [](QAbstractItemView* v, const QVariant& value) {
                v->setDragDropMode(QAbstractItemView::DragDropMode(value.toInt()));
            },
            int(QAbstractItemView::NoDragDrop));
        return;
    }
    const auto readOnly = [&](auto* field) {
        holdState(
            field, wasReadOnly, frozen, [](auto* f) { return f->isReadOnly(); },
            [](auto* f, const QVariant& value) { f->setReadOnly(value.toBool()); }, true);
    };
    if (auto* line = qobject_cast<QLineEdit*>(widget)) {
        if (!qobject_cast<QComboBox*>(line->parent()) &&
            !qobject_cast<QAbstractSpinBox*>(line->parent()))
            readOnly(line);
        return;
    }
    if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
        return readOnly(text);
    if (auto* text = qobject_cast<QTextEdit*>(widget))
        return readOnly(text);
    if (qobject_cast<QAbstractButton*>(widget) || qobject_cast<QComboBox*>(widget) ||
        qobject_cast<QAbstractSpinBox*>(widget)) {
        holdState(
            widget, wasEnabled, frozen,
            [](QWidget* w) { return !w->testAttribute(Qt::WA_ForceDisabled); },
            [](QWidget* w, const QVariant& value) { w->setEnabled(value.toBool()); }, false);
    }
}

} // namespace

void MeetingTab::setFrozen(bool frozen)
{
    if (frozen == m_frozen)
        return;
    m_frozen = frozen;
    for (QWidget* child : findChildren<QWidget*>())
        freezeWidget(child, frozen);
    for (QAction* action : findChildren<QAction*>()) {
        holdState(
            action, wasEnabled, frozen, [](QAction* a) { return a->isEnabled(); },
            [](QAction* a, const QVariant& value) { a->setEnabled(value.toBool()); }, false);
    }
}

bool MeetingTab::read(const std::function<void()>& read) const
{
    return m_session && m_session->read(read);
}

void MeetingTab::selectKeepingForm(QTableView* table, const session::RecordListModel& model, Id id)
{
    const QScopedValueRollback keeping(m_keepForm, true);
    views::selectRowById(table, model, id);
}

void MeetingTab::fillTopicCombo(QComboBox* combo, const session::AgendaListModel& agenda)
{
    const QVariant selected = combo->currentData();
    combo->clear();
    combo->addItem(tr("(no agenda item)"), Id(0));
    for (const AgendaItem& item : agenda.items())
        combo->addItem(agenda.topicName(item.id), item.id);
    const int index = combo->findData(selected);
    combo->setCurrentIndex(std::max(index, 0));
}

} // namespace jalaseh::app
