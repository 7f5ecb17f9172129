#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

// Shared pieces of the command line: exit codes and the subcommand entry
// points. Every subcommand takes its own arguments (argv[0] is the program,
// argv[1] the subcommand name) and returns one of the exit codes.
namespace linda::cli {

enum ExitCode : int {
    Success = 0,        // the work ran and every verdict passed
    ThresholdFailed = 1, // a threshold failed, or --compare found a critical regression
    UsageError = 2,     // bad options, or input that could not be read or parsed
    Cancelled = 3,      // SIGINT / SIGTERM; finished work is kept and written
    InternalError = 4,
};

QTextStream &out(); // stdout, UTF-8
QTextStream &err(); // stderr, UTF-8

// Parses args with parser; on --help prints help and returns Success, on an
// error prints it with the usage line and returns UsageError. Returns nullopt
// when the caller should go on.
std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &args);

int checkFixtures(const QStringList &args);
int replay(const QStringList &args);
int importContacts(const QStringList &args);
int run(const QStringList &args);
int watch(const QStringList &args);
int history(const QStringList &args);
int selfCheck(const QStringList &args);

// Starts the GUI; args are the whole command line.
int gui(const QStringList &args);

} // namespace linda::cli
