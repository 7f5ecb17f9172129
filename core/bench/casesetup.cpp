#include "casesetup.h"

#include "casehelpers.h"

#include <QCoreApplication>

namespace linda::bench {

namespace {

QString trSetup(const char *text)
{
    return QCoreApplication::translate("linda::bench", text);
}

// Mobile prefixes of the UAE operators (050, 052, 054, 055, 056, 058).
constexpr int kMobilePrefixes[] = {50, 52, 54, 55, 56, 58};

} // namespace

std::unique_ptr<Store> openEmptyStore(const CaseContext &context, const QString &fileName)
{
    Result<std::unique_ptr<Store>> opened = Store::open(context.filePath(fileName));
    if (!opened)
        failCase(trSetup("Cannot open the case's store: %1").arg(opened.error()));
    return std::move(opened).value();
}

std::unique_ptr<Store> openSeededStore(const CaseContext &context, const DemoSeedOptions &options,
                                       const QString &fileName)
{
    std::unique_ptr<Store> store = openEmptyStore(context, fileName);
    const Result<DemoSeedSummary> seeded = DemoSeeder(options).seed(*store);
    if (!seeded)
        failCase(trSetup("Cannot seed the case's store with demo data: %1").arg(seeded.error()));
    return store;
}

std::unique_ptr<CommandStack> makeCommandStack(const CaseContext &context)
{
    auto stack = std::make_unique<CommandStack>();
    stack->store = openSeededStore(context);
    const Status registered = registerBuiltinCommands(stack->registry, *stack->store);
    if (!registered)
        failCase(trSetup("Cannot register the built-in commands: %1").arg(registered.error()));
    stack->dispatcher = std::make_unique<CommandDispatcher>(stack->registry, stack->store.get());
    stack->dispatcher->setLoggingEnabled(false);
    stack->context.sender = u"+971501112233"_qs;
    stack->context.chat = u"971501112233@c.us"_qs;
    return stack;
}

QStringList simpleCommands()
{
    return {u"!help"_qs, u"!status"_qs, u"!property list 10"_qs};
}

QStringList complexCommands()
{
    QStringList commands;
    const QStringList clusters = DemoSeeder::clusterNames();
    for (qsizetype i = 0; i < std::min<qsizetype>(clusters.size(), 4); ++i)
        commands << u"!property search "_qs + clusters.at(i);
    commands << u"!find-contact Khan"_qs << u"!find-contact +97150"_qs << u"!find-contact Realty"_qs;
    return commands;
}

QString uaeMobile(int index, bool international)
{
    const int prefix = kMobilePrefixes[index % 6];
    const int subscriber = 1'000'000 + (index / 6) % 9'000'000;
    const QString digits = QString::number(subscriber);
    if (international)
        return u"+971"_qs + QString::number(prefix) + digits;
    switch (index % 4) {
    case 0:
        return u'0' + QString::number(prefix) + u' ' + digits.left(3) + u' ' + digits.mid(3);
    case 1:
        return u"+971 "_qs + QString::number(prefix) + u' ' + digits.left(3) + u' ' + digits.mid(3);
    case 2:
        return u"00971"_qs + QString::number(prefix) + digits;
    default:
        return u'0' + QString::number(prefix) + digits;
    }
}

QByteArray generateVCard(int count, int first, int variant)
{
    QByteArray text;
    text.reserve(count * 160);
    for (int i = 0; i < count; ++i) {
        const int index = first + i;
        const QByteArray n = QByteArray::number(index);
        text += "BEGIN:VCARD\r\nVERSION:3.0\r\n";
        text += "FN:Contact " + n + "\r\n";
        text += "N:" + n + ";Contact;;;\r\n";
        text += "ORG:Agency " + QByteArray::number(variant) + "\r\n";
        text += "TEL;TYPE=CELL:" + uaeMobile(index).toUtf8() + "\r\n";
        text += "EMAIL;TYPE=INTERNET:contact" + n + "@example.com\r\n";
        text += "END:VCARD\r\n";
    }
    return text;
}

} // namespace linda::bench
