#include "cli.h"

#include <QApplication>
#include <QHash>

#include <cstdlib>

namespace {

using Subcommand = int (*)(const QStringList &);

const QHash<QString, Subcommand> &subcommands()
{
    static const QHash<QString, Subcommand> table{
        {QStringLiteral("check-fixtures"), &linda::cli::checkFixtures},
        {QStringLiteral("replay"), &linda::cli::replay},
        {QStringLiteral("import-contacts"), &linda::cli::importContacts},
        {QStringLiteral("run"), &linda::cli::run},
        {QStringLiteral("watch"), &linda::cli::watch},
        {QStringLiteral("history"), &linda::cli::history},
        {QStringLiteral("self-check"), &linda::cli::selfCheck},
    };
    return table;
}

// Subcommands run without a display: they pick the offscreen platform when
// neither X11 nor Wayland is available, so PDF and chart rendering still work.
void selectHeadlessPlatform()
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

} // namespace

int main(int argc, char *argv[])
{
    const Subcommand subcommand
        = argc > 1 ? subcommands().value(QString::fromLocal8Bit(argv[1]), nullptr) : nullptr;
    // Help, version and screenshots need no display either.
    bool headless = subcommand != nullptr;
    for (int i = 1; i < argc && !headless; ++i) {
        const QByteArray arg(argv[i]);
        headless = arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v"
            || arg == "--screenshot";
    }
    if (headless)
        selectHeadlessPlatform();

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Linda"));
    QApplication::setOrganizationDomain(QStringLiteral("linda.example"));
    QApplication::setApplicationName(QStringLiteral("linda-dashboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Linda Dashboard"));
    QApplication::setApplicationVersion(QStringLiteral(LINDA_VERSION));

    try {
        const QStringList args = QApplication::arguments();
        return subcommand ? subcommand(args) : linda::cli::gui(args);
    } catch (const std::exception &e) {
        linda::cli::err() << QApplication::translate("linda::cli", "internal error: %1")
                                 .arg(QString::fromLocal8Bit(e.what()))
                          << Qt::endl;
        return linda::cli::InternalError;
    }
}
