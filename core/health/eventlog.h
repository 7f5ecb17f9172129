#pragma once

#include "alerts.h"

#include "bot/runtime/eventbus.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>
#include <QString>

#include <deque>
#include <vector>
#include <mutex>

namespace linda {

enum class HealthEventKind { Alert, EngineError, RateLimited, SessionExpired, Engine, Traffic };
QString healthEventKindName(HealthEventKind kind); // translated

struct HealthEvent
{
    qint64 wallClockMs = 0; // ms since the epoch
    HealthEventKind kind = HealthEventKind::Engine;
    QString subject; // chat, sender, rule or file the event is about
    QString text;
};

// Buffers engine events published on worker threads until the GUI thread
// drains them. Bounded: beyond `capacity` waiting events the oldest are
// dropped and counted. Only the first rate-limited message of a sender
// (the one that gets the notice) is kept, so a flood stays one line per
// sender and episode.
class EventCollector
{
public:
    explicit EventCollector(qsizetype capacity = 10'000);

    // Subscribes to errors, rate limits and session expiries; the returned
    // subscriptions must be dropped before the bus goes away.
    std::vector<Subscription> subscribe(EventBus &bus);

    void add(HealthEvent event);
    QList<HealthEvent> drain();
    quint64 dropped() const;

    // Display names by the engine's sender key (E.164, else the sender id).
    // A rate-limit event of a named sender shows "Name (key)" as subject,
    // so a replayed chat's authors are recognisable and can be filtered.
    void setSenderNames(QHash<QString, QString> names);

private:
    qsizetype m_capacity;
    mutable std::mutex m_mutex;
    QHash<QString, QString> m_senderNames; // guarded by m_mutex
    std::deque<HealthEvent> m_pending;
    quint64 m_dropped = 0;
};

// The event log as a table: time, kind, subject, details. Keeps the last
// `capacity` rows; appending past it removes the oldest rows first.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, SubjectColumn, TextColumn, ColumnCount };
    static constexpr int KindRole = Qt::UserRole + 1; // HealthEventKind as int

    explicit EventLogModel(qsizetype capacity = 5'000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const QList<HealthEvent> &events);
    void clear();
    const HealthEvent &event(int row) const { return m_events.at(row); }
    qsizetype capacity() const { return m_capacity; }

    // Rows as tab-separated lines with a header, for the clipboard.
    static QString toText(const QAbstractItemModel &model, const QModelIndexList &rows);

private:
    qsizetype m_capacity;
    QList<HealthEvent> m_events; // oldest first
};

// Shows the rows of chosen kinds whose subject or text contains a string
// (case-insensitive).
class EventLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventLogFilter(QObject *parent = nullptr);

    void setKindVisible(HealthEventKind kind, bool visible);
    bool isKindVisible(HealthEventKind kind) const;
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    quint32 m_hiddenKinds = 0; // bit per HealthEventKind
    QString m_text;
};

// An alert transition as a log entry.
HealthEvent toHealthEvent(const AlertTransition &transition);

} // namespace linda
