#include "caseimplementations.h"
#include "casehelpers.h"

#include <QHash>

namespace linda::bench {

CaseFunction memoryCaseFunction(const QString &id)
{
    static const QHash<QString, CaseFunction> functions = {};
    return functions.value(id);
}

} // namespace linda::bench
