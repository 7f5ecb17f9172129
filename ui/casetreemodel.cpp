#include "casetreemodel.h"

#include "resultstablemodel.h"

namespace linda::ui {

using bench::CaseInfo;
using bench::Verdict;

// Internal ids: 0 marks a suite row; suiteRow + 1 marks a case row of that suite.
namespace {
constexpr quintptr SuiteId = 0;
}

CaseTreeModel::CaseTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QModelIndex CaseTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, SuiteId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex CaseTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == SuiteId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, SuiteId);
}

int CaseTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_suites.size());
    if (parent.column() != 0 || !isSuiteIndex(parent))
        return 0;
    return int(m_suites.at(parent.row()).cases.size());
}

int CaseTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool CaseTreeModel::isSuiteIndex(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() == SuiteId;
}

const CaseInfo &CaseTreeModel::caseAt(const QModelIndex &index) const
{
    return m_suites.at(int(index.internalId() - 1)).cases.at(index.row());
}

QVariant CaseTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Case") : tr("Last verdict");
}

Qt::ItemFlags CaseTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    if (isSuiteIndex(index))
        f |= Qt::ItemIsAutoTristate;
    else
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant CaseTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isSuiteIndex(index))
        return suiteData(m_suites.at(index.row()), index.column(), role);
    return caseData(caseAt(index), index.column(), role);
}

QVariant CaseTreeModel::suiteData(const SuiteNode &node, int column, int role) const
{
    if (column != NameColumn)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return bench::suiteLabel(node.suite);
    case Qt::CheckStateRole:
        return int(suiteCheckState(node));
    case Qt::ToolTipRole:
        return tr("%n case(s)", nullptr, int(node.cases.size()));
    default:
        return {};
    }
}

QVariant CaseTreeModel::caseData(const CaseInfo &info, int column, int role) const
{
    const Verdict last = m_verdicts.value(info.id, Verdict::NotRun);
    if (role == CaseIdRole)
        return info.id;
    if (role == VerdictRole)
        return int(last);
    if (role == Qt::ToolTipRole) {
        // The id leads: a narrow tree elides it, and the tooltip is where it can be read whole.
        return info.title.isEmpty() ? info.id : info.id + u'\n' + info.title;
    }
    if (column == NameColumn) {
        if (role == Qt::DisplayRole)
            return info.id;
        if (role == Qt::CheckStateRole)
            return int(m_checked.contains(info.id) ? Qt::Checked : Qt::Unchecked);
        return {};
    }
    if (role == Qt::DisplayRole)
        return last == Verdict::NotRun ? QString() : verdictDisplayName(last);
    if (role == Qt::BackgroundRole && last != Verdict::NotRun)
        return verdictBackground(last);
    if (role == Qt::ForegroundRole && last != Verdict::NotRun)
        return QColor(Qt::black);
    return {};
}

Qt::CheckState CaseTreeModel::suiteCheckState(const SuiteNode &node) const
{
    qsizetype checked = 0;
    for (const CaseInfo &info : node.cases)
        checked += m_checked.contains(info.id) ? 1 : 0;
    if (checked == 0)
        return Qt::Unchecked;
    return checked == node.cases.size() ? Qt::Checked : Qt::PartiallyChecked;
}

bool CaseTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.column() != NameColumn)
        return false;
    const bool checked = value.toInt() != Qt::Unchecked;
    if (isSuiteIndex(index)) {
        setSuiteChecked(index.row(), checked);
    } else {
        const QString &id = caseAt(index).id;
        if (checked)
            m_checked.insert(id);
        else
            m_checked.remove(id);
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        const QModelIndex suite = index.parent();
        Q_EMIT dataChanged(suite, suite, {Qt::CheckStateRole});
    }
    Q_EMIT checkedCasesChanged();
    return true;
}

void CaseTreeModel::setSuiteChecked(int suiteRow, bool checked)
{
    const SuiteNode &node = m_suites.at(suiteRow);
    for (const CaseInfo &info : node.cases) {
        if (checked)
            m_checked.insert(info.id);
        else
            m_checked.remove(info.id);
    }
    const QModelIndex suite = index(suiteRow, NameColumn);
    Q_EMIT dataChanged(suite, suite, {Qt::CheckStateRole});
    if (!node.cases.isEmpty()) {
        Q_EMIT dataChanged(index(0, NameColumn, suite),
                           index(int(node.cases.size()) - 1, NameColumn, suite),
                           {Qt::CheckStateRole});
    }
}

void CaseTreeModel::setCases(const QList<CaseInfo> &cases)
{
    beginResetModel();
    m_suites.clear();
    for (const bench::Suite suite : {bench::Suite::Benchmark, bench::Suite::Load, bench::Suite::Memory}) {
        SuiteNode node{suite, {}};
        for (const CaseInfo &info : cases) {
            if (info.suite == suite)
                node.cases.append(info);
        }
        if (!node.cases.isEmpty())
            m_suites.append(node);
    }
    for (const CaseInfo &info : cases) {
        if (!m_known.contains(info.id)) {
            m_known.insert(info.id);
            m_checked.insert(info.id);
        }
    }
    endResetModel();
    Q_EMIT checkedCasesChanged();
}

QList<CaseInfo> CaseTreeModel::cases() const
{
    QList<CaseInfo> out;
    for (const SuiteNode &node : m_suites)
        out += node.cases;
    return out;
}

void CaseTreeModel::setVerdict(const QString &caseId, Verdict verdict)
{
    m_verdicts.insert(caseId, verdict);
    const QModelIndex idx = indexOfCase(caseId, VerdictColumn);
    if (idx.isValid())
        Q_EMIT dataChanged(idx, idx);
}

Verdict CaseTreeModel::verdict(const QString &caseId) const
{
    return m_verdicts.value(caseId, Verdict::NotRun);
}

QStringList CaseTreeModel::checkedCaseIds() const
{
    QStringList out;
    for (const SuiteNode &node : m_suites) {
        for (const CaseInfo &info : node.cases) {
            if (m_checked.contains(info.id))
                out.append(info.id);
        }
    }
    return out;
}

void CaseTreeModel::setCheckedCaseIds(const QStringList &ids)
{
    m_checked = QSet<QString>(ids.cbegin(), ids.cend());
    for (int row = 0; row < m_suites.size(); ++row) {
        const QModelIndex suite = index(row, NameColumn);
        Q_EMIT dataChanged(suite, suite, {Qt::CheckStateRole});
        const int children = int(m_suites[row].cases.size());
        if (children > 0) {
            Q_EMIT dataChanged(index(0, NameColumn, suite), index(children - 1, NameColumn, suite),
                               {Qt::CheckStateRole});
        }
    }
    Q_EMIT checkedCasesChanged();
}

bool CaseTreeModel::isChecked(const QString &caseId) const
{
    return m_checked.contains(caseId);
}

QModelIndex CaseTreeModel::indexOfCase(const QString &caseId, int column) const
{
    for (int s = 0; s < m_suites.size(); ++s) {
        const QList<CaseInfo> &cases = m_suites[s].cases;
        for (int c = 0; c < cases.size(); ++c) {
            if (cases[c].id == caseId)
                return createIndex(c, column, quintptr(s) + 1);
        }
    }
    return {};
}

} // namespace linda::ui
