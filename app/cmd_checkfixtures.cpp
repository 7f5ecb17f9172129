#include "cli.h"

#include <QCoreApplication>

namespace linda::cli {

int checkFixtures(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("linda::cli", "check-fixtures"));
    if (const auto code = parseOrExit(parser, args))
        return *code;
    // TODO: check-fixtures is not implemented yet.
    err() << QCoreApplication::translate("linda::cli", "'check-fixtures' is not available in this build.")
          << Qt::endl;
    return InternalError;
}

} // namespace linda::cli
