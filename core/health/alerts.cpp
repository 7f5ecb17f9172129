#include "alerts.h"

#include <QCoreApplication>

namespace linda {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linda", text);
}

} // namespace

QString alertStateName(AlertState state)
{
    switch (state) {
    case AlertState::Normal:
        return tr("normal");
    case AlertState::Pending:
        return tr("pending");
    case AlertState::Firing:
        return tr("firing");
    case AlertState::Resolved:
        return tr("resolved");
    }
    return {};
}

QString AlertTransition::toString() const
{
    return QCoreApplication::translate("linda", "%1: %2 -> %3 (value %4 %5, limit %6 %5)")
        .arg(ruleName, alertStateName(from), alertStateName(to))
        .arg(value, 0, 'f', 1)
        .arg(unit)
        .arg(limit, 0, 'g', 6);
}

QList<AlertRule> defaultAlertRules(const Fixtures &fixtures)
{
    QList<AlertRule> rules;
    const auto add = [&](QStringView key, QString id, QString name, QString unit,
                         std::function<double(const HealthSample &)> value) {
        const Threshold *threshold = fixtures.threshold(key);
        if (!threshold || threshold->limit <= 0)
            return;
        rules.append({std::move(id), std::move(name), std::move(unit), key.toString(), threshold->limit,
                      std::chrono::seconds(5), std::move(value)});
    };
    add(thresholdkey::CommandResponse, u"latency.p95"_qs, tr("p95 latency"), u"ms"_qs,
        [](const HealthSample &s) { return s.p95Ms; });
    add(thresholdkey::MessageParse, u"latency.p50"_qs, tr("p50 latency"), u"ms"_qs,
        [](const HealthSample &s) { return s.p50Ms; });
    add(thresholdkey::ConcurrentMessageLimit, u"queue.depth"_qs, tr("queue depth"), tr("tasks"),
        [](const HealthSample &s) { return double(s.queueDepth); });
    add(thresholdkey::MemoryPeakIncrease, u"memory.heap-growth"_qs, tr("heap growth"), u"MB"_qs,
        [](const HealthSample &s) { return s.heapGrowthMB; });
    // No fixture gives an error budget; one failed message in a hundred is
    // already far from the zero the suites expect.
    rules.append({u"errors.rate"_qs, tr("error rate"), u"%"_qs, QString(), 1.0, std::chrono::seconds(5),
                  [](const HealthSample &s) { return s.errorRatePercent; }});
    return rules;
}

AlertState nextAlertState(const AlertStatus &status, bool breached, qint64 nowMs, std::chrono::milliseconds hold)
{
    switch (status.state) {
    case AlertState::Normal:
        if (!breached)
            return AlertState::Normal;
        return hold.count() <= 0 ? AlertState::Firing : AlertState::Pending;
    case AlertState::Pending:
        if (!breached)
            return AlertState::Normal;
        return nowMs - status.pendingSinceMs.value_or(nowMs) >= hold.count() ? AlertState::Firing
                                                                              : AlertState::Pending;
    case AlertState::Firing:
        return breached ? AlertState::Firing : AlertState::Resolved;
    case AlertState::Resolved:
        if (breached)
            return hold.count() <= 0 ? AlertState::Firing : AlertState::Pending;
        return nowMs - status.resolvedAtMs.value_or(nowMs) >= hold.count() ? AlertState::Normal
                                                                           : AlertState::Resolved;
    }
    return status.state;
}

void AlertMonitor::setRules(QList<AlertRule> rules)
{
    m_rules = std::move(rules);
    m_statuses = QList<AlertStatus>(m_rules.size());
}

int AlertMonitor::firingCount() const
{
    return int(std::count_if(m_statuses.cbegin(), m_statuses.cend(),
                             [](const AlertStatus &s) { return s.state == AlertState::Firing; }));
}

QList<AlertTransition> AlertMonitor::evaluate(const HealthSample &sample)
{
    QList<AlertTransition> transitions;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const AlertRule &rule = m_rules.at(i);
        AlertStatus &status = m_statuses[i];
        status.value = rule.value ? rule.value(sample) : 0.0;
        const bool breached = status.value > rule.limit;
        const AlertState next = nextAlertState(status, breached, sample.atMs, rule.holdTime);
        if (next == status.state)
            continue;
        transitions.append({rule.id, rule.name, status.state, next, status.value, rule.limit, rule.unit,
                            sample.atMs, sample.wallClockMs});
        switch (next) {
        case AlertState::Normal:
            status = AlertStatus{AlertState::Normal, status.value, {}, {}, {}};
            break;
        case AlertState::Pending:
            status.pendingSinceMs = sample.atMs;
            status.resolvedAtMs.reset();
            break;
        case AlertState::Firing:
            if (!status.pendingSinceMs)
                status.pendingSinceMs = sample.atMs;
            status.firingSinceMs = sample.atMs;
            break;
        case AlertState::Resolved:
            status.resolvedAtMs = sample.atMs;
            break;
        }
        status.state = next;
    }
    return transitions;
}

} // namespace linda
