#pragma once

#include <QAbstractItemModel>
#include <QWidget>

class QItemSelectionModel;
class QLineEdit;

class QSortFilterProxyModel;
class QTableView;


namespace linda::ui {

class ResultsTableModel;

// The results table with a filter box above it. Sorting and filtering go
// through a proxy; Ctrl+C copies the selected cells as tab-separated text.
class ResultsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsPanel(ResultsTableModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }

    void copySelection() const;
    // Sizes the columns to their contents once. Automatic sizing would measure
    // every row on each live update, which costs the GUI thread milliseconds per case.
    void fitColumns();

Q_SIGNALS:
    // The case of the current row changed (empty when no row is current).
    void currentCaseChanged(const QString &caseId);

private:
    ResultsTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
};

// The cells of `indexes` as tab-separated text: a header line with the
// column titles, then one line per row, rows and columns in view order.
// Tabs and line breaks inside a cell become spaces.
QString indexesToTsv(const QAbstractItemModel *model, const QModelIndexList &indexes);

} // namespace linda::ui
