#include "bench/history/runjson.h"
#include "bench/verdicts.h"
#include "bot/commands/commandparser.h"
#include "bot/contacts/vcardparser.h"
#include "bot/runtime/engine.h"
#include "mainwindow.h"
#include "report/pdfreport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace linda;

namespace {

// One <message> of the .ts file, with what the checks need.
struct TsMessage
{
    QString context;
    QString source;
    QString translationType; // "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one entry, or one per <numerusform>
    bool numerus = false;
};

// Reads every message of the .ts file at path; sets *error on a parse error.
QList<TsMessage> readTsFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open %1: %2"_qs.arg(path, file.errorString());
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            TsMessage message;
            message.context = context;
            message.numerus = xml.attributes().value(u"numerus"_qs) == u"yes";
            messages.append(message);
        } else if (xml.name() == u"source" && !messages.isEmpty()) {
            // lupdate writes control characters as <byte value="xd"/> children.
            messages.last().source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.name() == u"translation" && !messages.isEmpty()) {
            messages.last().translationType = xml.attributes().value(u"type"_qs).toString();
            if (!messages.last().numerus)
                messages.last().translations.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        } else if (xml.name() == u"numerusform" && !messages.isEmpty()) {
            messages.last().translations.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        }
    }
    if (xml.hasError())
        *error = u"%1:%2: %3"_qs.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

bool containsArabic(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x0600 && c.unicode() <= 0x06FF)
            return true;
    }
    return false;
}

// Placeholders that QString::arg() and tr(..., n) replace, sorted.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(L?[1-9][0-9]?|n)"_qs);
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

// Technical terms that stay in Latin letters in the Arabic interface, and
// shapes of text that are data rather than wording (paths, numbers, ids).
bool isAllowedLatin(QString text)
{
    static const QStringList terms{
        u"p50"_qs, u"p90"_qs, u"p95"_qs, u"p99"_qs, u"JSON"_qs, u"CSV"_qs, u"PDF"_qs, u"CPU"_qs,
        u"SQLite"_qs, u"JUnit"_qs, u"XML"_qs, u"ms"_qs, u"µs"_qs, u"ns"_qs, u"ops/s"_qs,
        u"MB"_qs, u"KB"_qs, u"E.164"_qs, u"vCard"_qs, u"Qt"_qs, u"WhatsApp"_qs, u"RSS"_qs, u"Linda"_qs,
        u"Dashboard"_qs, u"CI"_qs, u"ID"_qs, u"id"_qs};
    // Every line a file path (":/fixtures/..." for the bundled ones), a case
    // id such as "bench.parse.simple-text", or only figures.
    static const QRegularExpression dataShapes(
        u"^\\s*((:?/\\S*)|[a-z0-9]+([.-][a-z0-9]+)+|[0-9.,:%\\s]*)\\s*$"_qs);
    const QStringList lines = text.split(u'\n');
    if (std::all_of(lines.cbegin(), lines.cend(),
                    [](const QString &line) { return dataShapes.match(line).hasMatch(); }))
        return true;
    for (const QString &term : terms)
        text.replace(QRegularExpression(u"\\b%1\\b"_qs.arg(QRegularExpression::escape(term))), QString());
    static const QRegularExpression latinLetter(u"[A-Za-z]"_qs);
    return !text.contains(latinLetter);
}

// A text the operator sees that was left in English: it has Latin words
// beyond the allowed terms and not a single Arabic letter.
bool looksUntranslated(const QString &text)
{
    return !text.trimmed().isEmpty() && !containsArabic(text) && !isAllowedLatin(text);
}

