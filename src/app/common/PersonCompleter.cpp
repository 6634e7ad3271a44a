#include "app/common/PersonCompleter.h"

#include "persian/Normalize.h"
#include "session/models/PersonListModel.h"

namespace jalaseh::app {

PersonCompleter::PersonCompleter(session::PersonListModel* people, QObject* parent)
    : QCompleter(people, parent)
{
    setCompletionColumn(session::PersonListModel::NameColumn);
    setCompletionRole(session::RecordListModel::SearchKeyRole);
    setFilterMode(Qt::MatchContains);
    setCaseSensitivity(Qt::CaseSensitive); // keys are already folded
    setCompletionMode(QCompleter::PopupCompletion);
    setMaxVisibleItems(12);
}

QStringList PersonCompleter::splitPath(const QString& path) const
{
    return {persian::searchKey(path)};
}

QString PersonCompleter::pathFromIndex(const QModelIndex& index) const
{
    return index.data(Qt::DisplayRole).toString();
}

} // namespace jalaseh::app
