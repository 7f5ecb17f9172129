#pragma once

#include <QString>

namespace linda {

// Facts about this build, fixed at configure time.
struct BuildInfo
{
    QString version;   // project version, e.g. "0.1.0"
    QString gitCommit; // short commit hash, or "unknown" outside a git checkout
    QString buildType; // CMake build type, e.g. "RelWithDebInfo"
    QString compiler;  // compiler id and version, e.g. "GNU 12.2.0"
    QString qtVersion; // Qt version at run time
};

BuildInfo buildInfo();

} // namespace linda