// Every text the operator can see or hear in window: titles, labels, button
// and action texts and tool tips, tab titles and view headers, each with
// where it was found.
QList<std::pair<QString, QString>> visibleTexts(QWidget *window)
{
    QList<std::pair<QString, QString>> texts;
    const auto where = [](const QObject *object) {
        return u"%1 \"%2\""_qs.arg(QString::fromLatin1(object->metaObject()->className()),
                                   object->objectName());
    };
    texts.append({where(window) + u" window title"_qs, window->windowTitle()});
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->textFormat() != Qt::RichText)
            texts.append({where(label), label->text()});
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts.append({where(button), button->text()});
        if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts.append({where(tabs) + u" tab %1"_qs.arg(i), tabs->tabText(i)});
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            for (int column = 0; column < view->model()->columnCount(); ++column)
                texts.append({where(view) + u" column %1"_qs.arg(column),
                              view->model()->headerData(column, Qt::Horizontal).toString()});
        }
        if (!widget->toolTip().isEmpty())
            texts.append({where(widget) + u" tool tip"_qs, widget->toolTip()});
    }
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->isSeparator())
            continue;
        texts.append({where(action), action->text()});
        if (action->toolTip() != action->text().remove(u'&'))
            texts.append({where(action) + u" tool tip"_qs, action->toolTip()});
    }
    return texts;
}

// Latency samples in nanoseconds; two cases are enough for every section.
bench::RunResult smallRun()
{
    bench::RunResult run;
    run.request.profile = bench::Profile::Quick;
    run.startedAt = QDateTime(QDate(2026, 12, 4), QTime(21, 0), Qt::UTC);
    run.finishedAt = run.startedAt.addSecs(42);
    run.environment.cpuModel = u"Test CPU"_qs;
    run.environment.cores = 2;
    run.environment.startedAt = run.startedAt;
    for (const QString &id : {u"bench.parse.simple-text"_qs, u"bench.contacts.phone"_qs}) {
        bench::CaseResult result;
        result.info.id = id;
        result.info.title = id;
        result.info.unit = u"ms"_qs;
        result.verdict = bench::Verdict::Pass;
        result.sampleUnit = u"ns"_qs;
        for (int i = 1; i <= 200; ++i)
            result.samples.append(1000.0 * (10 + i % 17));
        result.stats = {.count = 200, .min = 0.010, .max = 0.026, .mean = 0.018, .median = 0.018,
                        .p50 = 0.018, .p90 = 0.024, .p95 = 0.025, .p99 = 0.026};
        result.measured = 0.025;
        result.threshold = 0.5;
        result.iterations = 200;
        run.cases.append(result);
    }
    return run;
}

// Runs lupdate as the build does, but with line numbers, over every source
// file, and returns for each file the contexts its messages are recorded
// under, each with one source text as an example.
QHash<QString, QMap<QString, QString>> recordedContexts(const QString &tsPath, QString *error)
{
    QProcess lupdate;
    lupdate.start(QStringLiteral(LINDA_LUPDATE_PATH),
                  {u"-silent"_qs, u"-no-obsolete"_qs, u"-locations"_qs, u"absolute"_qs,
                   u"-tr-function-alias"_qs, QStringLiteral(LINDA_TR_ALIASES),
                   QStringLiteral(LINDA_SOURCE_DIR "/app"), QStringLiteral(LINDA_SOURCE_DIR "/ui"),
                   QStringLiteral(LINDA_SOURCE_DIR "/core"), u"-ts"_qs, tsPath});
    if (!lupdate.waitForFinished(120'000) || lupdate.exitCode() != 0) {
        *error = u"lupdate failed: %1 %2"_qs.arg(lupdate.errorString(),
                                                 QString::fromLocal8Bit(lupdate.readAllStandardError()));
        return {};
    }
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open %1: %2"_qs.arg(tsPath, file.errorString());
        return {};
    }
    // Locations are relative to the folder of the .ts file.
    const QDir tsFolder = QFileInfo(tsPath).absoluteDir();
    QHash<QString, QMap<QString, QString>> contexts;
    QString context;
    QStringList locations; // of the current message, which lists them before its source
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            locations.clear();
        } else if (xml.name() == u"location") {
            const QString fileName = xml.attributes().value(u"filename"_qs).toString();
            locations.append(QDir::cleanPath(tsFolder.absoluteFilePath(fileName)));
        } else if (xml.name() == u"source") {
            const QString source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            for (const QString &path : std::as_const(locations))
                contexts[path].insert(context, source);
        }
    }
    if (xml.hasError())
        *error = u"%1:%2: %3"_qs.arg(tsPath).arg(xml.lineNumber()).arg(xml.errorString());
    return contexts;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The code of sourcePath followed by the project headers it includes
