#include "OutputPath.h"

#include "storage/DatabaseFiles.h"

namespace jalaseh::cli {

bool checkOutputIsNotDatabase(const Invocation& invocation, const QString& output)
{
    if (!storage::isDatabaseOrSideFile(output, invocation.databasePath))
        return true;
    invocation.err << storage::databaseAsOutputMessage(output) << Qt::endl;
    return false;
}

} // namespace jalaseh::cli
