// Batched insert throughput of the store through Qt Sql, next to the same
// inserts through a bare QSqlQuery and through the raw SQLite C API. Run by
// hand on a Release build:
//
//     bench_store [batches] [repetitions]
//
// Each repetition writes batches x 100 message_log rows, 100 rows per
// transaction, into a fresh file with the store's schema and pragmas (WAL,
// synchronous=NORMAL). Prints the median rows per wall-clock second and per
// CPU second of the writing thread, and their ratios. The CPU figure moves
// less when other processes share the machine.

#include "bot/store/store.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#ifdef LINDA_HAVE_SQLITE3_API
#include <sqlite3.h>
#endif

#include <time.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <optional>

namespace linda::bench {

namespace {

constexpr int kBatchSize = 100;
using Clock = std::chrono::steady_clock;

MessageLogEntry makeRow(int index)
{
    MessageLogEntry entry;
    entry.messageId = QStringLiteral("wamid.%1").arg(index);
    entry.chat = QStringLiteral("9715%1@c.us").arg(index % 50, 8, 10, QLatin1Char('0'));
    entry.sender = QStringLiteral("+9715%1").arg(index % 50, 8, 10, QLatin1Char('0'));
    entry.type = QStringLiteral("text");
    entry.receivedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + index, Qt::UTC);
    entry.body = QStringLiteral("Is unit MH-%1 still available for viewing this week?").arg(index % 900);
    return entry;
}

QList<QList<MessageLogEntry>> makeBatches(int batches)
{
    QList<QList<MessageLogEntry>> all;
    for (int b = 0; b < batches; ++b) {
        QList<MessageLogEntry> batch;
        for (int i = 0; i < kBatchSize; ++i)
            batch.append(makeRow(b * kBatchSize + i));
        all.append(batch);
    }
    return all;
}

// Rows per wall-clock second and per CPU second of one timed run.
struct Rates
{
    double wall = 0;
    double cpu = 0;
};

// One timed run, or nothing when a write failed.
using Run = std::function<std::optional<Rates>(const QString &path)>;

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// Start of a timed section: wall clock and this thread's CPU clock.
struct Stopwatch
{
    Clock::time_point wall = Clock::now();
    double cpu = threadCpuSeconds();
};

std::optional<Rates> rowsPerSecond(const Stopwatch &start, qsizetype rows)
{
    const std::chrono::duration<double> wall = Clock::now() - start.wall;
    const double cpu = threadCpuSeconds() - start.cpu;
    return Rates{double(rows) / wall.count(), double(rows) / cpu};
}

// The product path: Store::logs().appendMessages(), one transaction per batch.
std::optional<Rates> runStore(const QString &path, const QList<QList<MessageLogEntry>> &batches)
{
    auto store = Store::open(path);
    if (!store) {
        QTextStream(stderr) << store.error() << '\n';
        return std::nullopt;
    }
    const Stopwatch start;
    for (const auto &batch : batches) {
        if (const Status status = store.value()->logs().appendMessages(batch); !status) {
            QTextStream(stderr) << status.error() << '\n';
            return std::nullopt;
        }
    }
    return rowsPerSecond(start, batches.size() * kBatchSize);
}

// The same inserts through a bare prepared QSqlQuery, without the store's
// layer, to tell the store's own cost from Qt Sql's.
std::optional<Rates> runQSqlQuery(const QString &path, const QList<QList<MessageLogEntry>> &batches)
{
    if (!Store::open(path))
        return std::nullopt;
    std::optional<Rates> rate;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
        db.setDatabaseName(path);
        if (!db.open())
            return std::nullopt;
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        QSqlQuery insert(db);
        QSqlQuery begin(db);
        QSqlQuery commit(db);
        bool ok = insert.prepare(QStringLiteral(
                      "INSERT INTO message_log (message_id, chat, sender, type, received_at, body,"
                      " body_length) VALUES (?, ?, ?, ?, ?, ?, ?)"))
                  && begin.prepare(QStringLiteral("BEGIN IMMEDIATE"))
                  && commit.prepare(QStringLiteral("COMMIT"));
        const Stopwatch start;
        for (const auto &batch : batches) {
            ok = ok && begin.exec();
            for (const MessageLogEntry &row : batch) {
                insert.bindValue(0, row.messageId);
                insert.bindValue(1, row.chat);
                insert.bindValue(2, row.sender);
                insert.bindValue(3, row.type);
                insert.bindValue(4, row.receivedAt.toMSecsSinceEpoch());
                insert.bindValue(5, row.body);
                insert.bindValue(6, qint64(row.body.size()));
                ok = ok && insert.exec();
            }
            ok = ok && commit.exec();
        }
        if (ok)
            rate = rowsPerSecond(start, batches.size() * kBatchSize);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));
    return rate;
}

