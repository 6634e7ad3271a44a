#pragma once

#include "AttendanceMatrix.h"

namespace jalaseh {

// The organisation's rules for attendance review. Bylaws of Iranian bodies commonly count three
// unexcused absences in a row, or five in a year, as resignation. They are kept in the database
// (SettingsRepository), so that everyone who opens the file applies the same bylaws.
struct ReviewRules
{
    int consecutiveAbsences = 3; // N: unexcused absences in a row
    int absencesInOneYear = 5;   // M: unexcused absences in one Jalali year
    int quietMonths = 3;         // K: a body with no meeting in this many months

    static constexpr int maxConsecutiveAbsences = 50;
    static constexpr int maxAbsencesInOneYear = 100;
    static constexpr int maxQuietMonths = 60;

    AbsenceThresholds absenceThresholds() const
    {
        return {.consecutive = consecutiveAbsences, .inOneYear = absencesInOneYear};
    }
    bool isValid() const
    {
        return consecutiveAbsences >= 1 && consecutiveAbsences <= maxConsecutiveAbsences &&
               absencesInOneYear >= 1 && absencesInOneYear <= maxAbsencesInOneYear &&
               quietMonths >= 1 && quietMonths <= maxQuietMonths;
    }
    bool operator==(const ReviewRules&) const = default;
};

} // namespace jalaseh
