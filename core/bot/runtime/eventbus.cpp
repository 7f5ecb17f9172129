#include "eventbus.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <mutex>
#include <vector>

namespace linda {

namespace {
constexpr std::size_t AllTypes = std::variant_size_v<Event>; // index used by catch-all subscriptions
} // namespace

struct Subscription::Entry
{
    std::size_t typeIndex = AllTypes;
    EventBus::Handler handler;
    std::atomic<bool> active{true};
    std::atomic<int> inFlight{0}; // calls of handler running now, over all threads
};

namespace {

// The handlers the calling thread is inside, innermost last, so that an
// unsubscribe from inside a handler does not wait for its own call.
struct CallFrame
{
    const void *entry;
    const CallFrame *outer;
};
thread_local const CallFrame *t_innermostCall = nullptr;

int callsOnThisThread(const void *entry)
{
    int calls = 0;
    for (const CallFrame *frame = t_innermostCall; frame; frame = frame->outer) {
        if (frame->entry == entry)
            ++calls;
    }
    return calls;
}

} // namespace

// Copy-on-write list: publish() takes a reference to the current list under
// the mutex and iterates it unlocked; subscribe and unsubscribe replace it.
struct Subscription::State
{
    using List = std::vector<std::shared_ptr<Entry>>;

    mutable std::mutex mutex;
    std::shared_ptr<const List> entries = std::make_shared<const List>();
    std::array<std::atomic<int>, AllTypes + 1> perType{}; // live subscriptions per type index

    void remove(const std::shared_ptr<Entry> &entry)
    {
        std::lock_guard lock(mutex);
        auto next = std::make_shared<List>(*entries);
        const auto it = std::find(next->begin(), next->end(), entry);
        if (it == next->end())
            return;
        next->erase(it);
        entries = std::move(next);
        perType[entry->typeIndex].fetch_sub(1, std::memory_order_relaxed);
    }
};

Subscription::Subscription(std::weak_ptr<State> state, std::shared_ptr<Entry> entry)
    : m_state(std::move(state))
    , m_entry(std::move(entry))
{
}

Subscription::~Subscription()
{
    reset();
}

Subscription::Subscription(Subscription &&other) noexcept
    : m_state(std::move(other.m_state))
    , m_entry(std::move(other.m_entry))
{
}

Subscription &Subscription::operator=(Subscription &&other) noexcept
{
    if (this != &other) {
        reset();
        m_state = std::move(other.m_state);
        m_entry = std::move(other.m_entry);
    }
    return *this;
}

void Subscription::reset()
{
    if (!m_entry)
        return;
    // seq_cst pairs with publish(): it increments inFlight and then reads
    // active, we clear active and then read inFlight, so at least one side
    // sees the other.
    m_entry->active.store(false);
    if (const auto state = m_state.lock())
        state->remove(m_entry);

    // Wait for calls already running on other threads; ours cannot finish
    // while we wait, so they are subtracted.
    const int own = callsOnThisThread(m_entry.get());
    for (int running = m_entry->inFlight.load(); running > own; running = m_entry->inFlight.load()) {
        m_entry->inFlight.wait(running, std::memory_order_acquire);
    }
    m_entry.reset();
    m_state.reset();
}

bool Subscription::isActive() const
{
    return m_entry && m_entry->active.load(std::memory_order_acquire) && !m_state.expired();
}

EventBus::EventBus()
    : m_state(std::make_shared<Subscription::State>())
{
}

EventBus::~EventBus() = default;

Subscription EventBus::subscribe(Handler handler)
{
    return subscribeIndex(AllTypes, std::move(handler));
}

Subscription EventBus::subscribeIndex(std::size_t typeIndex, Handler handler)
{
    auto entry = std::make_shared<Subscription::Entry>();
    entry->typeIndex = typeIndex;
    entry->handler = std::move(handler);

    std::lock_guard lock(m_state->mutex);
    auto next = std::make_shared<Subscription::State::List>(*m_state->entries);
    next->push_back(entry);
    m_state->entries = std::move(next);
    m_state->perType[typeIndex].fetch_add(1, std::memory_order_relaxed);
    return Subscription(m_state, std::move(entry));
}

bool EventBus::hasSubscribersIndex(std::size_t typeIndex) const
{
    return m_state->perType[typeIndex].load(std::memory_order_relaxed) > 0
        || m_state->perType[AllTypes].load(std::memory_order_relaxed) > 0;
}

void EventBus::publish(const Event &event)
{
    const std::size_t index = event.index();
    if (!hasSubscribersIndex(index))
        return;

    std::shared_ptr<const Subscription::State::List> entries;
    {
        std::lock_guard lock(m_state->mutex);
        entries = m_state->entries;
    }
    for (const auto &entry : *entries) {
        if (entry->typeIndex != index && entry->typeIndex != AllTypes)
            continue;
        // Count the call before checking `active`, so reset() either sees
        // it and waits, or has already cleared `active` and we skip.
        entry->inFlight.fetch_add(1);
        if (entry->active.load()) {
            const CallFrame frame{entry.get(), t_innermostCall};
            t_innermostCall = &frame;
            try {
                entry->handler(event);
            } catch (...) {
                t_innermostCall = frame.outer;
                entry->inFlight.fetch_sub(1, std::memory_order_acq_rel);
                entry->inFlight.notify_all();
                throw;
            }
            t_innermostCall = frame.outer;
        }
        entry->inFlight.fetch_sub(1, std::memory_order_acq_rel);
        entry->inFlight.notify_all();
    }
}

std::size_t EventBus::subscriptionCount() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->entries->size();
}

} // namespace linda
