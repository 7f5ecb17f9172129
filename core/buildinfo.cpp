#include "buildinfo.h"

#include <QtGlobal>

namespace linda {

BuildInfo buildInfo()
{
    return BuildInfo{
        .version = QStringLiteral(LINDA_VERSION),
        .gitCommit = QStringLiteral(LINDA_GIT_COMMIT),
        .buildType = QStringLiteral(LINDA_BUILD_TYPE),
        .compiler = QStringLiteral(LINDA_COMPILER),
        .qtVersion = QString::fromLatin1(qVersion()),
    };
}

} // namespace linda
