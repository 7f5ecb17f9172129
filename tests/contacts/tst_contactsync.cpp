#include "bot/contacts/contactfile.h"
#include "bot/contacts/contactsync.h"
#include "bot/contacts/phonenumberbatch.h"
#include "bot/store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using linda::ContactRecord;
using linda::ContactSync;
using linda::Store;
using linda::SyncAction;
using linda::SyncReport;

namespace {

QList<ContactRecord> readTestFile(const QString &name)
{
    QFile file(QFINDTESTDATA(u"data/"_qs + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(name));
    const QByteArray data = file.readAll();
    const auto result = linda::ContactFile::parse(data, linda::ContactFile::detectFormat(data));
    if (result.hasErrors())
        qFatal("test data %s has errors: %s", qPrintable(name), qPrintable(result.errors[0].message));
    return result.records;
}

ContactRecord contact(const QString &name, const QStringList &numbers, int line = 1)
{
    ContactRecord record;
    record.line = line;
    record.name = name;
    for (const QString &number : numbers)
        record.phones.append({.number = number, .label = {}, .preferred = false, .line = line});
    return record;
}

QStringList actions(const SyncReport &report)
{
    QStringList names;
    for (const auto &row : report.rows)
        names.append(linda::syncActionName(row.action));
    return names;
}

// Every stored contact as "e164 name", sorted, so a whole table compares at once.
QStringList storedContacts(const QString &path)
{
    QStringList rows;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"tst_contactsync_reader"_qs);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery query(u"SELECT e164, name, email, company FROM contacts ORDER BY e164"_qs, db);
        while (query.next()) {
            QString row = query.value(0).toString() + u' ' + query.value(1).toString();
            for (int column : {2, 3}) {
                if (!query.value(column).toString().isEmpty())
                    row += u" <" + query.value(column).toString() + u'>';
            }
            rows.append(row);
        }
    }
    QSqlDatabase::removeDatabase(u"tst_contactsync_reader"_qs);
    return rows;
}

} // namespace

class TestContactSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void normalizesNumbers_data();
    void normalizesNumbers();
    void rejectsInvalidNumbers_data();
    void rejectsInvalidNumbers();
    void otherDefaultRegion();
    void batchMatchesSingleNumbers_data();
    void batchMatchesSingleNumbers();
    void nameFallsBackToNumber();
    void numberAsNameKeepsStoredName();
    void deduplicatesWithinFile();
    void importsEveryFixture_data();
    void importsEveryFixture();
    void secondImportIsUnchanged();
    void changedNameIsUpdated();
    void dryRunWritesNothing();
    void failedSyncChangesNoRows();
    void reportAsJson();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QString m_path;
};

void TestContactSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"linda.sqlite"_qs);
    auto store = Store::open(m_path);
    QVERIFY2(store.ok(), qPrintable(store.error()));
    m_store = std::move(store).value();
}

void TestContactSync::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestContactSync::normalizesNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("extension");

    QTest::addRow("international") << u"+971 50 123 4567"_qs << u"+971501234567"_qs << QString();
    QTest::addRow("trunk zero") << u"050 123 4567"_qs << u"+971501234567"_qs << QString();
    QTest::addRow("brackets and dashes") << u"(050) 765-4321"_qs << u"+971507654321"_qs << QString();
    QTest::addRow("idd 00") << u"00971 58 222 3344"_qs << u"+971582223344"_qs << QString();
    QTest::addRow("arabic-indic digits") << u"٠٥٦١١١٢٢٣٣"_qs << u"+971561112233"_qs << QString();
    QTest::addRow("extended arabic-indic digits") << u"۰۵۶۱۱۱۲۲۳۳"_qs << u"+971561112233"_qs << QString();
    QTest::addRow("bidi marks") << u"\u202a+971 52 765 4321\u202c\u200f"_qs << u"+971527654321"_qs << QString();
    QTest::addRow("extension") << u"+971-4-234-5678 ext. 12"_qs << u"+97142345678"_qs << u"12"_qs;
    QTest::addRow("landline trunk zero") << u"04 234 5678"_qs << u"+97142345678"_qs << QString();
    QTest::addRow("foreign number") << u"+44 20 7946 0958"_qs << u"+442079460958"_qs << QString();
}

