#include "cli.h"

#include "mainwindow.h"

#include <QApplication>

namespace linda::cli {

int gui(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("linda::cli", "Linda Dashboard: benchmark, load and memory "
                                                  "suites and live health for the Linda bot engine.\n\n"
                                                  "Subcommands (each has --help):\n"
                                                  "  check-fixtures DIR   show the loaded fixtures\n"
                                                  "  replay FILE...       parse messages and replay them\n"
                                                  "  import-contacts FILE sync a vCard or CSV file\n"
                                                  "  run                  run the suites headless\n"
                                                  "  watch                print live engine health\n"
                                                  "  history              list, compare and manage runs\n"
                                                  "  self-check           measure the regression verdict"));
    parser.addVersionOption();
    if (const auto code = parseOrExit(parser, args))
        return *code;
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }

    ui::MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace linda::cli
