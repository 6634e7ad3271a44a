#include "Commands.h"

namespace jalaseh::cli {

void registerCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    // Each command is one class in its own file; add it here.
    (void)commands;
}

} // namespace jalaseh::cli
