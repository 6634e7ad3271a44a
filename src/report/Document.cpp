#include "Document.h"

namespace jalaseh::report {

QString Document::html() const
{
    return {};
}

QString Document::plainText() const
{
    return {};
}

QByteArray Document::csv() const
{
    return {};
}

const QTextDocument* Document::flowingText() const
{
    return nullptr;
}

} // namespace jalaseh::report
