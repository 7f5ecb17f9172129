#include "phonenumbercache.h"

namespace linda {

PhoneNumberCache::PhoneNumberCache(QString defaultRegion)
    : m_normalizer(std::move(defaultRegion))
{
}

const PhoneNumberResult &PhoneNumberCache::normalize(const QString &text)
{
    auto it = m_results.find(text);
    if (it != m_results.end()) {
        ++m_hits;
        return *it;
    }
    return *m_results.insert(text, m_normalizer.normalize(text));
}

} // namespace linda
