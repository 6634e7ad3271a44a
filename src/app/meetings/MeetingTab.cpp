#include "app/meetings/MeetingTab.h"

#include "app/common/ViewSupport.h"
#include "session/DatabaseSession.h"
#include "session/models/AgendaListModel.h"

#include <QComboBox>
#include <QScopedValueRollback>
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
