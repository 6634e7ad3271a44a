#pragma once

#include "Command.h"

namespace jalaseh::cli {

// False, with a sentence on the error stream, when `output` names the command's own database or a
// file SQLite keeps beside it: writing the document there would destroy the database.
bool checkOutputIsNotDatabase(const Invocation& invocation, const QString& output);

} // namespace jalaseh::cli
