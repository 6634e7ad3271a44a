#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace jalaseh::DocumentId {

// The id printed on approved minutes: the first 75 bits of the SHA-256 fingerprint of the
// snapshot, in 15 characters of Crockford's base-32 alphabet (digits and Latin capitals without
// I, L, O and U, so that nothing reads as another character), and a check character (Luhn mod
// 32), in four groups of four: "7K3M-Q9XA-4TRB-C2HP". Typed on any keyboard, read by any scanner;
// one mistyped character, and two swapped neighbours but 0 and Z, are caught by the check
// character.

// The id of the snapshot whose SHA-256 is `sha256` (32 bytes).
QString fromFingerprint(const QByteArray& sha256);

enum class Reading
{
    Valid,
    Malformed, // not 16 characters of the alphabet after removing hyphens and spaces
    BadCheck,  // the right shape but the check character does not match: mistyped
};

struct Parsed
{
    Reading reading = Reading::Malformed;
    QString id; // the canonical form ("7K3M-Q9XA-4TRB-C2HP") when valid
};

// Reads an id as someone typed it: case, hyphens, spaces, Persian or Arabic digits and the
// look-alikes O (for 0) and I, L (for 1) are forgiven.
Parsed parse(const QString& typed);

} // namespace jalaseh::DocumentId
