#pragma once

#include "session/RowTraits.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The fields of each kind of row, one by one, so that an edit refused because someone else saved
// the row first (storage::EditConflict) can say which fields each of them changed, and the user's
// change can be applied again on the row as it is now without undoing theirs.
namespace jalaseh::session {

template <typename Row>
struct RowField
{
    const char* label; // QT_TRANSLATE_NOOP("RowFields", ...)
    bool (*same)(const Row&, const Row&);
    void (*copy)(Row& to, const Row& from);
};

// Every field a user edits (not the id, the meeting a row belongs to, or its position).
template <typename Row>
const QList<RowField<Row>>& rowFields();

// "this decision", "this person", ...: what the user is told was changed.
template <typename Row>
QString rowNoun();

// The names of the fields that differ between two versions of a row, for the user.
template <typename Row>
QStringList differingFields(const Row& a, const Row& b)
{
    QStringList names;
    for (const RowField<Row>& field : rowFields<Row>()) {
        if (!field.same(a, b))
            names.append(QCoreApplication::translate("RowFields", field.label));
    }
    return names;
}

// `base` with the change from `from` to `to` made on it: each field that differs between them
// takes its value from `to`, the others keep base's.
template <typename Row>
Row withChange(Row base, const Row& from, const Row& to)
{
    for (const RowField<Row>& field : rowFields<Row>()) {
        if (!field.same(from, to))
            field.copy(base, to);
    }
    return base;
}

#define JALASEH_DECLARE_ROW_FIELDS(Row)                                                            \
    template <>                                                                                    \
    const QList<RowField<Row>>& rowFields<Row>();                                                  \
    template <>                                                                                    \
    QString rowNoun<Row>();
JALASEH_DECLARE_ROW_FIELDS(Person)
JALASEH_DECLARE_ROW_FIELDS(Body)
JALASEH_DECLARE_ROW_FIELDS(Membership)
JALASEH_DECLARE_ROW_FIELDS(MeetingSeries)
JALASEH_DECLARE_ROW_FIELDS(Meeting)
JALASEH_DECLARE_ROW_FIELDS(Attendance)
JALASEH_DECLARE_ROW_FIELDS(AgendaItem)
JALASEH_DECLARE_ROW_FIELDS(Contribution)
JALASEH_DECLARE_ROW_FIELDS(Proposal)
JALASEH_DECLARE_ROW_FIELDS(Decision)
JALASEH_DECLARE_ROW_FIELDS(ActionItem)
#undef JALASEH_DECLARE_ROW_FIELDS

} // namespace jalaseh::session
