#pragma once

#include <memory>
#include <optional>

namespace linda {

// An optional value kept on the heap, with value semantics: copying copies
// the value. Message uses it for type-specific parts (media, location, ...)
// that most messages lack, which keeps a Message small when a chat export
// yields millions of them. It offers the std::optional members that the
// parsers use; C++26's std::optional<std::indirect<T>> does the same.
template<typename T>
class Indirect
{
public:
    Indirect() = default;
    Indirect(std::nullopt_t) { }
    Indirect(T value)
        : m_value(std::make_unique<T>(std::move(value)))
    {
    }
    Indirect(const Indirect &other)
        : m_value(other.m_value ? std::make_unique<T>(*other.m_value) : nullptr)
    {
    }
    Indirect(Indirect &&other) noexcept = default;

    Indirect &operator=(const Indirect &other)
    {
        if (this != &other)
            m_value = other.m_value ? std::make_unique<T>(*other.m_value) : nullptr;
        return *this;
    }
    Indirect &operator=(Indirect &&other) noexcept = default;
    Indirect &operator=(T value)
    {
        m_value = std::make_unique<T>(std::move(value));
        return *this;
    }
    Indirect &operator=(std::nullopt_t)
    {
        m_value.reset();
        return *this;
    }

    bool has_value() const { return m_value != nullptr; }
    explicit operator bool() const { return has_value(); }
    void reset() { m_value.reset(); }

    // Like std::optional, these require has_value().
    T &operator*() { return *m_value; }
    const T &operator*() const { return *m_value; }
    T *operator->() { return m_value.get(); }
    const T *operator->() const { return m_value.get(); }

    friend bool operator==(const Indirect &a, const Indirect &b)
    {
        if (!a.m_value || !b.m_value)
            return !a.m_value && !b.m_value;
        return *a.m_value == *b.m_value;
    }

private:
    std::unique_ptr<T> m_value;
};

} // namespace linda