void TestContactSync::normalizesNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, e164);
    QFETCH(QString, extension);

    const SyncReport report = ContactSync(u"AE"_qs).plan({contact(u"A"_qs, {input})});
    QCOMPARE(report.rows.size(), 1);
    QCOMPARE(report.rows[0].numbers.size(), 1);
    QCOMPARE(report.rows[0].numbers[0].problem, QString());
    QCOMPARE(report.rows[0].numbers[0].e164, e164);
    QCOMPARE(report.rows[0].numbers[0].extension, extension);
}

void TestContactSync::rejectsInvalidNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");

    QTest::addRow("too short") << u"12"_qs << u"too short"_qs;
    QTest::addRow("short local") << u"050 12"_qs << u"not a valid number"_qs;
    QTest::addRow("too long") << u"+971 50 123 4567 8901 2345"_qs << u"too long"_qs;
    QTest::addRow("letters") << u"ask reception"_qs << u"empty"_qs;
    QTest::addRow("only marks") << u"\u200e \u200f"_qs << u"empty"_qs;
}

void TestContactSync::rejectsInvalidNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);

    const auto report = ContactSync().sync(*m_store, {contact(u"A"_qs, {input}, 7)});
    QVERIFY2(report.ok(), qPrintable(report.error()));
    const auto &row = report->rows.value(0);
    QCOMPARE(row.action, SyncAction::Invalid);
    QVERIFY2(row.reason.contains(reason), qPrintable(row.reason));
    QVERIFY2(row.reason.contains(input), qPrintable(row.reason));
    QCOMPARE(report->totals().invalid, 1);
    QCOMPARE(storedContacts(m_path), QStringList());
}

void TestContactSync::otherDefaultRegion()
{
    const SyncReport report = ContactSync(u"GB"_qs).plan({contact(u"A"_qs, {u"020 7946 0958"_qs})});
    QCOMPARE(report.rows.value(0).numbers.value(0).e164, u"+442079460958"_qs);
}

void TestContactSync::batchMatchesSingleNumbers_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("threads");

    QTest::addRow("small batch, calling thread") << 40 << 4;
    QTest::addRow("large batch, one thread") << 3000 << 1;
    QTest::addRow("large batch, four threads") << 3000 << 4;
}

void TestContactSync::batchMatchesSingleNumbers()
{
    QFETCH(int, count);
    QFETCH(int, threads);

    // Valid, invalid and repeated numbers, so every kind of result and the
    // de-duplication of texts cross the slice boundaries.
    QStringList numbers;
    for (int i = 0; i < count; ++i) {
        if (i % 7 == 0)
            numbers.append(u"050 12"_qs);
        else
            numbers.append(u"05%1 %2"_qs.arg(i % 2 == 0 ? 0 : 5).arg(1000000 + i % (count / 2)));
    }
    linda::PhoneNumberBatch batch(u"AE"_qs);
    QList<qsizetype> indexes;
    for (const QString &number : numbers)
        indexes.append(batch.add(number));
    batch.run(threads);

    QVERIFY(batch.size() < count);
    const linda::PhoneNumberNormalizer normalizer(u"AE"_qs);
    for (int i = 0; i < count; ++i) {
        const auto expected = normalizer.normalize(numbers[i]);
        const auto &actual = batch.result(indexes[i]);
        QCOMPARE(actual.e164, expected.e164);
        QCOMPARE(actual.error, expected.error);
    }
}

void TestContactSync::nameFallsBackToNumber()
{
    const SyncReport report = ContactSync().plan({contact(QString(), {u"abc"_qs, u"050 123 4567"_qs})});
    QCOMPARE(report.rows.value(0).name, u"+971501234567"_qs);
}

void TestContactSync::numberAsNameKeepsStoredName()
{
    const auto first = ContactSync().sync(*m_store, {contact(u"Marina Heights Owners"_qs, {u"02 345 6789"_qs})});
    QVERIFY2(first.ok(), qPrintable(first.error()));

    const auto second = ContactSync().sync(
        *m_store, {contact(QString(), {u"+971 2 345 6789"_qs}), contact(QString(), {u"050 123 4567"_qs}, 2)});
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(actions(second.value()), (QStringList{u"unchanged"_qs, u"added"_qs}));
    QCOMPARE(storedContacts(m_path),
             (QStringList{u"+97123456789 Marina Heights Owners"_qs, u"+971501234567 +971501234567"_qs}));
}

