#include "cli.h"

#include <QCoreApplication>

namespace linda::cli {

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("linda::cli", "run"));
    if (const auto code = parseOrExit(parser, args))
        return *code;
    // TODO: run is not implemented yet.
    err() << QCoreApplication::translate("linda::cli", "'run' is not available in this build.")
          << Qt::endl;
    return InternalError;
}

} // namespace linda::cli
