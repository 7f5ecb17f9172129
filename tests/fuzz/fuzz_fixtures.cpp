// Feeds arbitrary bytes to the fixture file readers. The loader reads a
// folder and passes each file through QJsonDocument and then the reader for
// its role and format. This target calls those readers directly. Every
// reader gets every input, so one corpus covers all eight file kinds.
#include "fuzzcheck.h"

#include "fixtures/fileformats.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cstddef>
#include <cstdint>

using namespace linda;
using namespace linda::fixtures_detail;

namespace {

using Reader = void (*)(const QJsonObject &, const QString &, Fixtures &, LoadLog &);

void runReader(Reader reader, const QJsonObject &root, const QString &file)
{
    Fixtures part;
    LoadLog log;
    reader(root, file, part, log);
    for (const FixtureError &error : std::as_const(log.errors)) {
        LINDA_FUZZ_CHECK(!error.message.isEmpty());
        LINDA_FUZZ_CHECK(error.file == file);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &parseError);
    if (!document.isObject())
        return 0; // the loader stops at this point with an error of its own
    const QJsonObject root = document.object();

    static const QString file = QStringLiteral("/fuzz/fixture.json");
    static const Reader readers[] = {
        readBundledThresholds, readBundledBaseline, readBundledLoadScenarios, readBundledMemoryCases,
        readLindaThresholds,   readLindaBaseline,   readLindaLoadScenarios,   readLindaMemoryCases,
    };
    for (Reader reader : readers)
        runReader(reader, root, file);
    return 0;
}
