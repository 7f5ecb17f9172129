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
        err() << parser.errorText() << '\n'
              << QCoreApplication::translate("linda::cli", "Try '%1 --help'.")
                     .arg(args.mid(0, 2).join(QLatin1Char(' ')))
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
