#include "PersonCompleter.h"

#include "PersonListModel.h"
#include "persian/Normalize.h"

namespace jalaseh::app {

PersonCompleter::PersonCompleter(PersonListModel* people, QObject* parent)
    : QCompleter(people, parent)
{
    setCompletionColumn(PersonListModel::NameColumn);
    setCompletionRole(RecordListModel::SearchKeyRole);
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
