#pragma once

#include <bench/history/comparison.h>

#include <QAbstractTableModel>

namespace linda::ui {

// One row per case of a comparison between two runs: medians before and
// now, the change, the p-value and the verdict with its severity.
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CaseColumn,
        BeforeColumn,
        NowColumn,
        ChangeColumn,
        PValueColumn,
        VerdictColumn,
        ColumnCount
    };

    enum Role {
        SortRole = Qt::UserRole,
        CaseIdRole,
        ChangeKindRole, // int(bench::ChangeKind)
        SeverityRole,   // int(bench::Severity)
    };

    explicit ComparisonModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setReport(const bench::ComparisonReport &report);
    void clear();
    const bench::ComparisonReport &report() const { return m_report; }

private:
    QVariant displayData(const bench::CaseComparison &c, int column) const;
    QVariant sortData(const bench::CaseComparison &c, int column) const;
    QVariant background(const bench::CaseComparison &c) const;

    bench::ComparisonReport m_report;
};

} // namespace linda::ui
