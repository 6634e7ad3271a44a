#pragma once

#include "Enums.h"
#include "Id.h"
#include "RowVersion.h"

#include <QDate>
#include <QString>
#include <QTime>
#include <optional>

namespace jalaseh {

struct Meeting
{
    Id id = 0;
    Id seriesId = 0;
    int number = 0; // position in its series, from 1
    QString title;
    MeetingMode mode = MeetingMode::InPerson;
    QString venue;      // a room, or the online platform's name
    QString onlineLink; // for online and hybrid meetings
    QDate date;         // stored Gregorian; shown Jalali
    QTime start;
    QTime end;
    std::optional<Id> chairId;
    std::optional<Id> secretaryId;
    MeetingStatus status = MeetingStatus::Planned;
    QString summary; // the closing paragraph of the minutes, if any

    RowVersion version = {};
    bool operator==(const Meeting&) const = default;
};

} // namespace jalaseh
