#pragma once

#include "bench/results.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// A run as JSON, lossless: every field of RunResult including raw samples.
// The history database keeps each case in this form, and `history export`
// writes a whole run in it.
namespace linda::bench {

// Identifies an exported run file; bumped when a reader of the old version
// could no longer read the new one.
inline constexpr int kRunFileFormatVersion = 1;
inline constexpr QLatin1StringView kRunFileFormat{"linda-dashboard-run"};

QJsonObject environmentRecordToJson(const Environment &environment);
QJsonObject requestRecordToJson(const RunRequest &request);
QJsonObject caseRecordToJson(const CaseResult &result, bool withSamples = true);
QJsonObject runRecordToJson(const RunResult &run);

// {"format": "linda-dashboard-run", "formatVersion": 1, "run": {...}}
QJsonObject runFileToJson(const RunResult &run);

// Readers. On failure they return nullopt and set *error to one sentence
// naming the JSON path (e.g. "run.cases[2].samples[7]"), what was found and
// what was expected. pathPrefix is prepended to every path.
std::optional<Environment> environmentRecordFromJson(const QJsonObject &object, QString *error,
                                               const QString &pathPrefix = QStringLiteral("environment"));
std::optional<RunRequest> requestRecordFromJson(const QJsonObject &object, QString *error,
                                          const QString &pathPrefix = QStringLiteral("request"));
std::optional<CaseResult> caseRecordFromJson(const QJsonObject &object, QString *error,
                                       const QString &pathPrefix = QStringLiteral("case"));
std::optional<RunResult> runRecordFromJson(const QJsonObject &object, QString *error,
                                     const QString &pathPrefix = QStringLiteral("run"));
std::optional<RunResult> runFileFromJson(const QJsonObject &object, QString *error);

// Reads an exported run from UTF-8 JSON text; a syntax error names the line
// and column.
std::optional<RunResult> runFileFromBytes(const QByteArray &data, QString *error);

// Enum names used in the JSON, the inverse of verdictName() and caseKindName().
std::optional<Verdict> parseVerdictName(QStringView name);
std::optional<CaseKind> parseCaseKindName(QStringView name);

} // namespace linda::bench
