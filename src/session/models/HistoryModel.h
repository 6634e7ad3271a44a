#pragma once

#include "core/HistoryEntry.h"
#include "core/Id.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <functional>

namespace jalaseh::session {

class DatabaseSession;

// The history (تاریخچه) of one meeting or one decision, newest first: when, who, what was added,
// changed or removed, and each changed field's value before and after in words — people and
// bodies by name, states by their labels, dates in the Jalali calendar. Read through the
// session's guarded path (storage::ChangeLogRepository).
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        WhatColumn,
        DetailsColumn,
        ColumnCount
    };

    explicit HistoryModel(QObject* parent = nullptr);

    // False when the read failed (the session said why); the model then keeps its rows.
    bool reloadMeeting(DatabaseSession& session, Id meetingId);
    bool reloadDecision(DatabaseSession& session, Id decisionId);
    const HistoryEntry& entryAt(int row) const { return m_entries.at(row); }

    // "Decision changed", in the interface's words.
    QString describe(const HistoryEntry& entry) const;
    // One line a field: "Text: «before» → «after»".
    QStringList details(const HistoryEntry& entry) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    bool reload(DatabaseSession& session, const std::function<QList<HistoryEntry>()>& read);
    QString valueText(const QString& table, const QString& column, const QVariant& value) const;

    QList<HistoryEntry> m_entries;
    QHash<Id, QString> m_personNames;
    QHash<Id, QString> m_bodyNames;
    QHash<Id, QString> m_seriesNames;
};

} // namespace jalaseh::session
