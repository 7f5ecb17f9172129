#include "parseresult.h"

#include "chatlinescanner.h"

#include <QCoreApplication>

namespace linda {

QString ParseError::toString(const QString &fileName) const
{
    if (position.line >= 0) {
        return QCoreApplication::translate("linda::messages", "%1:%2: %3")
            .arg(fileName)
            .arg(position.line)
            .arg(reason);
    }
    if (position.byteOffset >= 0) {
        return QCoreApplication::translate("linda::messages", "%1: byte %2: %3")
            .arg(fileName)
            .arg(position.byteOffset)
            .arg(reason);
    }
    return QCoreApplication::translate("linda::messages", "%1: %2").arg(fileName, reason);
}

InputFormat detectInputFormat(QByteArrayView data)
{
    qsizetype start = 0;
    // Skip a byte order mark, direction marks and leading white space.
    start = leadingFormatMarkBytes(data);
    while (start < data.size() && QChar::isSpace(uchar(data[start])))
        ++start;
    if (start >= data.size())
        return InputFormat::Unknown;
    const char first = data[start];
    if (first != '{' && first != '[')
        return InputFormat::ChatExport;
    // iOS exports start with "[31/12/2023, 21:41:05] ".
    if (first == '[' && scanChatLineHeader(data.sliced(start)))
        return InputFormat::ChatExport;

    // A Cloud API envelope has "entry" and "changes" near its start; look at
    // the first record only, so a huge file costs nothing extra.
    const QByteArrayView head = data.sliced(start, std::min<qsizetype>(data.size() - start, 4096));
    if (head.contains("\"entry\"") && head.contains("\"changes\""))
        return InputFormat::Webhook;
    // One change value of an envelope, as webhook handlers often log it.
    if (head.contains("\"messaging_product\""))
        return InputFormat::Webhook;
    return InputFormat::WhatsAppWebJs;
}

QString inputFormatName(InputFormat format)
{
    switch (format) {
    case InputFormat::Unknown:
        return QStringLiteral("unknown");
    case InputFormat::WhatsAppWebJs:
        return QStringLiteral("wwebjs");
    case InputFormat::Webhook:
        return QStringLiteral("webhook");
    case InputFormat::ChatExport:
        return QStringLiteral("chat");
    }
    return QStringLiteral("unknown");
}

} // namespace linda
