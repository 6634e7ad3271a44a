// The meeting-file reader on any bytes (a file a user imports may be anything): it never crashes
// and never asserts; what it accepts it writes back as a file that reads again without a
// problem and writes back the same, so an exported meeting always imports.
#include "FuzzInput.h"
#include "exchange/MeetingJson.h"

using namespace jalaseh;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const exchange::MeetingFile file = exchange::readMeetingJson(bytes);
    if (!file.ok())
        return 0;
    const QByteArray written = exchange::toJsonText(file.record);
    const exchange::MeetingFile again = exchange::readMeetingJson(written);
    fuzz::require(again.ok(), "a meeting read is written back as a file that reads");
    fuzz::require(exchange::toJsonText(again.record) == written,
                  "a meeting written and read again is written the same");
    return 0;
}