// directly, found next to it or under app/, ui/ or core/.
QString codeWithHeaders(const QString &sourcePath)
{
    QString code = readText(sourcePath);
    const QString folder = QFileInfo(sourcePath).absolutePath();
    static const QRegularExpression include(u"#include \"([^\"]+)\""_qs);
    QString headers;
    for (const QRegularExpressionMatch &match : include.globalMatch(code)) {
        for (const QString &root : {folder, QStringLiteral(LINDA_SOURCE_DIR "/app"),
                                    QStringLiteral(LINDA_SOURCE_DIR "/ui"),
                                    QStringLiteral(LINDA_SOURCE_DIR "/core")}) {
            const QString path = root + u'/' + match.captured(1);
            if (QFile::exists(path)) {
                headers += readText(path);
                break;
            }
        }
    }
    return code + headers;
}

// Whether the code of sourcePath, or a header it includes, passes context to
// the translator at run time. The code passes a context as the literal first
// argument of translate() or QT_TRANSLATE_NOOP(), or as the name given to
// Q_DECLARE_TR_FUNCTIONS(). A Q_OBJECT class passes its qualified class name.
bool translatesWithContext(const QString &sourcePath, const QString &context)
{
    const QString code = codeWithHeaders(sourcePath);
    const QString quoted = QRegularExpression::escape(context);
    const QRegularExpression literal(u"(translate|TRANSLATE_NOOP)\\(\\s*\"%1\""_qs.arg(quoted));
    const QRegularExpression declared(u"Q_DECLARE_TR_FUNCTIONS\\(%1\\)"_qs.arg(quoted));
    if (code.contains(literal) || code.contains(declared))
        return true;
    const QString className = context.section(u"::"_qs, -1);
    const QRegularExpression qobject(
        u"(class|struct)\\s+(\\w+\\s+)?%1\\b[^;{]*\\{\\s*Q_OBJECT"_qs.arg(QRegularExpression::escape(className)));
    return code.contains(qobject);
}

} // namespace

class TestArabicUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tsFileComplete();
    void tsPlaceholdersKept();
    void tsPluralFormsFilled();
    void translationLoads();
    void windowRightToLeft();
    void windowTextsTranslated();
    void runCancelExportShortcuts();
    void controlsHaveAccessibleNames();
    void focusChainFollowsLayout();
    void pdfReportInArabic();
    void sourceContextsMatchRuntime();
    void coreMessagesTranslated_data();
    void coreMessagesTranslated();
    void botRepliesStayEnglish();
    void executableStartsInArabic_data();
    void executableStartsInArabic();

private:
    QList<TsMessage> m_messages;
    QString m_tsError;
    bool m_translatorInstalled = false;
};

void TestArabicUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_messages = readTsFile(QStringLiteral(LINDA_AR_TS_PATH), &m_tsError);

    // The same steps as the executable takes for --language ar.
    const QLocale arabic(QLocale::Arabic, QLocale::UnitedArabEmirates);
    QLocale::setDefault(arabic);
    auto *own = new QTranslator(this);
    m_translatorInstalled = own->load(arabic, u"linda"_qs, u"_"_qs, u":/i18n"_qs)
        && QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(this);
    if (qt->load(arabic, u"qtbase"_qs, u"_"_qs, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QApplication::setLayoutDirection(arabic.textDirection());
}

void TestArabicUi::tsFileComplete()
{
    QVERIFY2(m_tsError.isEmpty(), qPrintable(m_tsError));
    QVERIFY(m_messages.size() > 100);
    QStringList open;
    for (const TsMessage &message : std::as_const(m_messages)) {
        const bool empty = std::any_of(message.translations.cbegin(), message.translations.cend(),
                                       [](const QString &text) { return text.isEmpty(); });
        if (!message.translationType.isEmpty() || (empty && !message.source.isEmpty()))
            open.append(u"%1: \"%2\" (%3)"_qs.arg(message.context, message.source,
                                                 message.translationType.isEmpty()
                                                     ? u"empty"_qs : message.translationType));
    }
    QVERIFY2(open.isEmpty(), qPrintable(u"%1 entries are not finished:\n"_qs.arg(open.size())
                                        + open.join(u'\n')));
}

void TestArabicUi::tsPlaceholdersKept()
{
    QVERIFY2(m_tsError.isEmpty(), qPrintable(m_tsError));
    QStringList broken;
    for (const TsMessage &message : std::as_const(m_messages)) {
        QStringList expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            QStringList actual = placeholders(translation);
            // An Arabic plural form may spell a count out ("رسالتان") and drop %n.
            if (message.numerus) {
                expected.removeAll(u"%n"_qs);
                actual.removeAll(u"%n"_qs);
            }
            if (actual != expected)
                broken.append(u"%1: \"%2\" -> \"%3\""_qs.arg(message.context, message.source, translation));
        }
    }
    QVERIFY2(broken.isEmpty(), qPrintable(u"placeholders differ:\n"_qs + broken.join(u'\n')));
}

void TestArabicUi::tsPluralFormsFilled()
{
    QVERIFY2(m_tsError.isEmpty(), qPrintable(m_tsError));
    int plurals = 0;
    for (const TsMessage &message : std::as_const(m_messages)) {
        if (!message.numerus)
            continue;
        ++plurals;
        // Arabic has six plural forms: zero, one, two, few, many, other.
        QVERIFY2(message.translations.size() == 6, qPrintable(message.source));
    }
    QVERIFY(plurals > 0);
}

void TestArabicUi::translationLoads()
{
    QVERIFY(m_translatorInstalled);
    const QString run = QCoreApplication::translate("linda::ui::MainWindow", "&Run");
    QVERIFY(containsArabic(run));
    // Shortcut names stay in Latin letters inside the Arabic tool tip.
    QVERIFY(QCoreApplication::translate("linda::ui::MainWindow", "Run the checked cases (Ctrl+R)")
                .contains(u"Ctrl+R"_qs));
}

void TestArabicUi::windowRightToLeft()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
    QVERIFY(window.isRightToLeft());
}

void TestArabicUi::windowTextsTranslated()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList english;
    for (const auto &[where, text] : visibleTexts(&window)) {
        if (looksUntranslated(text))
            english.append(u"%1: \"%2\""_qs.arg(where, text));
    }
    QVERIFY2(english.isEmpty(), qPrintable(u"texts left in English:\n"_qs + english.join(u'\n')));
}

void TestArabicUi::runCancelExportShortcuts()
{
    ui::MainWindow window;
    QCOMPARE(window.runAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    QVERIFY(window.cancelAction()->shortcuts().contains(QKeySequence(Qt::Key_Escape)));
    QAction *exportAction = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
            exportAction = action;
    }
    QVERIFY2(exportAction, "no action has Ctrl+E");
    QVERIFY(exportAction->menu());
}

