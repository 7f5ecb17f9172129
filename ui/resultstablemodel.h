#pragma once

#include "bands.h"

#include <bench/results.h>

#include <QAbstractTableModel>

#include <optional>

namespace linda::ui {

// One row per case of the current run. Rows are created when the run starts
// (every case queued) and then changed in place as cases start and finish,
// so a selection and the scroll position survive a live run.
class ResultsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CaseColumn,
        SuiteColumn,
        SamplesColumn,
        P50Column,
        P95Column,
        P99Column,
        ThroughputColumn,
        ThresholdColumn,
        BaselineRatioColumn,
        VerdictColumn,
        ColumnCount
    };

    enum Role {
        SortRole = Qt::UserRole, // raw number (or text) for sorting
        CaseIdRole,
        RatingRole, // int(Rating) of a coloured cell, or invalid
    };

    enum class RowState { Queued, Running, Finished };

    explicit ResultsTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setBands(const PerformanceBands &bands);

    // Replaces every row with the given cases, all queued.
    void startRun(const QList<bench::CaseInfo> &cases);
    void markRunning(const QString &caseId);
    // Updates the case's row in place; appends a row for an unknown case.
    void setResult(const bench::CaseResult &result);
    // After a cancelled run: queued and running rows become cancelled.
    void finishRun(bool cancelled);

    int rowOf(const QString &caseId) const;
    RowState rowState(int row) const;
    const bench::CaseResult *resultAt(int row) const; // nullptr until the case finished
    QList<bench::CaseResult> results() const;         // finished cases, in row order

private:
    struct Row
    {
        bench::CaseInfo info;
        RowState state = RowState::Queued;
        std::optional<bench::CaseResult> result;
    };

    static QString headerToolTip(int section);
    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    std::optional<Rating> cellRating(const Row &row, int column) const;
    QVariant background(const Row &row, int column) const;
    QString verdictText(const Row &row) const;
    void emitRowChanged(int row);

    QList<Row> m_rows;
    PerformanceBands m_bands;
};

QString verdictDisplayName(bench::Verdict verdict); // translated
QColor verdictBackground(bench::Verdict verdict);

} // namespace linda::ui
