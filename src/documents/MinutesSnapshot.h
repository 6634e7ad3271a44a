#pragma once

#include "MinutesSource.h"

#include <QByteArray>
#include <optional>

namespace jalaseh::documents {

// What approved minutes are rendered from for ever after: the meeting record, the organisation
// (name, letterhead, logo) and the next meeting as they stood when approved, and which version
// they are. Canonical JSON (keys in order, no spaces, UTF-8), so that the same minutes always
// give the same bytes and so the same fingerprint. Templates are not in it: a style is a way of
// writing the same content, and every style renders from the snapshot.
struct SnapshotContent
{
    MeetingRecord record;
    Organisation organisation;
    std::optional<Meeting> nextMeeting;
    int version = 1;
    QString amendReason;
};

inline constexpr int snapshotFormatVersion = 1;

QByteArray toSnapshot(const SnapshotContent& content);
// nullopt when the bytes are not a snapshot this version of Jalaseh can read.
std::optional<SnapshotContent> fromSnapshot(const QByteArray& bytes);

// The SHA-256 of the snapshot's bytes (32 bytes).
QByteArray fingerprintOf(const QByteArray& snapshot);

} // namespace jalaseh::documents
