#pragma once

#include "Id.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace jalaseh {

// One version of a meeting's minutes of record. Version 1 is made when the minutes are first
// approved; an amendment (اصلاحیه) opens the next one as a draft, with its reason, which is
// approved in turn. An approved version keeps a snapshot of everything its minutes show (see
// documents/MinutesSnapshot.h), its fingerprint and its document id, and never changes again.
struct MinutesVersion
{
    Id meetingId = 0;
    int number = 1;
    QString amendReason; // empty for version 1
    QDateTime openedAt;  // UTC
    QString openedBy;
    QDateTime approvedAt; // UTC; invalid while the version is a draft
    QString approvedBy;
    QByteArray snapshot; // canonical JSON; empty while a draft
    QString fingerprint; // SHA-256 of the snapshot, hex
    QString documentId;  // see DocumentId.h

    bool isApproved() const { return approvedAt.isValid(); }
    bool operator==(const MinutesVersion&) const = default;
};

// Where a meeting's minutes stand: never approved (Draft), approved and so frozen (Approved;
// `version` above 1 when amended), or an amendment open for editing (Amending).
struct MinutesStanding
{
    enum State
    {
        Draft,
        Approved,
        Amending
    };
    State state = Draft;
    int version = 1; // the version being edited, or the last approved one

    bool isFrozen() const { return state == Approved; }
    bool wasAmended() const { return version > 1; }
    static MinutesStanding of(const QList<MinutesVersion>& versions)
    {
        if (versions.isEmpty())
            return {};
        const MinutesVersion& last = versions.last();
        return {last.isApproved() ? Approved : Amending, last.number};
    }
    bool operator==(const MinutesStanding&) const = default;
};

} // namespace jalaseh