void TestContactSync::deduplicatesWithinFile()
{
    const auto report = ContactSync().sync(
        *m_store, {contact(u"Sara"_qs, {u"+971 52 765 4321"_qs, u"052 765 4321"_qs}, 2),
                   contact(u"Aisha"_qs, {u"0527654321"_qs}, 5),
                   contact(u"Omar"_qs, {u"052 765 4321"_qs, u"050 123 4567"_qs}, 9)});
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(actions(report.value()), (QStringList{u"added"_qs, u"duplicate"_qs, u"added"_qs}));
    QVERIFY2(report->rows[0].numbers[1].problem.contains(u"earlier in this contact"),
             qPrintable(report->rows[0].numbers[1].problem));
    QVERIFY2(report->rows[1].reason.contains(u"already on line 2"), qPrintable(report->rows[1].reason));
    QVERIFY2(report->rows[2].numbers[0].problem.contains(u"already on line 2"),
             qPrintable(report->rows[2].numbers[0].problem));
    QCOMPARE(storedContacts(m_path), (QStringList{u"+971501234567 Omar"_qs, u"+971527654321 Sara"_qs}));
}

void TestContactSync::importsEveryFixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("actions");
    QTest::addColumn<int>("stored");

    QTest::addRow("vCard 2.1 quoted-printable")
        << u"vcard21_quoted_printable.vcf"_qs << QStringList{u"added"_qs, u"added"_qs, u"added"_qs} << 5;
    QTest::addRow("vCard 2.1 charsets")
        << u"vcard21_charsets.vcf"_qs << QStringList{u"added"_qs, u"added"_qs, u"added"_qs} << 3;
    // Omar lists +971 50 123 4567 twice (TYPE=CELL and TYPE=cell,voice).
    QTest::addRow("vCard 3.0") << u"vcard30_folded_groups.vcf"_qs << QStringList{u"added"_qs, u"added"_qs} << 5;
    QTest::addRow("vCard 4.0") << u"vcard40_tel_uri.vcf"_qs << QStringList{u"added"_qs, u"added"_qs} << 3;
    QTest::addRow("Google CSV legacy")
        << u"google_legacy.csv"_qs
        << QStringList{u"added"_qs, u"added"_qs, u"added"_qs, u"invalid"_qs} << 5;
    QTest::addRow("Google CSV new")
        << u"google_new.csv"_qs << QStringList{u"added"_qs, u"duplicate"_qs, u"added"_qs} << 3;
}

void TestContactSync::importsEveryFixture()
{
    QFETCH(QString, file);
    QFETCH(QStringList, actions);
    QFETCH(int, stored);

    const auto report = ContactSync().sync(*m_store, readTestFile(file));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(::actions(report.value()), actions);
    QCOMPARE(storedContacts(m_path).size(), stored);
}

void TestContactSync::secondImportIsUnchanged()
{
    const QList<ContactRecord> records = readTestFile(u"vcard30_folded_groups.vcf"_qs);
    const auto first = ContactSync().sync(*m_store, records);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    const QStringList afterFirst = storedContacts(m_path);

    const auto second = ContactSync().sync(*m_store, records);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(actions(second.value()), (QStringList{u"unchanged"_qs, u"unchanged"_qs}));
    QCOMPARE(second->totals().unchanged, 2);
    QCOMPARE(storedContacts(m_path), afterFirst);
}

void TestContactSync::changedNameIsUpdated()
{
    const auto first = ContactSync().sync(*m_store, {contact(u"Omar"_qs, {u"050 123 4567"_qs}),
                                                     contact(u"Layla"_qs, {u"056 111 2233"_qs}, 2)});
    QVERIFY2(first.ok(), qPrintable(first.error()));

    const auto second = ContactSync().sync(*m_store, {contact(u"Omar Haddad"_qs, {u"+971501234567"_qs}),
                                                      contact(u"Layla"_qs, {u"+971561112233"_qs}, 2),
                                                      contact(u"Sara"_qs, {u"052 765 4321"_qs}, 3)});
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(actions(second.value()), (QStringList{u"updated"_qs, u"unchanged"_qs, u"added"_qs}));
    QCOMPARE(storedContacts(m_path), (QStringList{u"+971501234567 Omar Haddad"_qs, u"+971527654321 Sara"_qs,
                                                  u"+971561112233 Layla"_qs}));
}

