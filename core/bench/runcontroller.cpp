#include "runcontroller.h"

#include "runworker.h"

#include <QMetaObject>
#include <QThread>

// Qt's event queue orders a queued call after everything its caller wrote,
// but Qt 6.4 guards the queue with a futex-based QMutex that ThreadSanitizer
// does not see. These annotations state that order for the run request.
#if defined(__SANITIZE_THREAD__)
#define LINDA_TSAN_ANNOTATIONS 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define LINDA_TSAN_ANNOTATIONS 1
#endif
#endif
#ifdef LINDA_TSAN_ANNOTATIONS
extern "C" void __tsan_acquire(void *address);
extern "C" void __tsan_release(void *address);
#endif

namespace linda::bench {

namespace {

void annotateRelease([[maybe_unused]] void *address)
{
#ifdef LINDA_TSAN_ANNOTATIONS
    __tsan_release(address);
#endif
}

void annotateAcquire([[maybe_unused]] void *address)
{
#ifdef LINDA_TSAN_ANNOTATIONS
    __tsan_acquire(address);
#endif
}

void registerMetaTypes()
{
    qRegisterMetaType<CaseInfo>();
    qRegisterMetaType<CaseResult>();
    qRegisterMetaType<RunRequest>();
    qRegisterMetaType<RunResult>();
    qRegisterMetaType<Environment>();
    qRegisterMetaType<QList<CaseInfo>>();
    qRegisterMetaType<QList<double>>();
}

} // namespace

RunController::RunController(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new RunWorker)
{
    registerMetaTypes();
    m_thread->setObjectName(u"linda-bench-runner"_qs);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    // Worker signals are emitted on the run thread; the queued connections
    // deliver them on this object's thread.
    connect(m_worker, &RunWorker::runStarted, this, &RunController::runStarted, Qt::QueuedConnection);
    connect(m_worker, &RunWorker::caseStarted, this, &RunController::caseStarted, Qt::QueuedConnection);
    connect(m_worker, &RunWorker::samplesAvailable, this, &RunController::samplesAvailable,
            Qt::QueuedConnection);
    connect(m_worker, &RunWorker::caseFinished, this, &RunController::caseFinished, Qt::QueuedConnection);
    connect(
        m_worker, &RunWorker::runFinished, this,
        [this](const RunResult &result) {
            onRunEnded();
            Q_EMIT runFinished(result);
        },
        Qt::QueuedConnection);
    connect(
        m_worker, &RunWorker::runFailed, this,
        [this](const QString &message) {
            onRunEnded();
            Q_EMIT runFailed(message);
        },
        Qt::QueuedConnection);
    m_thread->start();
}

RunController::~RunController()
{
    cancel();
    m_thread->quit();
    m_thread->wait();
}

bool RunController::isRunning() const
{
    return m_running;
}

void RunController::start(const RunRequest &request)
{
    if (m_running)
        return;
    m_running = true;
    // m_running was false, so the worker has emitted runFinished or runFailed
    // and reads the flag no more; clearing it cannot race with a case.
    auto *worker = m_worker;
    worker->resetCancel();
    annotateRelease(worker);
    QMetaObject::invokeMethod(
        worker,
        [worker, request] {
            annotateAcquire(worker);
            worker->run(request);
        },
        Qt::QueuedConnection);
}

void RunController::cancel()
{
    if (m_running && m_worker)
        m_worker->requestCancel();
}

void RunController::onRunEnded()
{
    m_running = false;
}

} // namespace linda::bench
