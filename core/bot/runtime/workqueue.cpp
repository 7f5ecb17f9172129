#include "workqueue.h"

#include "common/logging.h"
#include "common/threadname.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <exception>

namespace linda {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::WorkQueue", text);
}

constexpr int MaxWorkers = 256;
constexpr int LanesPerWorker = 16;

void raiseMax(std::atomic<int> &max, int value)
{
    int seen = max.load(std::memory_order_relaxed);
    while (value > seen && !max.compare_exchange_weak(seen, value, std::memory_order_relaxed)) {
    }
}

} // namespace

QString WorkQueue::validate(const WorkQueueConfig &config)
{
    if (config.workers < 1 || config.workers > MaxWorkers)
        return tr("queue.workers is %1; it must be between 1 and %2.").arg(config.workers).arg(MaxWorkers);
    if (config.capacity < 1)
        return tr("queue.capacity is %1; it must be at least 1.").arg(config.capacity);
    if (config.lanes < 0)
        return tr("queue.lanes is %1; use 0 for the default or a positive count.").arg(config.lanes);
    return {};
}

WorkQueue::WorkQueue(WorkQueueConfig config)
    : m_config(config)
{
    Q_ASSERT_X(validate(config).isEmpty(), "WorkQueue", "invalid config; call validate() first");
    m_config.workers = std::clamp(m_config.workers, 1, MaxWorkers);
    m_config.capacity = std::max(1, m_config.capacity);
    if (m_config.lanes <= 0)
        m_config.lanes = m_config.workers * LanesPerWorker;
    m_lanes.resize(std::size_t(m_config.lanes));

    m_threads.reserve(std::size_t(m_config.workers));
    for (int i = 0; i < m_config.workers; ++i) {
        m_threads.emplace_back([this, i] {
            setCurrentThreadName(QByteArray("linda-worker-" + QByteArray::number(i)).constData());
            workerLoop();
        });
    }
}

WorkQueue::~WorkQueue()
{
    shutdown(ShutdownMode::Drain);
}

std::size_t WorkQueue::laneFor(const QString &key) const
{
    return qHash(key) % m_lanes.size();
}

SubmitResult WorkQueue::submit(const QString &key, Task task, std::chrono::milliseconds timeout)
{
    const std::size_t index = laneFor(key); // hashed before locking
    std::unique_lock lock(m_mutex);
    const auto hasSpace = [this] { return m_stopping || m_depth.load(std::memory_order_relaxed) < m_config.capacity; };
    if (!hasSpace() && timeout > std::chrono::milliseconds::zero())
        m_spaceAvailable.wait_for(lock, timeout, hasSpace);
    if (m_stopping) {
        m_rejected.fetch_add(1, std::memory_order_relaxed);
        return SubmitResult::Stopped;
    }
    if (m_depth.load(std::memory_order_relaxed) >= m_config.capacity) {
        m_rejected.fetch_add(1, std::memory_order_relaxed);
        return SubmitResult::Full;
    }

    Lane &lane = m_lanes[index];
    lane.tasks.push_back(std::move(task));
    const int depth = m_depth.fetch_add(1, std::memory_order_relaxed) + 1;
    raiseMax(m_maxDepth, depth);
    m_submitted.fetch_add(1, std::memory_order_relaxed);
    if (!lane.scheduled) {
        lane.scheduled = true;
        m_ready.push_back(index);
        lock.unlock();
        m_workAvailable.notify_one();
    }
    return SubmitResult::Accepted;
}

void WorkQueue::runTask(Task &task, TaskAction action)
{
    try {
        task(action);
    } catch (const std::exception &e) {
        m_failed.fetch_add(1, std::memory_order_relaxed);
        qCWarning(lcEngine) << "work queue task failed with an exception:" << e.what();
    } catch (...) {
        m_failed.fetch_add(1, std::memory_order_relaxed);
        qCWarning(lcEngine) << "work queue task failed with an exception of unknown type";
    }
}

// Takes the first ready lane and up to MaxTasksPerTurn of its tasks, runs
// them unlocked, then puts the lane back at the end of the ready list when
// it has more, so busy chats do not starve the others. A lane is never in
// m_ready twice and never served by two workers at once, which is what
// keeps per-key order. Taking several tasks per turn halves the lock
// traffic under load; the shutdown flag is still checked before each task.
void WorkQueue::workerLoop()
{
    std::vector<Task> batch;
    batch.reserve(MaxTasksPerTurn);
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_workAvailable.wait(lock, [this] { return !m_ready.empty() || m_stopping; });
        // A worker may leave while another still runs a lane with more
        // tasks: that worker puts the lane back and serves it itself.
        if (m_ready.empty())
            return;
        const std::size_t index = m_ready.front();
        m_ready.pop_front();
        Lane &lane = m_lanes[index];
        const std::size_t take = std::min(lane.tasks.size(), MaxTasksPerTurn);
        for (std::size_t i = 0; i < take; ++i) {
            batch.push_back(std::move(lane.tasks.front()));
            lane.tasks.pop_front();
        }
        m_depth.fetch_sub(int(take), std::memory_order_relaxed);
        ++m_running;
        m_busy.store(m_running, std::memory_order_relaxed);
        lock.unlock();
        if (take > 1)
            m_spaceAvailable.notify_all();
        else
            m_spaceAvailable.notify_one();

        for (Task &task : batch) {
            const bool cancel = m_cancelRequested.load(std::memory_order_acquire);
            runTask(task, cancel ? TaskAction::Cancel : TaskAction::Run);
            (cancel ? m_cancelled : m_processed).fetch_add(1, std::memory_order_relaxed);
            task = nullptr; // release captures now, not at the next turn
        }
        batch.clear();

        lock.lock();
        --m_running;
        m_busy.store(m_running, std::memory_order_relaxed);
        if (lane.tasks.empty())
            lane.scheduled = false;
        else
            m_ready.push_back(index);
        if (m_ready.empty() && m_running == 0)
            m_idle.notify_all();
    }
}

void WorkQueue::waitIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_ready.empty() && m_running == 0; });
}

ShutdownResult WorkQueue::shutdown(ShutdownMode mode)
{
    std::lock_guard serial(m_shutdownMutex); // a second caller waits, then returns zeros
    const quint64 processedBefore = m_processed.load();
    const quint64 cancelledBefore = m_cancelled.load();
    {
        std::lock_guard lock(m_mutex);
        if (m_joined)
            return {};
        m_stopping = true;
        m_cancelRequested.store(mode == ShutdownMode::Cancel, std::memory_order_release);
    }
    m_workAvailable.notify_all();
    m_spaceAvailable.notify_all();
    for (auto &thread : m_threads)
        thread.join();
    {
        std::lock_guard lock(m_mutex);
        m_joined = true;
    }
    return {m_processed.load() - processedBefore, m_cancelled.load() - cancelledBefore};
}

WorkQueueStats WorkQueue::stats() const
{
    WorkQueueStats s;
    s.workers = m_config.workers;
    s.capacity = m_config.capacity;
    s.depth = m_depth.load(std::memory_order_relaxed);
    s.maxDepth = m_maxDepth.load(std::memory_order_relaxed);
    s.busyWorkers = m_busy.load(std::memory_order_relaxed);
    s.submitted = m_submitted.load(std::memory_order_relaxed);
    s.processed = m_processed.load(std::memory_order_relaxed);
    s.rejected = m_rejected.load(std::memory_order_relaxed);
    s.cancelled = m_cancelled.load(std::memory_order_relaxed);
    s.failed = m_failed.load(std::memory_order_relaxed);
    return s;
}

} // namespace linda
