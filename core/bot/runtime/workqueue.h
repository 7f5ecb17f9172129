#pragma once

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace linda {

struct WorkQueueConfig
{
    int workers = 4;         // worker threads, 1..256
    int capacity = 10'000;   // tasks waiting (not yet running), >= 1
    int lanes = 0;           // ordering lanes; 0 picks 16 per worker
};

// Why a task's function is called: to run it, or to tell it that shutdown
// cancelled it before it ran. Every accepted task is called exactly once.
enum class TaskAction { Run, Cancel };

enum class SubmitResult {
    Accepted,
    Full,    // the queue held `capacity` waiting tasks for the whole timeout; the task was not taken
    Stopped, // shutdown() has begun; the task was not taken
};

enum class ShutdownMode {
    Drain,  // run every waiting task, then stop
    Cancel, // call waiting tasks with TaskAction::Cancel, let running ones finish, then stop
};

struct ShutdownResult
{
    quint64 completed = 0; // tasks that ran between the shutdown call and its return
    quint64 cancelled = 0;
};

// A sample of the queue, cheap to take from any thread (atomic loads only).
struct WorkQueueStats
{
    int workers = 0;
    int capacity = 0;
    int depth = 0;      // tasks waiting
    int maxDepth = 0;   // highest depth since start
    int busyWorkers = 0;
    quint64 submitted = 0; // accepted
    quint64 processed = 0; // ran to the end (including ones that threw)
    quint64 rejected = 0;  // Full or Stopped results
    quint64 cancelled = 0;
    quint64 failed = 0;    // tasks that threw; the exception is logged and swallowed

    double utilization() const { return workers > 0 ? double(busyWorkers) / workers : 0.0; }
};

// A bounded queue served by N std::threads that keeps per-key order.
//
// Tasks with the same key (the chat id) run one at a time in submit order,
// even with many workers. Each key hashes to one of `lanes` FIFO lanes, and a
// lane is served by at most one worker at a time. Different keys run in
// parallel unless they share a lane.
//
// Back-pressure: submit() blocks for up to `timeout` while the queue is full
// and then returns SubmitResult::Full; a zero timeout makes it a non-blocking
// try. The queue never drops a task it accepted: each one is run, or called
// with TaskAction::Cancel by shutdown(ShutdownMode::Cancel).
class WorkQueue
{
public:
    using Task = std::function<void(TaskAction)>;

    explicit WorkQueue(WorkQueueConfig config = {});
    ~WorkQueue(); // shutdown(ShutdownMode::Drain) if not yet shut down
    WorkQueue(const WorkQueue &) = delete;
    WorkQueue &operator=(const WorkQueue &) = delete;

    static QString validate(const WorkQueueConfig &config);

    SubmitResult submit(const QString &key, Task task,
                        std::chrono::milliseconds timeout = std::chrono::milliseconds::zero());

    // Blocks until no task is waiting or running. Other threads may keep
    // submitting; it then returns at the first moment the queue is idle.
    void waitIdle();

    // Stops accepting tasks, drains or cancels the waiting ones, and joins
    // the workers. Safe to call more than once; later calls return zeros.
    ShutdownResult shutdown(ShutdownMode mode);

    WorkQueueStats stats() const;
    const WorkQueueConfig &config() const { return m_config; }

private:
    struct Lane
    {
        std::deque<Task> tasks;
        bool scheduled = false; // in m_ready or being run by a worker
    };

    static constexpr std::size_t MaxTasksPerTurn = 32;

    void workerLoop();
    void runTask(Task &task, TaskAction action);
    std::size_t laneFor(const QString &key) const;

    WorkQueueConfig m_config;
    std::vector<Lane> m_lanes;
    std::deque<std::size_t> m_ready; // lanes with waiting tasks and no worker

    mutable std::mutex m_mutex;
    std::mutex m_shutdownMutex;
    std::condition_variable m_workAvailable;
    std::condition_variable m_spaceAvailable;
    std::condition_variable m_idle;
    bool m_stopping = false;
    std::atomic<bool> m_cancelRequested{false}; // read by workers before each task, unlocked
    bool m_joined = false;
    int m_running = 0; // guarded by m_mutex; m_busy mirrors it for lock-free reads

    std::atomic<int> m_depth{0};
    std::atomic<int> m_maxDepth{0};
    std::atomic<int> m_busy{0};
    std::atomic<quint64> m_submitted{0};
    std::atomic<quint64> m_processed{0};
    std::atomic<quint64> m_rejected{0};
    std::atomic<quint64> m_cancelled{0};
    std::atomic<quint64> m_failed{0};

    std::vector<std::thread> m_threads;
};

} // namespace linda
