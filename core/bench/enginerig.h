#pragma once

#include "casecontext.h"

#include "bot/runtime/engine.h"

#include <QList>
#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

// Engines and traffic for the load and memory cases.
namespace linda::bench {

// Starts an engine on a store file in the case's work folder, seeded with
// the demo data first when seed is true. config.databasePath is set here.
// Throws (failing the case) when the engine cannot start.
std::unique_ptr<Engine> startEngine(const CaseContext &context, EngineConfig config = {},
                                    const Clock &clock = Clock::steady(), bool seed = true,
                                    const QString &fileName = QStringLiteral("engine.sqlite"));

// A message as the transport would deliver it. With group set, chatIndex
// names a group chat and senderIndex its author. Without it, the chat is the
// sender's one-to-one chat and chatIndex is unused. Senders are valid UAE
// mobile numbers, distinct for distinct sender indexes.
Message trafficMessage(const QString &id, int chatIndex, int senderIndex, const QString &body, bool group);

// Bodies of generated traffic: commands that read the store and plain text,
// in a fixed mix picked by index.
QString trafficBody(qint64 index);

// Completion record of a batch of submitted messages. Callbacks write their
// own slot, so they need no lock; waitAll() sleeps on a condition variable.
// Must outlive the engine the messages went to.
class BatchTracker
{
public:
    explicit BatchTracker(qsizetype count);

    // Marks message `index` as submitted now (steady clock, ns).
    void markSubmitted(qsizetype index);
    void setIntended(qsizetype index, std::chrono::nanoseconds intended);
    // The callback for message `index`; records the outcome and the time.
    Engine::Callback callbackFor(qsizetype index);

    // Waits until `expected` callbacks have run, checking the case's cancel
    // flag every 20 ms. Returns false when timeout passes first.
    bool waitFor(const CaseContext &context, qsizetype expected, std::chrono::milliseconds timeout);

    qsizetype completed() const { return m_completed.load(std::memory_order_acquire); }
    qsizetype count() const { return qsizetype(m_done.size()); }
    std::chrono::nanoseconds submittedAt(qsizetype i) const { return m_submitted[std::size_t(i)]; }
    std::chrono::nanoseconds intendedAt(qsizetype i) const { return m_intended[std::size_t(i)]; }
    std::chrono::nanoseconds doneAt(qsizetype i) const { return m_done[std::size_t(i)]; }
    HandleOutcome outcome(qsizetype i) const { return m_outcomes[std::size_t(i)]; }
    bool isDone(qsizetype i) const { return m_done[std::size_t(i)].count() != 0; }

    // Latencies in ns from the intended send time (or the submit time when
    // none was set) to the callback, of the completed messages.
    QList<double> latencies() const;
    // Messages whose outcome means the engine dealt with them: replied, no
    // reply needed, or rate limited.
    qsizetype handled() const;
    qsizetype countOutcome(HandleOutcome outcome) const;
    // Latest callback time minus earliest submit time, in ns.
    double spanNs() const;

private:
    std::vector<std::chrono::nanoseconds> m_submitted;
    std::vector<std::chrono::nanoseconds> m_intended;
    std::vector<std::chrono::nanoseconds> m_done;
    std::vector<HandleOutcome> m_outcomes;
    std::atomic<qsizetype> m_completed{0};
    std::mutex m_mutex;
    std::condition_variable m_changed;
};

// Samples named figures every `interval` on a thread of its own, as series
// over milliseconds since start(); for queue depth, busy workers, sessions.
class SeriesSampler
{
public:
    struct Probe
    {
        QString name;
        QString unit;
        std::function<double()> read;
    };

    SeriesSampler(QList<Probe> probes, std::chrono::milliseconds interval);
    ~SeriesSampler(); // stops
    void start();
    void stop();
    QList<Series> series() const;

private:
    QList<Probe> m_probes;
    std::chrono::milliseconds m_interval;
    QList<Series> m_series;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

// Probes of an engine's queue depth, busy workers and sessions.
QList<SeriesSampler::Probe> engineProbes(Engine &engine);

} // namespace linda::bench
