#pragma once

#include <QCompleter>

namespace jalaseh::session {
class PersonListModel;
} // namespace jalaseh::session

namespace jalaseh::app {

// Completes a person's name from any part of it, as Persian is really typed: the typed text and
// every name are compared by persian::searchKey, so "كاظمي" finds "کاظمی".
class PersonCompleter : public QCompleter
{
    Q_OBJECT
public:
    PersonCompleter(session::PersonListModel* people, QObject* parent = nullptr);

    QStringList splitPath(const QString& path) const override;
    QString pathFromIndex(const QModelIndex& index) const override;
};

} // namespace jalaseh::app