void TestArabicUi::controlsHaveAccessibleNames()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // A control is named when it has an accessible name, a label that points
    // to it as buddy, or (for buttons) visible text that a screen reader reads.
    QSet<const QWidget *> buddies;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->buddy())
            buddies.insert(label->buddy());
    }
    QStringList unnamed;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QTreeView *>(widget)
            || qobject_cast<QTableView *>(widget);
        if (!control || !widget->isVisibleTo(&window))
            continue;
        // Spin boxes and combo boxes own an inner line edit; the outer widget is named.
        if (qobject_cast<QLineEdit *>(widget)
            && (qobject_cast<QAbstractSpinBox *>(widget->parent()) || qobject_cast<QComboBox *>(widget->parent())))
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        const bool named = !widget->accessibleName().isEmpty() || buddies.contains(widget)
            || (button && !button->text().remove(u'&').trimmed().isEmpty());
        if (!named)
            unnamed.append(u"%1 \"%2\" in %3"_qs.arg(QString::fromLatin1(widget->metaObject()->className()),
                                                     widget->objectName(),
                                                     QString::fromLatin1(widget->parent()->metaObject()->className())));
    }
    QStringList undescribed;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->accessibleName().isEmpty() && widget->accessibleDescription().isEmpty()
            && widget->toolTip().isEmpty())
            undescribed.append(widget->accessibleName());
    }
    if (!undescribed.isEmpty())
        qInfo().noquote() << u"named controls without a description or tool tip: "_qs + undescribed.join(u", "_qs);
    if (!unnamed.isEmpty())
        qInfo().noquote() << u"controls without an accessible name:\n"_qs + unnamed.join(u'\n');
    QVERIFY(unnamed.isEmpty());
}

void TestArabicUi::focusChainFollowsLayout()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The Benchmarks page's controls in reading order: the run parameters
    // top to bottom, then the case tree, then the results filter and table.
    const QList<std::pair<const char *, const char *>> expectedOrder{
        {"linda::ui::RunParametersWidget", "Profile"},
        {"linda::ui::RunParametersWidget", "Workers"},
        {"linda::ui::RunParametersWidget", "Time per case"},
        {"linda::ui::RunParametersWidget", "Fixtures folder"},
        {"linda::ui::RunParametersWidget", "Choose the fixtures folder"},
        {"linda::ui::BenchmarksPage", "Suites and cases"},
        {"linda::ui::ResultsPanel", "Results filter"},
        {"linda::ui::ResultsPanel", "Results"},
    };
    QList<QWidget *> chain;
    for (QWidget *widget = window.nextInFocusChain(); widget != &window; widget = widget->nextInFocusChain()) {
        if (widget->isVisibleTo(&window) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus))
            chain.append(widget);
    }
    qsizetype previous = -1;
    for (const auto &[context, name] : expectedOrder) {
        const QString translated = QCoreApplication::translate(context, name);
        const auto found = std::find_if(chain.cbegin(), chain.cend(), [&translated](const QWidget *widget) {
            return widget->accessibleName() == translated;
        });
        QVERIFY2(found != chain.cend(), name);
        const qsizetype index = found - chain.cbegin();
        QVERIFY2(index > previous, name);
        previous = index;
    }
}

void TestArabicUi::pdfReportInArabic()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"report-ar.pdf"_qs);
    QString error;
    QVERIFY2(ui::writePdfReport(smallRun(), path, {}, &error), qPrintable(error));

    QPdfDocument document;
    QCOMPARE(document.load(path), QPdfDocument::Error::None);
    QVERIFY(document.pageCount() > 0);
    const QString firstPage = document.getAllText(0).text();
    QVERIFY2(containsArabic(firstPage), qPrintable(firstPage.left(300)));
}

