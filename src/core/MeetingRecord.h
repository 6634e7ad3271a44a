#pragma once

#include "ActionItem.h"
#include "AgendaItem.h"
#include "Attachment.h"
#include "Attendance.h"
#include "Body.h"
#include "Contribution.h"
#include "Decision.h"
#include "Meeting.h"
#include "MeetingSeries.h"
#include "Person.h"
#include "Proposal.h"

#include <QHash>
#include <QList>

namespace jalaseh {

// Everything the minutes of one meeting need, loaded at once: the meeting, its series, and every
// row that belongs to it, plus the people and bodies those rows refer to. Lists are in their
// recorded order (by position). Documents, JSON export and the editor all work from this.
struct MeetingRecord
{
    Meeting meeting;
    MeetingSeries series;
    QList<Attendance> attendance;
    QList<AgendaItem> agenda;
    QList<Contribution> contributions;
    QList<Proposal> proposals;
    QList<Decision> decisions;
    QList<ActionItem> actionItems;
    // By name; without their bytes when loaded (MeetingRecordRepository::load), with them when
    // read from a meeting file to be stored.
    QList<Attachment> attachments;
    // Decisions of earlier meetings of the series that were deferred to this one.
    QList<Decision> carriedOver;
    QHash<Id, Person> people;
    QHash<Id, Body> bodies;

    const Person* person(Id id) const
    {
        auto it = people.constFind(id);
        return it == people.cend() ? nullptr : &it.value();
    }
    const Body* body(Id id) const
    {
        auto it = bodies.constFind(id);
        return it == bodies.cend() ? nullptr : &it.value();
    }
};

} // namespace jalaseh
