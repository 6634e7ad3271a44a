#pragma once

#include "FileProblem.h"
#include "core/MeetingRecord.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>

// The meeting file format ("jalaseh-meeting", version 3; described in docs/meeting-json.md): one
// meeting with everything its minutes need, self-contained. People, bodies and the series are
// written by name, never by database id, so a file moves between databases.
namespace jalaseh::exchange {

inline constexpr char meetingFormatName[] = "jalaseh-meeting";
// Version 3 added `attachments` (version 2 is the votes'); files of every earlier version are read.
inline constexpr int meetingFormatVersion = 3;

// The meeting of `record` as a file. Attachments are written with `content` as their bytes:
// a record loaded from the database has none, so fill them in first (exportMeeting does). Deterministic: object keys in alphabetical order, lists in
// their recorded order, people and bodies in the order the meeting first refers to them. Only the
// people and bodies that the written rows refer to are written; decisions carried over from
// earlier meetings belong to those meetings and are left out.
QJsonDocument toJson(const MeetingRecord& record);
// The same as indented UTF-8 text, ending with a newline; what `jalaseh export meeting` writes.
QByteArray toJsonText(const MeetingRecord& record);

// A file read back. When `problems` is empty, `record` holds the meeting with the file's own
// numbering for ids: people, bodies, agenda items, proposals and decisions are numbered 1, 2, ...
// in file order (so references between them are already consistent), ordered rows have positions
// 1, 2, ..., the meeting and the series have id 0, and every text is normalised for storage.
// `series.bodyId` refers to `record.bodies`.
struct MeetingFile
{
    MeetingRecord record;
    QList<FileProblem> problems;

    bool ok() const { return problems.isEmpty(); }
};

// Parses and checks a meeting file; never throws and never asserts, whatever the bytes. Every
// problem found is reported (up to a limit), each naming its field.
MeetingFile readMeetingJson(const QByteArray& bytes);

} // namespace jalaseh::exchange
