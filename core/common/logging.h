#pragma once

#include <QLoggingCategory>

// One logging category per component. Warnings are on by default; enable
// detail with QT_LOGGING_RULES, e.g. "linda.bench.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcFixtures)     // linda.core.fixtures
Q_DECLARE_LOGGING_CATEGORY(lcMessages)     // linda.core.messages
Q_DECLARE_LOGGING_CATEGORY(lcPhone)        // linda.core.phone
Q_DECLARE_LOGGING_CATEGORY(lcStore)        // linda.core.store
Q_DECLARE_LOGGING_CATEGORY(lcCommands)     // linda.core.commands
Q_DECLARE_LOGGING_CATEGORY(lcContacts)     // linda.core.contacts
Q_DECLARE_LOGGING_CATEGORY(lcEngine)       // linda.core.engine
Q_DECLARE_LOGGING_CATEGORY(lcRunner)       // linda.bench.runner
Q_DECLARE_LOGGING_CATEGORY(lcStats)        // linda.bench.stats
Q_DECLARE_LOGGING_CATEGORY(lcMemory)       // linda.bench.memory
Q_DECLARE_LOGGING_CATEGORY(lcHistory)      // linda.bench.history
Q_DECLARE_LOGGING_CATEGORY(lcReports)      // linda.bench.reports
Q_DECLARE_LOGGING_CATEGORY(lcTraffic)      // linda.bench.traffic
