#pragma once

#include <bench/results.h>

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

namespace linda::ui {

// The registered cases grouped by suite, each with a check box and the
// verdict of its last run. Suite rows are tri-state: checking one checks all
// of its cases. Case rows are children of their suite row.
class CaseTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, VerdictColumn, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole, VerdictRole };

    explicit CaseTreeModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces the cases. Cases that were known keep their check state and
    // last verdict; new cases are checked.
    void setCases(const QList<bench::CaseInfo> &cases);
    QList<bench::CaseInfo> cases() const;

    void setVerdict(const QString &caseId, bench::Verdict verdict);
    bench::Verdict verdict(const QString &caseId) const;

    // Checked case ids in registry order.
    QStringList checkedCaseIds() const;
    void setCheckedCaseIds(const QStringList &ids);
    bool isChecked(const QString &caseId) const;

Q_SIGNALS:
    void checkedCasesChanged();

private:
    struct SuiteNode
    {
        bench::Suite suite;
        QList<bench::CaseInfo> cases;
    };

    bool isSuiteIndex(const QModelIndex &index) const;
    const bench::CaseInfo &caseAt(const QModelIndex &index) const;
    Qt::CheckState suiteCheckState(const SuiteNode &node) const;
    QVariant suiteData(const SuiteNode &node, int column, int role) const;
    QVariant caseData(const bench::CaseInfo &info, int column, int role) const;
    void setSuiteChecked(int suiteRow, bool checked);
    QModelIndex indexOfCase(const QString &caseId, int column) const;

    QList<SuiteNode> m_suites;
    QSet<QString> m_checked;
    QSet<QString> m_known; // ids ever shown, so re-registered cases keep an unchecked state
    QHash<QString, bench::Verdict> m_verdicts;
};

} // namespace linda::ui
