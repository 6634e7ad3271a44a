#include "Normalize.h"
// Implementation in progress (issue 3).
namespace jalaseh::persian {
QString normalizeForStorage(QStringView text) { return text.toString(); }
QString searchKey(QStringView text) { return text.toString(); }
} // namespace jalaseh::persian
