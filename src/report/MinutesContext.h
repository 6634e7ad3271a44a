#pragma once

#include "MinutesSections.h"
#include "MinutesStyle.h"
#include "core/MeetingRecord.h"
#include "core/Organisation.h"

#include <QString>
#include <kainjow/mustache.hpp>
#include <optional>

namespace jalaseh::report {

// What a document may say beyond the meeting record itself.
struct MinutesOptions
{
    // The next meeting of the series, if one is planned: the formal minutes announce it.
    std::optional<Meeting> nextMeeting;
    // Approved minutes: their document id, printed on every page of the PDF with a QR code and
    // at the end of every format. Empty for minutes not approved.
    QString documentId;
    // The organisation's verification address; the QR code holds it followed by the id.
    QString verificationAddress;
    // The parts this export shows; all by default. Ignored by the invitation.
    MinutesSections sections;
};

// The values a template is filled with, made from one meeting record: every date, time and
// number in Persian, every person named with the honorifics, and the narrative's sentences
// composed. docs/templates.md lists the fields. Values are plain text; the template library
// escapes them for the output format.
class MinutesContext
{
public:
    MinutesContext(const MeetingRecord& record, const Organisation& organisation,
                   MinutesStyle style, const MinutesOptions& options = {});

    kainjow::mustache::data& data() { return m_data; }
    // "گزارش نشست راهبران کارگروه‌ها", "صورتجلسه",
    // "دعوتنامه".
    const QString& title() const { return m_title; }

private:
    kainjow::mustache::data m_data;
    QString m_title;
};

} // namespace jalaseh::report
