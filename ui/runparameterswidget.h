#pragma once

#include <bench/results.h>
#include <fixtures/fixtures.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace linda::ui {

// Profile, engine workers, time per case and the fixtures folder of the next
// run. The folder is loaded as soon as it changes; while it has errors they
// are listed inline (file, JSON path, what is wrong) and fixturesValid() is
// false, so the window keeps Run disabled.
class RunParametersWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RunParametersWidget(QWidget *parent = nullptr);

    bench::RunRequest request() const; // without case ids

    bench::Profile profile() const;
    void setProfile(bench::Profile profile);
    int workers() const;
    void setWorkers(int workers);
    std::chrono::milliseconds timePerCase() const; // 0 means the profile's default
    void setTimePerCase(std::chrono::milliseconds time);

    // Empty means the bundled fixtures. Loads the folder at once.
    QString fixturesFolder() const;
    void setFixturesFolder(const QString &folder);

    bool fixturesValid() const { return m_load.ok(); }
    const Fixtures &fixtures() const { return m_load.fixtures; }
    QString fixturesErrorText() const; // what the inline error label shows, plain text

    // Disables editing while a run is going.
    void setRunning(bool running);

Q_SIGNALS:
    // After every load of the fixtures, valid or not.
    void fixturesLoaded(bool valid);

private:
    QWidget *createFixturesRow();
    void browseFixtures();
    void loadFixtures();
    void showFixtureErrors();

    QComboBox *m_profile = nullptr;
    QSpinBox *m_workers = nullptr;
    QSpinBox *m_timePerCase = nullptr;
    QLineEdit *m_fixturesFolder = nullptr;
    QLabel *m_fixturesStatus = nullptr;
    FixturesLoadResult m_load;
    QString m_loadedFolder;
};

} // namespace linda::ui
