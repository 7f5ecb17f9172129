#pragma once

#include "healthsampler.h"

#include "fixtures/fixtures.h"

#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace linda {

// normal -> pending (limit breached, waiting out the hold time) -> firing
// -> resolved (back under the limit) -> normal (after a further hold time
// without a breach). A breach while pending or resolved is not a new alert
// until the hold time has passed.
enum class AlertState { Normal, Pending, Firing, Resolved };
QString alertStateName(AlertState state); // translated

// One figure of a HealthSample compared with a limit. The rule breaches
// when the figure is above the limit (strictly).
struct AlertRule
{
    QString id;          // stable, e.g. "latency.p95"
    QString name;        // translated, e.g. "p95 latency"
    QString unit;        // "ms", "%", "MB", "tasks"
    QString thresholdKey; // fixtures threshold the limit came from, empty for a built-in limit
    double limit = 0;
    std::chrono::milliseconds holdTime{std::chrono::seconds(5)};
    std::function<double(const HealthSample &)> value;
};

struct AlertStatus
{
    AlertState state = AlertState::Normal;
    double value = 0;               // figure at the last evaluation
    std::optional<qint64> pendingSinceMs; // sample time (HealthSample::atMs) of the first breach
    std::optional<qint64> firingSinceMs;
    std::optional<qint64> resolvedAtMs;
};

struct AlertTransition
{
    QString ruleId;
    QString ruleName;
    AlertState from = AlertState::Normal;
    AlertState to = AlertState::Normal;
    double value = 0;
    double limit = 0;
    QString unit;
    qint64 atMs = 0;       // sample time
    qint64 wallClockMs = 0; // for the event log

    QString toString() const; // "p95 latency: pending -> firing (value 312.4 ms, limit 200 ms)"
};

// The health rules that the fixtures give limits for: p95 latency against
// commandResponse, p50 against messageParse, queue depth against
// concurrentMessageLimit, heap growth against memoryPeakIncrease, plus an
// error rate above 1 %. A missing threshold drops its rule.
QList<AlertRule> defaultAlertRules(const Fixtures &fixtures);

// Evaluates every rule on each sample. Time comes from the samples
// (HealthSample::atMs), so a test drives it with made-up samples.
class AlertMonitor
{
public:
    void setRules(QList<AlertRule> rules); // resets every state to normal
    const QList<AlertRule> &rules() const { return m_rules; }
    const QList<AlertStatus> &statuses() const { return m_statuses; }

    // Transitions caused by this sample, in rule order.
    QList<AlertTransition> evaluate(const HealthSample &sample);

    int firingCount() const;

private:
    QList<AlertRule> m_rules;
    QList<AlertStatus> m_statuses; // parallel to m_rules
};

// One rule's step: the state after seeing `breached` at time nowMs.
AlertState nextAlertState(const AlertStatus &status, bool breached, qint64 nowMs, std::chrono::milliseconds hold);

} // namespace linda
