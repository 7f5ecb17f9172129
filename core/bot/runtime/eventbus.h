#pragma once

#include "events.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <type_traits>

namespace linda {

class EventBus;

// An RAII subscription: destroying it (or calling reset()) unsubscribes.
// Movable, not copyable. It may outlive the bus; it then does nothing.
class Subscription
{
public:
    Subscription() = default;
    ~Subscription();
    Subscription(Subscription &&other) noexcept;
    Subscription &operator=(Subscription &&other) noexcept;
    Subscription(const Subscription &) = delete;
    Subscription &operator=(const Subscription &) = delete;

    // Unsubscribes now. When it returns, no other thread is running this
    // subscription's handler, and the handler is not called again. Called
    // from inside the handler itself, it does not wait for that call.
    void reset();
    bool isActive() const;

private:
    friend class EventBus;
    struct Entry;
    struct State;
    Subscription(std::weak_ptr<State> state, std::shared_ptr<Entry> entry);

    std::weak_ptr<State> m_state;
    std::shared_ptr<Entry> m_entry;
};

// A thread-safe publish/subscribe hub for the events in events.h.
// Handlers run synchronously on the publishing thread, outside the bus's
// lock, so a handler may publish, subscribe or unsubscribe. Publishing an
// event type that nobody listens to costs two atomic loads.
class EventBus
{
public:
    using Handler = std::function<void(const Event &)>;

    EventBus();
    ~EventBus();
    EventBus(const EventBus &) = delete;
    EventBus &operator=(const EventBus &) = delete;

    // Subscribes to every event type.
    [[nodiscard]] Subscription subscribe(Handler handler);

    // Subscribes to one event type, e.g. subscribe<SessionExpired>(...).
    template<typename T, typename F>
    [[nodiscard]] Subscription subscribe(F &&handler)
    {
        return subscribeIndex(indexOf<T>(),
                              [h = std::forward<F>(handler)](const Event &e) { h(std::get<T>(e)); });
    }

    void publish(const Event &event);

    // True when publishing an event of type T would reach a handler; lets a
    // publisher skip building an event nobody receives.
    template<typename T>
    bool hasSubscribers() const
    {
        return hasSubscribersIndex(indexOf<T>());
    }

    // Live subscriptions; the leak cases of the memory suite read this.
    std::size_t subscriptionCount() const;

private:
    template<typename T, std::size_t I = 0>
    static constexpr std::size_t indexOf()
    {
        static_assert(I < std::variant_size_v<Event>, "type is not an alternative of linda::Event");
        if constexpr (std::is_same_v<std::variant_alternative_t<I, Event>, T>)
            return I;
        else
            return indexOf<T, I + 1>();
    }

    Subscription subscribeIndex(std::size_t typeIndex, Handler handler);
    bool hasSubscribersIndex(std::size_t typeIndex) const;

    std::shared_ptr<Subscription::State> m_state;
};

} // namespace linda
