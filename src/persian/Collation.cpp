#include "Collation.h"
// Implementation in progress (issue 3).
namespace jalaseh::persian {
struct PersianCollator::Impl {};
PersianCollator::PersianCollator() = default;
PersianCollator::~PersianCollator() = default;
int PersianCollator::compare(QStringView a, QStringView b) const { return a.compare(b); }
int PersianCollator::comparePeople(QStringView a, QStringView b, QStringView c, QStringView d) const
{
    const int byFamily = compare(a, c);
    return byFamily != 0 ? byFamily : compare(b, d);
}
QByteArray PersianCollator::sortKey(QStringView text) const { return text.toUtf8(); }
} // namespace jalaseh::persian
