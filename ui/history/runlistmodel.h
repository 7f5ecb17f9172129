#pragma once

#include <bench/history/historydatabase.h>

#include <QAbstractTableModel>

namespace linda::ui {

// The runs of the history, newest first, one row each.
class RunListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        StartedColumn,
        ProfileColumn,
        StatusColumn,
        CasesColumn,
        VerdictsColumn,
        BaselineColumn,
        CommitColumn,
        ColumnCount
    };

    enum Role {
        RunIdRole = Qt::UserRole, // qint64
        SortRole,
    };

    explicit RunListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRuns(const QList<bench::RunSummary> &runs);
    const bench::RunSummary &runAt(int row) const;
    int rowOf(qint64 runId) const; // -1 when the run is not listed

private:
    QVariant displayData(const bench::RunSummary &run, int column) const;

    QList<bench::RunSummary> m_runs;
};

} // namespace linda::ui
