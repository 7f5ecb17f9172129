#include "cli.h"

#include <QCoreApplication>

#include <cstdio>

namespace linda::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &args)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        // "linda-dashboard run --help" for a subcommand, the program alone for the GUI.
        const bool hasSubcommand = args.size() > 1 && !args.at(1).startsWith(QLatin1Char('-'));
        const QString command = args.mid(0, hasSubcommand ? 2 : 1).join(QLatin1Char(' '));
        err() << parser.errorText() << '\n'
              << QCoreApplication::translate("linda::cli", "Try '%1 --help'.").arg(command)
              << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        return Success;
    }
    return std::nullopt;
}

} // namespace linda::cli
