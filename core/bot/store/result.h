#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace linda {

// The value of an operation that can fail, or the reason it failed. Store and
// command code return this instead of throwing, so a caller on any thread can
// report the message as is. An error message is never empty.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }

    static Result failure(QString message)
    {
        Result result;
        result.m_error = message.isEmpty() ? QStringLiteral("unknown error") : std::move(message);
        return result;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // Precondition: ok(). On a temporary, value() returns by value, so
    // `for (auto &x : f().value())` does not refer into a destroyed Result.
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }

    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }

    // Empty when ok().
    const QString &error() const { return m_error; }

private:
    Result() = default;

    std::optional<T> m_value;
    QString m_error;
};

// Success or the reason of a failure, for operations without a value.
class [[nodiscard]] Status
{
public:
    Status() = default;

    static Status failure(QString message)
    {
        Status status;
        status.m_error = message.isEmpty() ? QStringLiteral("unknown error") : std::move(message);
        return status;
    }

    template<typename T>
    static Status from(const Result<T> &result)
    {
        return result.ok() ? Status() : failure(result.error());
    }

    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    QString m_error;
};

} // namespace linda
