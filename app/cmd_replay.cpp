#include "cli.h"

#include <QCoreApplication>

namespace linda::cli {

int replay(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("linda::cli", "replay"));
    if (const auto code = parseOrExit(parser, args))
        return *code;
    // TODO: replay is not implemented yet.
    err() << QCoreApplication::translate("linda::cli", "'replay' is not available in this build.")
          << Qt::endl;
    return InternalError;
}

} // namespace linda::cli
