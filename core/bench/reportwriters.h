#pragma once

#include "results.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// Machine-readable reports of a run. Every writer builds the whole document
// in memory and writes it with QSaveFile, so a failed write leaves no
// partial file; docs/report-format.md describes the formats.
namespace linda::bench {

// Our JSON schema ("format": "linda-bench-run", "schemaVersion": 1), raw
// samples included.
QJsonObject runToJson(const RunResult &run);
QByteArray runToJsonBytes(const RunResult &run);

// Reads a document written by runToJson(); returns false with errorMessage
// naming the JSON path when a member is missing or of the wrong type.
bool runFromJson(const QJsonObject &object, RunResult &run, QString *errorMessage);

// One row per case with the summary statistics (RFC 4180 quoting, UTF-8).
QByteArray runToCsv(const RunResult &run);

// JUnit XML: one <testsuite> per suite, one <testcase> per case; a failed
// threshold is a <failure> whose text lists the checks with their figures,
// an error an <error>, a cancelled case <skipped>.
QByteArray runToJUnit(const RunResult &run);

// Comparison data that a comparison with earlier runs adds to the JUnit report.
struct JUnitComparison
{
    // Extra <property> elements of every <testsuite>, e.g. the compare target.
    QList<std::pair<QString, QString>> properties;
    // Case id to one line on the case's comparison, added to the case's
    // <system-out> (or to its <failure> text).
    QHash<QString, QString> caseLines;
    // Case id to a failure message. Such a case is a <failure> of type
    // "regression" even when its thresholds passed; a case that failed a
    // threshold keeps that failure and gets the line in its text.
    QHash<QString, QString> regressions;
};

// JUnit XML as above, with the comparison added.
QByteArray runToJUnit(const RunResult &run, const JUnitComparison &comparison);

// JSON that Google Benchmark's tools/compare.py reads: a context block and
// one benchmarks[] entry per timed case (run_type "iteration", time per
// operation in ns). Cases without timings (memory, correctness) are left out.
QByteArray runToGoogleBenchmarkJson(const RunResult &run);

// Writes data to path atomically. On failure returns false with a message
// naming the file and the reason; any existing file is left unchanged.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *errorMessage);

} // namespace linda::bench
