#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace linda::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_exportFolder(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("العربية"), QStringLiteral("ar"));
    m_language->setAccessibleName(tr("Language"));

    m_exportFolder->setAccessibleName(tr("Export folder"));
    m_exportFolder->setToolTip(tr("Folder the export and chart-saving dialogs open in"));
    m_exportFolder->setMinimumWidth(320);
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setAccessibleName(tr("Choose the export folder"));
    browse->setToolTip(tr("Choose the export folder"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export folder"), exportFolder());
        if (!folder.isEmpty())
            setExportFolder(folder);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_exportFolder, 1);
    folderRow->addWidget(browse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(new QLabel(tr("A new language takes effect at the next start."), this));
    // addRow(QString, QLayout *) gives the label no buddy, and then it shows
    // its "&" literally; a label with a buddy turns it into a shortcut.
    auto *folderLabel = new QLabel(tr("&Export folder:"), this);
    folderLabel->setBuddy(m_exportFolder);
    form->addRow(folderLabel, folderRow);
    form->addRow(buttons);
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::setLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    if (index >= 0) {
        m_language->setCurrentIndex(index);
        return;
    }
    // A code given on the command line that the list does not offer stays selectable.
    m_language->addItem(code, code);
    m_language->setCurrentIndex(m_language->count() - 1);
}

QString SettingsDialog::exportFolder() const
{
    return m_exportFolder->text().trimmed();
}

void SettingsDialog::setExportFolder(const QString &folder)
{
    m_exportFolder->setText(folder);
}

} // namespace linda::ui
