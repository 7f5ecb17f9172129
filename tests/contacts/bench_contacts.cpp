// Measures contact sync on a generated vCard: parse, normalize and upsert
// into a WAL SQLite file, as `linda-dashboard import-contacts` does. Not run
// by CTest; build it in a Release tree and run
//   bench_contacts [--contacts N] [--rounds R] [--write FILE]
// Each round uses a fresh database, so every contact is an insert.

#include "bot/contacts/contactsync.h"
#include "bot/contacts/vcardparser.h"
#include "bot/store/store.h"
#include "common/phonenumber.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

namespace linda::bench {

namespace {

// UAE mobile prefixes; with 7 subscriber digits each gives unique valid numbers.
constexpr int mobilePrefixes[] = {50, 52, 54, 55, 56, 58};

// Writes the i-th number in one of the spellings people's phones export.
QByteArray phoneNumber(int i)
{
    const int prefix = mobilePrefixes[i % std::size(mobilePrefixes)];
    const QByteArray subscriber = QByteArray::number(1000000 + i / int(std::size(mobilePrefixes)));
    switch (i % 4) {
    case 0:
        return "+971 " + QByteArray::number(prefix) + ' ' + subscriber.left(3) + ' ' + subscriber.mid(3);
    case 1:
        return '0' + QByteArray::number(prefix) + ' ' + subscriber.left(3) + ' ' + subscriber.mid(3);
    case 2:
        return "+971" + QByteArray::number(prefix) + subscriber;
    default:
        return "00971-" + QByteArray::number(prefix) + '-' + subscriber;
    }
}

// A vCard 3.0 file with count cards; every fifth card has a second number.
QByteArray generateVCard(int count)
{
    QByteArray data;
    data.reserve(qsizetype(count) * 160);
    int number = 0;
    for (int i = 0; i < count; ++i) {
        const QByteArray index = QByteArray::number(i);
        data += "BEGIN:VCARD\r\nVERSION:3.0\r\n";
        data += "N:Tenant" + index + ";Contact;;;\r\n";
        data += "FN:Contact Tenant" + index + "\r\n";
        data += "ORG:Agency " + QByteArray::number(i % 50) + "\r\n";
        data += "TEL;TYPE=CELL:" + phoneNumber(number++) + "\r\n";
        if (i % 5 == 0)
            data += "TEL;TYPE=WORK,VOICE:" + phoneNumber(number++) + "\r\n";
        data += "EMAIL;TYPE=INTERNET:tenant" + index + "@example.ae\r\nEND:VCARD\r\n";
    }
    return data;
}

struct RoundTimes
{
    double parseMs = 0;
    double planMs = 0; // normalize and de-duplicate
    double applyMs = 0; // upsert in one transaction, commit included
    double cpuMs = 0;   // CPU time of the process over all three stages, all threads
    double parseCpuMs = 0;
    double planCpuMs = 0;
    double applyCpuMs = 0;
    double totalMs() const { return parseMs + planMs + applyMs; }
};

// CPU time of the whole process in milliseconds. On a shared machine the
// wall-clock figures include time spent waiting for a core; this does not.
double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

std::optional<RoundTimes> runRound(const QByteArray &vcard, const QString &databasePath, int expectedContacts)
{
    auto store = Store::open(databasePath);
    if (!store) {
        QTextStream(stderr) << "cannot open " << databasePath << ": " << store.error() << Qt::endl;
        return std::nullopt;
    }
    RoundTimes times;
    const double cpuStart = processCpuMs();
    QElapsedTimer timer;
    timer.start();
    const ContactParseResult parsed = VCardParser::parse(vcard);
    times.parseMs = double(timer.nsecsElapsed()) / 1e6;
    times.parseCpuMs = processCpuMs() - cpuStart;
    if (parsed.hasErrors() || parsed.records.size() != expectedContacts) {
        QTextStream(stderr) << "generated vCard did not parse cleanly" << Qt::endl;
        return std::nullopt;
    }

    const ContactSync sync(QStringLiteral("AE"));
    timer.restart();
    SyncReport plan = sync.plan(parsed.records);
    times.planMs = double(timer.nsecsElapsed()) / 1e6;
    times.planCpuMs = processCpuMs() - cpuStart - times.parseCpuMs;

    timer.restart();
    const Result<SyncReport> report = sync.apply(*store.value(), std::move(plan));
    times.applyMs = double(timer.nsecsElapsed()) / 1e6;
    times.cpuMs = processCpuMs() - cpuStart;
    times.applyCpuMs = times.cpuMs - times.parseCpuMs - times.planCpuMs;
    if (!report || report->totals().added != expectedContacts) {
        QTextStream(stderr) << "sync failed: " << (report ? QStringLiteral("not every contact added") : report.error())
                            << Qt::endl;
        return std::nullopt;
    }
    return times;
}

// Cost of one uncached libphonenumber normalization, in microseconds.
double microsecondsPerNumber(int count)
{
    QStringList numbers;
    for (int i = 0; i < count; ++i)
        numbers.append(QString::fromLatin1(phoneNumber(i)));
    const PhoneNumberNormalizer normalizer(QStringLiteral("AE"));
    const double start = processCpuMs();
    int valid = 0;
    for (const QString &number : std::as_const(numbers))
        valid += normalizer.normalize(number).isValid() ? 1 : 0;
    const double us = (processCpuMs() - start) * 1e3 / count;
    return valid == count ? us : -1;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption contacts(QStringLiteral("contacts"), QStringLiteral("Cards in the generated vCard."),
                                      QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Repetitions; the median is printed."),
                                    QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption write(QStringLiteral("write"), QStringLiteral("Also save the generated vCard here."),
                                   QStringLiteral("FILE"));
    parser.addOptions({contacts, rounds, write});
    parser.process(args);
    const int count = std::max(1, parser.value(contacts).toInt());
    const int roundCount = std::max(1, parser.value(rounds).toInt());

    const QByteArray vcard = generateVCard(count);
    if (parser.isSet(write)) {
        QFile file(parser.value(write));
        if (!file.open(QIODevice::WriteOnly) || file.write(vcard) != vcard.size()) {
            QTextStream(stderr) << "cannot write " << file.fileName() << ": " << file.errorString() << Qt::endl;
            return 2;
        }
    }

    QTemporaryDir dir;
    QList<double> parse, plan, apply, total, cpu, parseCpu, planCpu, applyCpu;
    for (int round = 0; round < roundCount; ++round) {
        const auto times = runRound(vcard, dir.filePath(QStringLiteral("round%1.sqlite").arg(round)), count);
        if (!times)
            return 4;
        parse.append(times->parseMs);
        plan.append(times->planMs);
        apply.append(times->applyMs);
        total.append(times->totalMs());
        cpu.append(times->cpuMs);
        parseCpu.append(times->parseCpuMs);
        planCpu.append(times->planCpuMs);
        applyCpu.append(times->applyCpuMs);
    }

    QTextStream out(stdout);
    out << "contacts: " << count << " (" << vcard.size() / 1024 << " KiB vCard), rounds: " << roundCount
        << ", medians of wall-clock and process CPU time:\n"
        << "  parse     " << median(parse) << " ms, CPU " << median(parseCpu) << " ms\n"
        << "  normalize " << median(plan) << " ms, CPU " << median(planCpu) << " ms\n"
        << "  upsert    " << median(apply) << " ms, CPU " << median(applyCpu)
        << " ms (one transaction, WAL file)\n"
        << "  total     " << median(total) << " ms = " << qRound(count / (median(total) / 1000.0))
        << " contacts/s; CPU " << median(cpu) << " ms = " << qRound(count / (median(cpu) / 1000.0))
        << " contacts/s of CPU time\n"
        << "  libphonenumber, uncached: " << microsecondsPerNumber(count) << " us CPU per number\n";
    return 0;
}

} // namespace linda::bench

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return linda::bench::run(QCoreApplication::arguments());
}
