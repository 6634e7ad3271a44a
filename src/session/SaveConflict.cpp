#include "session/SaveConflict.h"

#include "persian/JalaliDate.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

namespace jalaseh::session {
namespace {

QString listed(const QStringList& names)
{
    return names.join(QCoreApplication::translate("SaveConflict", ", "));
}

} // namespace

SaveConflict describeConflict(const storage::EditConflict& error, const QString& noun,
                              const QStringList& theirFields, const QStringList& yourFields,
                              bool removal)
{
    SaveConflict conflict;
    conflict.changedBy = error.current().changedBy;
    conflict.changedAt = error.current().changedAt;
    conflict.theirFields = theirFields;
    conflict.yourFields = yourFields;
    const QString who = conflict.changedBy.isEmpty()
                            ? QCoreApplication::translate("SaveConflict", "Someone else")
                            : conflict.changedBy;
    QString when;
    if (conflict.changedAt.isValid()) {
        const QDateTime local = conflict.changedAt.toLocalTime();
        when = QCoreApplication::translate("SaveConflict", " on %1 at %2")
                   .arg(persian::formatDate(local.date()), persian::formatTime(local.time()));
    }
    const QString what =
        theirFields.isEmpty()
            ? QCoreApplication::translate("SaveConflict", "%1 saved %2%3 after you opened it.")
                  .arg(who, noun, when)
            : QCoreApplication::translate("SaveConflict",
                                          "%1 changed %2%3 after you opened it: %4.")
                  .arg(who, noun, when, listed(theirFields));
    const QString yours =
        removal ? QCoreApplication::translate(
                      "SaveConflict",
                      "So it was not removed. You can remove it as it is now, or keep it.")
        : yourFields.isEmpty()
            ? QCoreApplication::translate(
                  "SaveConflict",
                  "So your change was not saved. You can make it again on the new version, or "
                  "discard it.")
            : QCoreApplication::translate(
                  "SaveConflict",
                  "So your change (%1) was not saved, and it is not lost: you can apply it on the "
                  "new version, or discard it.")
                  .arg(listed(yourFields));
    conflict.message = what + u' ' + yours;
    return conflict;
}

} // namespace jalaseh::session
