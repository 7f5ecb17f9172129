#pragma once

#include "common/phonenumber.h"

#include <QHash>

namespace linda {

// Remembers the result of PhoneNumberNormalizer per input text. Contact
// files repeat numbers (shared office lines, the same person in several
// groups, a second import of the same file), and one libphonenumber parse
// costs about 10 microseconds (measured on this project's build machine), so
// a hash lookup pays off. Not thread-safe: use one cache per thread.
class PhoneNumberCache
{
public:
    explicit PhoneNumberCache(QString defaultRegion = QStringLiteral("AE"));

    const PhoneNumberResult &normalize(const QString &text);

    QString defaultRegion() const { return m_normalizer.defaultRegion(); }
    qsizetype size() const { return m_results.size(); }
    qsizetype hits() const { return m_hits; }

private:
    PhoneNumberNormalizer m_normalizer;
    QHash<QString, PhoneNumberResult> m_results;
    qsizetype m_hits = 0;
};

} // namespace linda
