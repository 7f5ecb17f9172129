#pragma once

#include "casecontext.h"

#include <QString>

// Bodies of the built-in cases, one file per suite.
namespace linda::bench {

// The body of the case with this id, or an empty function when this build
// has none.
CaseFunction caseFunction(const QString &id);

CaseFunction benchmarkCaseFunction(const QString &id); // cases_benchmark.cpp
CaseFunction parseCaseFunction(const QString &id);     // cases_parse.cpp
CaseFunction baselineCaseFunction(const QString &id);  // cases_baseline.cpp
CaseFunction loadCaseFunction(const QString &id);      // cases_load.cpp
CaseFunction memoryCaseFunction(const QString &id);    // cases_memory.cpp

} // namespace linda::bench
