#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace linda::ui {

// Preferences that are not run parameters: the interface language (applied
// at the next start) and the folder the export dialogs open in.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QString language() const; // "" for the system language, else a locale name such as "ar"
    void setLanguage(const QString &code);
    QString exportFolder() const;
    void setExportFolder(const QString &folder);

private:
    QComboBox *m_language;
    QLineEdit *m_exportFolder;
};

} // namespace linda::ui
