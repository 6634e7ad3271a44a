#pragma once

#include "core/Error.h"

namespace jalaseh::report {

// A document could not be made or written. The message says what happened and what to do; the
// technical detail is a template parser's or a device's text.
class ReportError : public Error
{
public:
    using Error::Error;
};

} // namespace jalaseh::report
