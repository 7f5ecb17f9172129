#include "cli.h"

#include <QCoreApplication>

namespace linda::cli {

int importContacts(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("linda::cli", "import-contacts"));
    if (const auto code = parseOrExit(parser, args))
        return *code;
    // TODO: import-contacts is not implemented yet.
    err() << QCoreApplication::translate("linda::cli", "'import-contacts' is not available in this build.")
          << Qt::endl;
    return InternalError;
}

} // namespace linda::cli
