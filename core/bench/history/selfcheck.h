#pragma once

#include "regression.h"

#include <QList>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>

// Measures the regression verdict itself on real engine work: how often it
// flags a change between two measurements of the same code (false alarms)
// and how often it flags a known, injected slowdown (detection power).
namespace linda::bench {

struct SelfCheckOptions
{
    int comparisons = 20;     // A/A comparisons, and as many A/B comparisons
    int samplesPerSide = 200; // timed batches per side of one comparison
    // Extra work of the B side, as a share of the operation's own work.
    double injectedSlowdown = 0.10;
    // Minimum duration of one timed batch; longer batches average out timer
    // resolution and scheduling noise.
    std::chrono::nanoseconds minBatchTime{std::chrono::microseconds(500)};
    RegressionRule rule;
};

struct SelfCheckReport
{
    QString workload;         // what one operation does
    double operationNs = 0;   // median cost of one A operation over every A/A sample
    qint64 batchSize = 0;     // operations per timed batch
    int extraPeriod = 0;      // the B side parses one extra envelope every extraPeriod operations
    double injectedShare = 0; // 1 / extraPeriod: the injected work in operations
    double measuredSlowdown = 0; // median relative change of the A/B comparisons
    QList<CaseComparison> aa;
    QList<CaseComparison> ab;
    double elapsedSeconds = 0;
    bool cancelled = false;

    int falseAlarms() const;   // A/A comparisons flagged as a regression or improvement
    int detections() const;    // A/B comparisons flagged as a regression
    // At most 1 false alarm per 20 A/A comparisons and at least 19 of 20
    // A/B slowdowns detected (scaled to the number of comparisons).
    bool meetsTargets() const;
};

// Called after every comparison with the number done and the total.
using SelfCheckProgress = std::function<void(int done, int total)>;

// Runs the A/A and A/B comparisons on the webhook envelope parser. A and B
// batches are timed alternately, so that load from other processes falls on
// both sides alike. Stops early, with report.cancelled, when cancel is set.
SelfCheckReport runSelfCheck(const SelfCheckOptions &options, const std::atomic<bool> &cancel,
                             const SelfCheckProgress &progress = {});

} // namespace linda::bench