void TestContactSync::dryRunWritesNothing()
{
    const auto seeded = ContactSync().sync(*m_store, {contact(u"Omar"_qs, {u"050 123 4567"_qs})});
    QVERIFY2(seeded.ok(), qPrintable(seeded.error()));

    const auto report = ContactSync().sync(
        *m_store, {contact(u"Omar Haddad"_qs, {u"050 123 4567"_qs}), contact(u"Sara"_qs, {u"052 765 4321"_qs}, 2)},
        true);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY(report->dryRun);
    QCOMPARE(actions(report.value()), (QStringList{u"updated"_qs, u"added"_qs}));
    QCOMPARE(storedContacts(m_path), QStringList{u"+971501234567 Omar"_qs});
}

void TestContactSync::failedSyncChangesNoRows()
{
    const auto seeded = ContactSync().sync(*m_store, {contact(u"Omar"_qs, {u"050 123 4567"_qs})});
    QVERIFY2(seeded.ok(), qPrintable(seeded.error()));
    const QStringList before = storedContacts(m_path);

    // A trigger makes SQLite reject one insert in the middle of the batch,
    // after earlier rows of the same transaction were written.
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"tst_contactsync_trigger"_qs);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(u"CREATE TRIGGER reject_contact BEFORE INSERT ON contacts"
                            " WHEN NEW.name = 'Reject Me'"
                            " BEGIN SELECT RAISE(ABORT, 'rejected by the test trigger'); END"_qs),
                 qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"tst_contactsync_trigger"_qs);

    const auto report = ContactSync().sync(*m_store, {contact(u"Omar Haddad"_qs, {u"050 123 4567"_qs}, 2),
                                                      contact(u"Sara"_qs, {u"052 765 4321"_qs}, 3),
                                                      contact(u"Reject Me"_qs, {u"056 111 2233"_qs}, 4),
                                                      contact(u"Layla"_qs, {u"055 987 6543"_qs}, 5)});
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(u"line 4"), qPrintable(report.error()));
    QVERIFY2(report.error().contains(u"rejected by the test trigger"), qPrintable(report.error()));
    QCOMPARE(storedContacts(m_path), before);
}

void TestContactSync::reportAsJson()
{
    const auto report = ContactSync().sync(
        *m_store, {contact(u"Omar"_qs, {u"050 123 4567 ext. 9"_qs, u"050 12"_qs}, 3)});
    QVERIFY2(report.ok(), qPrintable(report.error()));
    const QJsonObject json = report->toJson();

    QCOMPARE(json.value(u"dryRun").toBool(true), false);
    const QJsonObject row = json.value(u"rows").toArray().at(0).toObject();
    QCOMPARE(row.value(u"line").toInt(), 3);
    QCOMPARE(row.value(u"name").toString(), u"Omar"_qs);
    QCOMPARE(row.value(u"action").toString(), u"added"_qs);
    const QJsonArray numbers = row.value(u"numbers").toArray();
    QCOMPARE(numbers.size(), 2);
    QCOMPARE(numbers[0].toObject().value(u"e164").toString(), u"+971501234567"_qs);
    QCOMPARE(numbers[0].toObject().value(u"extension").toString(), u"9"_qs);
    QCOMPARE(numbers[0].toObject().value(u"action").toString(), u"added"_qs);
    QVERIFY(numbers[1].toObject().value(u"e164").isNull());
    QVERIFY(numbers[1].toObject().value(u"problem").toString().contains(u"not a valid number"));
    const QJsonObject totals = json.value(u"totals").toObject();
    QCOMPARE(totals.value(u"added").toInt(), 1);
    QCOMPARE(totals.value(u"numbersImported").toInt(), 1);
    QCOMPARE(totals.value(u"numbersRejected").toInt(), 1);
}

QTEST_GUILESS_MAIN(TestContactSync)
#include "tst_contactsync.moc"
