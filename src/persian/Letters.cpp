#include "Letters.h"

namespace jalaseh::persian::letters {

QString decomposePresentationForm(char16_t c)
{
    if (!isPresentationForm(c))
        return QString(QChar(c));
    const QString plain = QChar::decomposition(c);
    return plain.isEmpty() ? QString(QChar(c)) : plain;
}

} // namespace jalaseh::persian::letters
