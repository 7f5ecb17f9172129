#pragma once

#include <QtGlobal>

#include <vector>

namespace linda {

// A fixed-capacity FIFO that overwrites its oldest element when full, so a
// time series of the last N samples keeps its memory however long it runs.
// Index 0 is the oldest element. Not thread-safe.
template<typename T>
class RingBuffer
{
public:
    explicit RingBuffer(qsizetype capacity)
        : m_items(std::size_t(qMax<qsizetype>(capacity, 1)))
    {
    }

    void push(T value)
    {
        m_items[std::size_t((m_start + m_size) % capacity())] = std::move(value);
        if (m_size < capacity())
            ++m_size;
        else
            m_start = (m_start + 1) % capacity();
    }

    qsizetype size() const { return m_size; }
    qsizetype capacity() const { return qsizetype(m_items.size()); }
    bool isEmpty() const { return m_size == 0; }
    const T &at(qsizetype i) const { return m_items[std::size_t((m_start + i) % capacity())]; }
    const T &last() const { return at(m_size - 1); }
    void clear()
    {
        m_start = 0;
        m_size = 0;
    }

private:
    std::vector<T> m_items; // allocated once, never grows
    qsizetype m_start = 0;  // index of the oldest element
    qsizetype m_size = 0;
};

} // namespace linda