void TestArabicUi::sourceContextsMatchRuntime()
{
    // lupdate files a tr() call, or a call of one of the aliased helpers,
    // under the class or namespace around the call. A message whose context
    // differs from the one the code passes at run time is never looked up.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QHash<QString, QMap<QString, QString>> contexts
        = recordedContexts(dir.filePath(u"contexts.ts"_qs), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(contexts.size() > 20);
    QStringList mismatches;
    for (auto file = contexts.cbegin(); file != contexts.cend(); ++file) {
        for (auto context = file->cbegin(); context != file->cend(); ++context) {
            if (!translatesWithContext(file.key(), context.key()))
                mismatches.append(u"%1: \"%2\", e.g. \"%3\""_qs.arg(file.key(), context.key(), context.value()));
        }
    }
    QVERIFY2(mismatches.isEmpty(),
             qPrintable(u"contexts that lupdate records but the code never passes:\n"_qs + mismatches.join(u'\n')));
}

void TestArabicUi::coreMessagesTranslated_data()
{
    QTest::addColumn<QString>("text");

    QTest::addRow("bench label") << bench::verdictLabel(bench::Verdict::Pass);

    bench::CaseResult unchecked;
    unchecked.verdict = bench::Verdict::Pass;
    bench::applyChecks(unchecked);
    QTest::addRow("bench helper alias") << unchecked.verdictReason;

    QString error;
    QVERIFY(!bench::runFileFromBytes("[]", &error));
    QTest::addRow("bench free function") << error;
    error.clear();
    QVERIFY(!bench::runFileFromBytes("{}", &error));
    QTest::addRow("bench reader class") << error;

    const ContactParseResult card = VCardParser::parse("END:VCARD\r\n");
    QTest::addRow("vCard reader class") << (card.warnings.isEmpty() ? QString() : card.warnings.first().message);

    EngineConfig config;
    config.databasePath.clear();
    const auto engine = Engine::create(config);
    QTest::addRow("engine configuration") << (engine ? QString() : engine.error());
}

void TestArabicUi::coreMessagesTranslated()
{
    QFETCH(QString, text);
    QVERIFY(!text.isEmpty());
    QVERIFY2(containsArabic(text), qPrintable(text));
}

void TestArabicUi::botRepliesStayEnglish()
{
    // Replies go to customers on WhatsApp, whatever the dashboard shows.
    const Result<QStringList> tokens = CommandParser::tokenize(u"find-contact \"Sara"_qs);
    QVERIFY(!tokens);
    QVERIFY2(tokens.error().startsWith(u"unterminated quote"_qs), qPrintable(tokens.error()));
    QVERIFY(!containsArabic(tokens.error()));
}

void TestArabicUi::executableStartsInArabic_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("systemLocale");
    QTest::addColumn<bool>("takesScreenshot");
    QTest::addRow("help") << QStringList{u"--language"_qs, u"ar"_qs, u"--help"_qs} << u"C.UTF-8"_qs << false;
    // Subcommands take no --language option; they follow the system locale.
    QTest::addRow("run help, system locale")
        << QStringList{u"run"_qs, u"--help"_qs} << u"ar_AE.UTF-8"_qs << false;
    QTest::addRow("screenshot") << QStringList{u"--language"_qs, u"ar"_qs, u"--quit-when-done"_qs}
                                << u"C.UTF-8"_qs << true;
}

void TestArabicUi::executableStartsInArabic()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, systemLocale);
    QFETCH(bool, takesScreenshot);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString screenshot = dir.filePath(u"window.png"_qs);
    if (takesScreenshot)
        arguments << u"--screenshot"_qs << screenshot;

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
    environment.insert(u"LC_ALL"_qs, systemLocale);
    // --language is saved as a setting; keep it away from the user's settings.
    environment.insert(u"XDG_CONFIG_HOME"_qs, dir.filePath(u"config"_qs));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LINDA_DASHBOARD_PATH), arguments);
    QVERIFY2(process.waitForFinished(120'000), qPrintable(process.errorString()));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(errors));
    QVERIFY2(containsArabic(QString(output + errors)), qPrintable(output.left(300)));
    if (takesScreenshot)
        QVERIFY(QFile::exists(screenshot));
}

QTEST_MAIN(TestArabicUi)
#include "tst_arabicui.moc"
