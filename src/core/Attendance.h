#pragma once

#include "Enums.h"
#include "Id.h"
#include "RowVersion.h"

#include <QString>
#include <optional>

namespace jalaseh {

// One person at (or missing from) one meeting.
// Present, late or leaving early: the person was there (and their time was taken).
inline bool wasThere(AttendanceStatus status)
{
    return status == AttendanceStatus::Present || status == AttendanceStatus::Late ||
           status == AttendanceStatus::LeftEarly;
}

struct Attendance
{
    Id id = 0;
    Id meetingId = 0;
    Id personId = 0;
    AttendanceRole role = AttendanceRole::Member;
    AttendanceStatus status = AttendanceStatus::Present;
    QString reason;      // why excused or absent, if known
    int minutesLate = 0; // for Late
    std::optional<Id> representsBodyId;

    bool wasThere() const { return jalaseh::wasThere(status); }
    RowVersion version = {};
    bool operator==(const Attendance&) const = default;
};

} // namespace jalaseh
