#pragma once

#include "common/phonenumber.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace linda {

// Normalizes the phone numbers of a whole contact file at once. Each distinct
// text is parsed once, because files repeat numbers (shared office lines, a
// person listed twice), and large batches are spread over worker threads,
// because one libphonenumber parse costs more than everything else the sync
// does with a number.
class PhoneNumberBatch
{
public:
    explicit PhoneNumberBatch(QString defaultRegion = QStringLiteral("AE"));

    // Adds text and returns its index for result(); the same text gets the
    // same index.
    qsizetype add(const QString &text);

    // Normalizes every added text on at most maxThreads threads (the calling
    // thread included). Small batches stay on the calling thread, where
    // starting a thread would cost more than it saves.
    void run(int maxThreads);

    // Precondition: run() was called after the last add().
    const PhoneNumberResult &result(qsizetype index) const { return m_results[index]; }

    qsizetype size() const { return m_texts.size(); }

private:
    PhoneNumberNormalizer m_normalizer;
    QStringList m_texts;
    QHash<QString, qsizetype> m_indexOfText;
    QList<PhoneNumberResult> m_results;
};

} // namespace linda
