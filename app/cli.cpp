#include "cli.h"

#include <QCoreApplication>

#include <cstdio>

namespace linda::cli {

namespace {

bool hasSubcommand(const QStringList &args)
{
    return args.size() > 1 && !args.at(1).startsWith(QLatin1Char('-'));
}

} // namespace

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
        const QString command = args.mid(0, hasSubcommand(args) ? 2 : 1).join(QLatin1Char(' '));
        err() << parser.errorText() << '\n'
              << QCoreApplication::translate("linda::cli", "Try '%1 --help'.").arg(command)
              << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        // QCommandLineParser has no notion of subcommands, so this puts the name into
        // the usage line, "Usage: linda-dashboard run [options]".
        const qsizetype at = help.indexOf(QLatin1String("[options]"));
        if (hasSubcommand(args) && at >= 0)
            help.insert(at, args.at(1) + QLatin1Char(' '));
        out() << help << Qt::flush;
        return Success;
    }
    return std::nullopt;
}

} // namespace linda::cli
