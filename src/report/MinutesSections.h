#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace jalaseh::report {

// The parts of the minutes one export may leave out. Leaving a part out changes the document,
// never the record: approved minutes keep their snapshot, and a copy that leaves parts out says
// so next to its document id (MinutesDocument::render, docs/templates.md).
struct MinutesSections
{
    bool absentees = true;     // the absent and the excused: lists and sentences
    bool contributions = true; // the discussion: what was said, and the questions put to the room
    bool proposals = true;
    bool signatures = true;  // the formal minutes' signature lines
    bool attachments = true; // the list of the meeting's attached files («پیوست‌ها»)
    // The document id of approved minutes. Left out, the copy says that it carries none, so
    // that it is never taken for a copy that could be checked (`jalaseh verify`).
    bool documentId = true;

    bool operator==(const MinutesSections&) const = default;

    // "absentees", "contributions", "proposals", "signatures", "attachments", "document-id": the
    // command line's
    // words and the keys the window remembers them by.
    static QStringList keys();
    // Whether the part `key` is in; false for an unknown key.
    bool includes(const QString& key) const;
    // Sets the part `key`; false (and nothing changed) for an unknown key.
    bool set(const QString& key, bool included);
    // The keys of the parts left out, in the order of keys().
    QStringList leftOut() const;
    // Every part but those of `keys`; nullopt, with the first unknown word in `unknown`, when a
    // key is not one of keys(). Case does not matter.
    static std::optional<MinutesSections> without(const QStringList& keys,
                                                  QString* unknown = nullptr);
    // Whether a part of the minutes' text (not the id) is left out.
    bool abridged() const;
    // The Persian names of the parts of the text left out ("غایبان، پیشنهادها"), for the
    // note on an abridged copy.
    QString leftOutNames() const;
};

} // namespace jalaseh::report
