#pragma once

class QDir;

namespace jalaseh::test {

// Saves the pictures of working together on a server into `output`, in the interface language
// already applied; the exit code of gui_screenshots --server.
int serverScreenshots(const QDir& output, bool english);

} // namespace jalaseh::test
