#pragma once

#include "Enums.h"
#include "Id.h"
#include "RowVersion.h"

#include <QList>
#include <QString>
#include <optional>

namespace jalaseh {

struct Proposal
{
    Id id = 0;
    Id meetingId = 0;
    int position = 0;
    QString text;
    std::optional<Id> proposerId;
    QList<Id> supporterIds;
    ProposalStatus status = ProposalStatus::Open;
    std::optional<Id> agendaItemId;

    RowVersion version = {};
    bool operator==(const Proposal&) const = default;
};

} // namespace jalaseh
