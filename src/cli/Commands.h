#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace jalaseh::cli {

// Adds every command of jalaseh to `commands`. Defined in Commands.cpp, the one list of commands.
void registerCommands(std::vector<std::unique_ptr<Command>>& commands);

} // namespace jalaseh::cli
