#include "cli.h"

#include <QCoreApplication>

namespace linda::cli {

int selfCheck(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("linda::cli", "self-check"));
    if (const auto code = parseOrExit(parser, args))
        return *code;
    // TODO: self-check is not implemented yet.
    err() << QCoreApplication::translate("linda::cli", "'self-check' is not available in this build.")
          << Qt::endl;
    return InternalError;
}

} // namespace linda::cli
