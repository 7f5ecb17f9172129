#include "cli.h"

#include <QCoreApplication>

namespace linda::cli {

int history(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("linda::cli", "history"));
    if (const auto code = parseOrExit(parser, args))
        return *code;
    // TODO: history is not implemented yet.
    err() << QCoreApplication::translate("linda::cli", "'history' is not available in this build.")
          << Qt::endl;
    return InternalError;
}

} // namespace linda::cli
