#include "phonenumberbatch.h"

#include <algorithm>
#include <thread>
#include <vector>

namespace linda {

namespace {

// Fewer numbers per thread than this are normalized on the calling thread.
// One parse took about 14 us of CPU time in tests/contacts/bench_contacts
// (Release build, libphonenumber 8.12), so 500 numbers are several
// milliseconds, far above the cost of starting a thread.
constexpr qsizetype minNumbersPerThread = 500;

} // namespace

PhoneNumberBatch::PhoneNumberBatch(QString defaultRegion)
    : m_normalizer(std::move(defaultRegion))
{
}

qsizetype PhoneNumberBatch::add(const QString &text)
{
    const auto it = m_indexOfText.constFind(text);
    if (it != m_indexOfText.cend())
        return *it;
    m_indexOfText.insert(text, m_texts.size());
    m_texts.append(text);
    return m_texts.size() - 1;
}

void PhoneNumberBatch::run(int maxThreads)
{
    const qsizetype count = m_texts.size();
    m_results = QList<PhoneNumberResult>(count);
    const qsizetype threadCount
        = std::clamp<qsizetype>(count / minNumbersPerThread, 1, std::max(1, maxThreads));

    // Thread t normalizes the slice [t * count / n, (t + 1) * count / n).
    // The slices do not overlap, and the workers go through raw pointers, so
    // no thread touches the lists' shared reference counts.
    const QString *texts = m_texts.constData();
    PhoneNumberResult *results = m_results.data();
    const PhoneNumberNormalizer &normalizer = m_normalizer;
    const auto normalizeSlice = [=, &normalizer](qsizetype slice) {
        const qsizetype begin = slice * count / threadCount;
        const qsizetype end = (slice + 1) * count / threadCount;
        for (qsizetype i = begin; i < end; ++i)
            results[i] = normalizer.normalize(texts[i]);
    };
    std::vector<std::thread> workers;
    workers.reserve(threadCount - 1);
    for (qsizetype slice = 1; slice < threadCount; ++slice)
        workers.emplace_back(normalizeSlice, slice);
    normalizeSlice(0);
    for (std::thread &worker : workers)
        worker.join();
}

} // namespace linda
