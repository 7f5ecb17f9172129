#pragma once

#include <bot/messages/message.h>

#include <QString>
#include <QStringList>

// Compares parsed records with a ".expected.jsonl" file: line N contains the
// fields record N must have (as recordToJson writes them); fields the line
// leaves out are not checked. Returns one text per mismatch, empty when all
// match, so a test can print every difference at once.
QStringList compareWithExpected(const QList<linda::InboundRecord> &records,
                                const QString &expectedPath);

QByteArray readTestFile(const QString &path);
