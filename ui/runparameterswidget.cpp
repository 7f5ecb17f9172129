#include "runparameterswidget.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

namespace linda::ui {

namespace {
// Engine worker threads a user may pick; the load suite's scaling case uses up to 8.
constexpr int MaxWorkers = 64;
// Upper bound of the time-per-case box, in seconds.
constexpr int MaxSecondsPerCase = 600;
} // namespace

RunParametersWidget::RunParametersWidget(QWidget *parent)
    : QWidget(parent)
    , m_profile(new QComboBox(this))
    , m_workers(new QSpinBox(this))
    , m_timePerCase(new QSpinBox(this))
{
    for (const bench::Profile p : {bench::Profile::Quick, bench::Profile::Default, bench::Profile::Thorough})
        m_profile->addItem(bench::profileLabel(p), int(p));
    m_profile->setCurrentIndex(1);
    m_profile->setAccessibleName(tr("Profile"));
    m_profile->setToolTip(tr("quick: a few samples per case; default: the everyday run; "
                             "thorough: more repetitions for tighter confidence intervals"));

    m_workers->setRange(1, MaxWorkers);
    m_workers->setValue(4);
    m_workers->setAccessibleName(tr("Workers"));
    m_workers->setToolTip(tr("Engine worker threads for the load cases"));

    m_timePerCase->setRange(0, MaxSecondsPerCase);
    m_timePerCase->setSuffix(tr(" s"));
    m_timePerCase->setSpecialValueText(tr("profile default"));
    m_timePerCase->setAccessibleName(tr("Time per case"));
    m_timePerCase->setToolTip(tr("Minimum measuring time per case in seconds; 0 uses the profile's time"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(tr("&Workers:"), m_workers);
    form->addRow(tr("&Time per case:"), m_timePerCase);
    form->addRow(tr("&Fixtures:"), createFixturesRow());
    form->addRow(m_fixturesStatus);

    loadFixtures();
}

QWidget *RunParametersWidget::createFixturesRow()
{
    auto *row = new QWidget(this);
    m_fixturesFolder = new QLineEdit(row);
    m_fixturesFolder->setPlaceholderText(tr("bundled fixtures"));
    m_fixturesFolder->setAccessibleName(tr("Fixtures folder"));
    m_fixturesFolder->setToolTip(tr("A bundled-format folder, a Linda performance-fixtures/ or "
                                    "fixtures/ folder, or their parent. Empty uses the bundled fixtures."));
    connect(m_fixturesFolder, &QLineEdit::editingFinished, this, &RunParametersWidget::loadFixtures);

    auto *browse = new QToolButton(row);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the fixtures folder"));
    browse->setAccessibleName(tr("Choose the fixtures folder"));
    connect(browse, &QToolButton::clicked, this, &RunParametersWidget::browseFixtures);

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fixturesFolder, 1);
    layout->addWidget(browse);

    m_fixturesStatus = new QLabel(this);
    m_fixturesStatus->setWordWrap(true);
    m_fixturesStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fixturesStatus->setObjectName(QStringLiteral("fixturesStatus"));
    m_fixturesStatus->setAccessibleName(tr("Fixtures status"));
    return row;
}

bench::RunRequest RunParametersWidget::request() const
{
    bench::RunRequest request;
    request.profile = profile();
    request.workers = workers();
    request.minTimePerCase = timePerCase();
    request.fixturesPath = fixturesFolder();
    return request;
}

bench::Profile RunParametersWidget::profile() const
{
    return bench::Profile(m_profile->currentData().toInt());
}

void RunParametersWidget::setProfile(bench::Profile profile)
{
    m_profile->setCurrentIndex(m_profile->findData(int(profile)));
}

int RunParametersWidget::workers() const
{
    return m_workers->value();
}

void RunParametersWidget::setWorkers(int workers)
{
    m_workers->setValue(workers);
}

std::chrono::milliseconds RunParametersWidget::timePerCase() const
{
    return std::chrono::seconds(m_timePerCase->value());
}

void RunParametersWidget::setTimePerCase(std::chrono::milliseconds time)
{
    m_timePerCase->setValue(int(std::chrono::duration_cast<std::chrono::seconds>(time).count()));
}

QString RunParametersWidget::fixturesFolder() const
{
    return m_fixturesFolder->text().trimmed();
}

void RunParametersWidget::setFixturesFolder(const QString &folder)
{
    m_fixturesFolder->setText(folder);
    loadFixtures();
}

void RunParametersWidget::setRunning(bool running)
{
    m_profile->setEnabled(!running);
    m_workers->setEnabled(!running);
    m_timePerCase->setEnabled(!running);
    m_fixturesFolder->setEnabled(!running);
}

void RunParametersWidget::browseFixtures()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the fixtures folder"),
                                                             fixturesFolder());
    if (!folder.isEmpty())
        setFixturesFolder(folder);
}

void RunParametersWidget::loadFixtures()
{
    const QString folder = fixturesFolder();
    // editingFinished also fires on focus loss. A folder with errors is read
    // again every time, because the user may have fixed the files meanwhile.
    if (folder == m_loadedFolder && m_load.ok() && !m_fixturesStatus->text().isEmpty())
        return;
    m_loadedFolder = folder;
    m_load = folder.isEmpty() ? fixtures::loadBundled() : fixtures::load(folder);
    showFixtureErrors();
    Q_EMIT fixturesLoaded(m_load.ok());
}

QString RunParametersWidget::fixturesErrorText() const
{
    QStringList lines;
    for (const FixtureError &error : m_load.errors)
        lines.append(error.toString());
    return lines.join(u'\n');
}

void RunParametersWidget::showFixtureErrors()
{
    if (m_load.ok()) {
        const QString origin = m_load.fixtures.directory.isEmpty()
            ? tr("bundled fixtures")
            : tr("%1 (%2 format)").arg(m_load.fixtures.directory,
                                       fixtureFormatName(m_load.fixtures.format));
        m_fixturesStatus->setStyleSheet(QString());
        m_fixturesStatus->setText(tr("Loaded %1: %n file(s).", nullptr, int(m_load.fixtures.files.size()))
                                      .arg(origin));
        m_fixturesStatus->setToolTip(m_load.fixtures.files.join(u'\n'));
        return;
    }
    QStringList items;
    for (const FixtureError &error : m_load.errors)
        items.append(u"<li>"_qs + error.toString().toHtmlEscaped() + u"</li>"_qs);
    m_fixturesStatus->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_fixturesStatus->setText(tr("<b>The fixtures cannot be used; fix these and press Enter in the "
                                 "folder box to reload. Runs are blocked until then.</b><ul>%1</ul>")
                                  .arg(items.join(QString())));
    m_fixturesStatus->setToolTip(QString());
}

} // namespace linda::ui
