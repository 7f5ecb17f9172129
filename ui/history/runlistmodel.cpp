#include "runlistmodel.h"

#include <QFont>
#include <QLocale>

namespace linda::ui {

RunListModel::RunListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunListModel::displayData(const bench::RunSummary &run, int column) const
{
    switch (column) {
    case IdColumn:
        return run.id;
    case StartedColumn:
        return QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
    case ProfileColumn:
        return bench::profileLabel(run.profile);
    case StatusColumn: {
        const QString status = run.cancelled ? tr("cancelled") : tr("completed");
        return run.origin == bench::RunOrigin::Import ? tr("%1, imported").arg(status) : status;
    }
    case CasesColumn:
        return run.caseCount;
    case VerdictsColumn:
        return tr("%1 pass, %2 warn, %3 fail, %4 error").arg(run.passed).arg(run.warned).arg(run.failed).arg(run.errors);
    case BaselineColumn:
        return run.baseline ? tr("baseline") : QString();
    case CommitColumn:
        return run.gitCommit;
    default:
        return {};
    }
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bench::RunSummary &run = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(run, index.column());
    case RunIdRole:
        return run.id;
    case SortRole:
        return index.column() == StartedColumn ? QVariant(run.startedAt) : displayData(run, index.column());
    case Qt::FontRole:
        if (run.baseline) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == StartedColumn ? run.startedAt.toUTC().toString(Qt::ISODateWithMs) : run.fixturesSource;
    default:
        return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Run");
    case StartedColumn:
        return tr("Started");
    case ProfileColumn:
        return tr("Profile");
    case StatusColumn:
        return tr("Status");
    case CasesColumn:
        return tr("Cases");
    case VerdictsColumn:
        return tr("Verdicts");
    case BaselineColumn:
        return tr("Baseline");
    case CommitColumn:
        return tr("Commit");
    default:
        return {};
    }
}

void RunListModel::setRuns(const QList<bench::RunSummary> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

const bench::RunSummary &RunListModel::runAt(int row) const
{
    return m_runs.at(row);
}

int RunListModel::rowOf(qint64 runId) const
{
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).id == runId)
            return row;
    }
    return -1;
}

} // namespace linda::ui
