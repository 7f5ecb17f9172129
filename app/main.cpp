#include "cli.h"

#include <QApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cerrno>
#include <cstdlib>
#include <optional>

#include <sys/stat.h>
#include <unistd.h>

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
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// Without a login session, Qt warns on every start that XDG_RUNTIME_DIR is
// not set; give it a private folder as a login session would.
void ensureRuntimeDirectory()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir = "/tmp/linda-runtime-" + QByteArray::number(getuid());
    struct stat info {};
    const bool created = ::mkdir(dir.constData(), 0700) == 0;
    // Use an existing folder only when it is ours and private.
    if (created
        || (errno == EEXIST && ::lstat(dir.constData(), &info) == 0 && S_ISDIR(info.st_mode)
            && info.st_uid == getuid() && (info.st_mode & 0077) == 0))
        qputenv("XDG_RUNTIME_DIR", dir);
}

// Makes a locale from a language code; bare "ar" means the UAE's Arabic,
// which writes Western digits like the charts and the reports.
QLocale localeFromCode(const QString &code)
{
    return QLocale(code.compare(u"ar", Qt::CaseInsensitive) == 0 ? QStringLiteral("ar_AE") : code);
}

// The code given with --language CODE or --language=CODE, if any.
std::optional<QString> languageOption(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--language" && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(u"--language="))
            return args.at(i).mid(qsizetype(sizeof("--language=")) - 1);
    }
    return std::nullopt;
}

// The language from --language CODE, else (for the GUI only) the one saved
// in the Settings dialog, else the system locale. Subcommands do not follow
// the GUI's setting, so a script's output stays in the system language
// whatever language the window was set to.
QLocale chosenLocale(const QStringList &args, bool gui)
{
    if (const auto code = languageOption(args))
        return localeFromCode(*code);
    const QString saved = gui ? QSettings().value(QStringLiteral("ui/language")).toString() : QString();
    return saved.isEmpty() ? QLocale::system() : localeFromCode(saved);
}

// Removes --language CODE, which every command accepts but only the GUI's
// parser declares.
QStringList withoutLanguageOption(QStringList args)
{
    for (qsizetype i = 1; i < args.size();) {
        if (args.at(i) == u"--language" && i + 1 < args.size())
            args.remove(i, 2);
        else if (args.at(i).startsWith(u"--language="))
            args.remove(i);
        else
            ++i;
    }
    return args;
}

// Installs the project's and Qt's own translations for locale and mirrors the
// layout for right-to-left languages. English needs no translator. Returns
// false when the application has no translation for the language.
bool installTranslations(QApplication &app, const QLocale &locale)
{
    if (locale.language() == QLocale::English) {
        QLocale::setDefault(locale);
        return true;
    }
    if (locale.language() == QLocale::C)
        return false;

    auto *own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("linda"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return false;
    }
    QLocale::setDefault(locale);
    QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    if (locale.textDirection() == Qt::RightToLeft)
        QApplication::setLayoutDirection(Qt::RightToLeft);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    const Subcommand subcommand
        = argc > 1 ? subcommands().value(QString::fromLocal8Bit(argv[1]), nullptr) : nullptr;
    // A first argument that is neither an option nor a subcommand is a
    // mistyped subcommand; the GUI reports it without opening a window.
    const bool unknownCommand = argc > 1 && !subcommand && argv[1][0] != '-';
    // Help, version and screenshots need no display either.
    bool headless = subcommand != nullptr || unknownCommand;
    for (int i = 1; i < argc && !headless; ++i) {
        const QByteArray arg(argv[i]);
        headless = arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v"
            || arg == "--screenshot";
    }
    if (headless)
        selectHeadlessPlatform();
    ensureRuntimeDirectory();

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Linda"));
    QApplication::setOrganizationDomain(QStringLiteral("linda.example"));
    QApplication::setApplicationName(QStringLiteral("linda-dashboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Linda Dashboard"));
    QApplication::setApplicationVersion(QStringLiteral(LINDA_VERSION));
    const QStringList args = QApplication::arguments();
    const QLocale locale = chosenLocale(args, subcommand == nullptr);
    if (!installTranslations(app, locale)) {
        if (const auto code = languageOption(args)) {
            linda::cli::err() << QApplication::translate("linda::cli",
                                                         "--language %1: there is no translation for this "
                                                         "language; use en (English) or ar_AE (Arabic).")
                                     .arg(*code)
                              << Qt::endl;
            return linda::cli::UsageError;
        }
        // A system or saved language without a translation: English, in the
        // locale's number and date formats.
        QLocale::setDefault(locale);
    }

    try {
        return subcommand ? subcommand(withoutLanguageOption(args)) : linda::cli::gui(args);
    } catch (const std::exception &e) {
        linda::cli::err() << QApplication::translate("linda::cli", "internal error: %1")
                                 .arg(QString::fromLocal8Bit(e.what()))
                          << Qt::endl;
        return linda::cli::InternalError;
    }
}
