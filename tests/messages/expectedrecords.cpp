#include "expectedrecords.h"

#include <bot/messages/recordjson.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

QByteArray readTestFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList compareWithExpected(const QList<linda::InboundRecord> &records,
                                const QString &expectedPath)
{
    QStringList mismatches;
    const QList<QByteArray> lines = readTestFile(expectedPath).split('\n');
    qsizetype index = 0;
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonObject expected = QJsonDocument::fromJson(line, &error).object();
        if (error.error != QJsonParseError::NoError) {
            mismatches.append(u"%1: invalid expectation line %2: %3"_qs.arg(expectedPath).arg(index + 1).arg(error.errorString()));
            return mismatches;
        }
        if (index >= records.size()) {
            mismatches.append(u"record %1 is missing"_qs.arg(index));
            ++index;
            continue;
        }
        const QJsonObject actual = linda::recordToJson(records.at(index));
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            if (actual.value(it.key()) != it.value()) {
                const auto text = [](const QJsonValue &value) {
                    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"v"_qs, value}})
                                                 .toJson(QJsonDocument::Compact))
                        .mid(5)
                        .chopped(1);
                };
                mismatches.append(u"record %1 field '%2': expected %3, got %4"_qs.arg(index)
                                      .arg(it.key(), text(it.value()), text(actual.value(it.key()))));
            }
        }
        ++index;
    }
    if (index != records.size())
        mismatches.append(u"expected %1 records, parsed %2"_qs.arg(index).arg(records.size()));
    return mismatches;
}
