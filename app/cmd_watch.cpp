#include "cli.h"

#include <QCoreApplication>

namespace linda::cli {

int watch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("linda::cli", "watch"));
    if (const auto code = parseOrExit(parser, args))
        return *code;
    // TODO: watch is not implemented yet.
    err() << QCoreApplication::translate("linda::cli", "'watch' is not available in this build.")
          << Qt::endl;
    return InternalError;
}

} // namespace linda::cli
