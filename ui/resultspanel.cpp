#include "resultspanel.h"

#include "resultstablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <map>
#include <set>

namespace linda::ui {

ResultsPanel::ResultsPanel(ResultsTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(ResultsTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1); // match any column: case, suite or verdict
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter by case, suite or verdict"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Results filter"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("resultsTable"));
    m_view->setAccessibleName(tr("Results"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // registry order until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Wide enough for "0.0123 ms" before the first result arrives.
    m_view->horizontalHeader()->setMinimumSectionSize(90);

    auto *copy = new QAction(tr("Copy as TSV"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &ResultsPanel::copySelection);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentCaseChanged(current.data(ResultsTableModel::CaseIdRole).toString());
            });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
}

void ResultsPanel::fitColumns()
{
    m_view->resizeColumnsToContents();
}

void ResultsPanel::copySelection() const
{
    const QString text = indexesToTsv(m_proxy, m_view->selectionModel()->selectedIndexes());
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

QString indexesToTsv(const QAbstractItemModel *model, const QModelIndexList &indexes)
{
    if (indexes.isEmpty())
        return {};
    std::set<int> columns;
    std::map<int, std::map<int, QString>> cells; // row -> column -> text
    const auto clean = [](QString text) {
        text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
        return text;
    };
    for (const QModelIndex &index : indexes) {
        columns.insert(index.column());
        cells[index.row()][index.column()] = clean(index.data(Qt::DisplayRole).toString());
    }

    QStringList header;
    for (const int column : columns)
        header.append(clean(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()));
    QStringList lines{header.join(u'\t')};
    for (const auto &[row, rowCells] : cells) {
        QStringList fields;
        for (const int column : columns) {
            const auto it = rowCells.find(column);
            fields.append(it == rowCells.end() ? QString() : it->second);
        }
        lines.append(fields.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace linda::ui