#ifdef LINDA_HAVE_SQLITE3_API
// The same statement, bindings and transactions through the C API, on a file
// the store created (so schema and journal mode match).
std::optional<Rates> runRaw(const QString &path, const QList<QList<MessageLogEntry>> &batches)
{
    if (!Store::open(path)) // creates the schema, then closes its connection
        return std::nullopt;

    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return std::nullopt;
    sqlite3_busy_timeout(db, 5000);
    sqlite3_exec(db, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);

    sqlite3_stmt *insert = nullptr;
    sqlite3_stmt *begin = nullptr;
    sqlite3_stmt *commit = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO message_log (message_id, chat, sender, type, received_at, body,"
                       " body_length) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       -1, &insert, nullptr);
    sqlite3_prepare_v2(db, "BEGIN IMMEDIATE", -1, &begin, nullptr);
    sqlite3_prepare_v2(db, "COMMIT", -1, &commit, nullptr);

    const auto bindText = [insert](int column, const QString &text) {
        sqlite3_bind_text16(insert, column, text.utf16(), int(text.size() * sizeof(QChar)),
                            SQLITE_STATIC);
    };

    bool ok = insert && begin && commit;
    const Stopwatch start;
    for (const auto &batch : batches) {
        if (!ok)
            break;
        ok = sqlite3_step(begin) == SQLITE_DONE;
        sqlite3_reset(begin);
        for (const MessageLogEntry &row : batch) {
            bindText(1, row.messageId);
            bindText(2, row.chat);
            bindText(3, row.sender);
            bindText(4, row.type);
            sqlite3_bind_int64(insert, 5, row.receivedAt.toMSecsSinceEpoch());
            bindText(6, row.body);
            sqlite3_bind_int64(insert, 7, row.body.size());
            ok = ok && sqlite3_step(insert) == SQLITE_DONE;
            sqlite3_reset(insert);
        }
        ok = ok && sqlite3_step(commit) == SQLITE_DONE;
        sqlite3_reset(commit);
    }
    const auto rate = rowsPerSecond(start, batches.size() * kBatchSize);
    if (!ok)
        QTextStream(stderr) << "raw insert failed: " << sqlite3_errmsg(db) << '\n';

    sqlite3_finalize(insert);
    sqlite3_finalize(begin);
    sqlite3_finalize(commit);
    sqlite3_close(db);
    return ok ? rate : std::nullopt;
}
#endif

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QList<double> wallRates(const QList<Rates> &rates)
{
    QList<double> values;
    for (const Rates &r : rates)
        values.append(r.wall);
    return values;
}

QList<double> cpuRates(const QList<Rates> &rates)
{
    QList<double> values;
    for (const Rates &r : rates)
        values.append(r.cpu);
    return values;
}

void printRates(const QString &label, const QList<Rates> &rates)
{
    const QList<double> wall = wallRates(rates);
    QTextStream(stdout) << label << ": " << qRound64(median(wall)) << " rows/s wall (min "
                        << qRound64(*std::min_element(wall.cbegin(), wall.cend())) << ", max "
                        << qRound64(*std::max_element(wall.cbegin(), wall.cend())) << "), "
                        << qRound64(median(cpuRates(rates))) << " rows per CPU second\n";
}

void printRatio(const QString &label, const QList<Rates> &slow, const QList<Rates> &fast)
{
    QTextStream(stdout) << label << ": " << QString::number(median(wallRates(fast)) / median(wallRates(slow)), 'f', 2)
                        << "x wall, "
                        << QString::number(median(cpuRates(fast)) / median(cpuRates(slow)), 'f', 2)
                        << "x CPU\n";
}

// Runs each way once per repetition, alternating, each on a new file, so
// load from other processes falls on both alike. Returns one list of rates
// per way, or nothing when a run failed.
std::optional<QList<QList<Rates>>> measure(int repetitions, const QList<Run> &runs)
{
    QList<QList<Rates>> rates(runs.size());
    for (int r = 0; r < repetitions; ++r) {
        for (qsizetype i = 0; i < runs.size(); ++i) {
            QTemporaryDir dir;
            const auto rate = runs.at(i)(dir.filePath(QStringLiteral("bench.db")));
            if (!rate)
                return std::nullopt;
            rates[i].append(*rate);
        }
    }
    return rates;
}

} // namespace

} // namespace linda::bench

int main(int argc, char **argv)
{
    using namespace linda::bench;
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int batches = args.size() > 1 ? args.at(1).toInt() : 200;
    const int repetitions = args.size() > 2 ? args.at(2).toInt() : 7;
    if (batches < 1 || repetitions < 1) {
        QTextStream(stderr) << "usage: bench_store [batches >= 1] [repetitions >= 1]\n";
        return 2;
    }

    const auto data = makeBatches(batches);
    QTextStream(stdout) << batches * kBatchSize << " rows per repetition, " << kBatchSize
                        << " rows per transaction\n";

    QList<Run> runs{[&](const QString &path) { return runStore(path, data); },
                    [&](const QString &path) { return runQSqlQuery(path, data); }};
#ifdef LINDA_HAVE_SQLITE3_API
    runs.append([&](const QString &path) { return runRaw(path, data); });
#endif
    const auto rates = measure(repetitions, runs);
    if (!rates)
        return 1;

    printRates(QStringLiteral("Qt Sql (Store::logs().appendMessages)"), rates->at(0));
    printRates(QStringLiteral("Qt Sql (bare QSqlQuery)"), rates->at(1));
#ifdef LINDA_HAVE_SQLITE3_API
    printRates(QStringLiteral("SQLite C API"), rates->at(2));
    printRatio(QStringLiteral("raw / Store"), rates->at(0), rates->at(2));
    printRatio(QStringLiteral("raw / bare QSqlQuery"), rates->at(1), rates->at(2));
#else
    QTextStream(stdout) << "SQLite C API: not measured (sqlite3.h not found at configure time)\n";
#endif
    return 0;
}
