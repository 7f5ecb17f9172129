#include "bot/store/store.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace linda;

namespace {

// Reads one value with a statement on the calling thread's store connection.
QVariant scalar(Store &store, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(store.threadConnectionName()));
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

Contact makeContact(const QString &name, const QString &e164, const QString &email = {},
                    const QString &company = {})
{
    Contact contact;
    contact.name = name;
    contact.e164 = e164;
    contact.email = email;
    contact.company = company;
    return contact;
}

Property makeProperty(const QString &cluster, const QString &unit, PropertyStatus status,
                      int bedrooms = 1, qint64 price = 60'000)
{
    Property property;
    property.cluster = cluster;
    property.unit = unit;
    property.status = status;
    property.bedrooms = bedrooms;
    property.priceAed = price;
    property.owner = QStringLiteral("Owner of ") + unit;
    return property;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void openCreatesTables_data();
    void openCreatesTables();
    void openSetsSchemaVersion();
    void openUsesWalAndNormalSync();
    void reopenKeepsRows();
    void openRejectsNewerSchema();
    void openRejectsMissingFolder();
    void openRejectsNonDatabaseFile();

    void hostileContactRoundTrip_data();
    void hostileContactRoundTrip();
    void hostileLogRoundTrip_data();
    void hostileLogRoundTrip();

    void transactionCommits();
    void transactionRollsBackOnError();
    void transactionRollsBackOnException();
    void nestedTransactionUndoesInnerOnly();

    void insertRejectsDuplicateNumber();
    void updateChangesField_data();
    void updateChangesField();
    void updateRejectsUnknownId();
    void updateRejectsTakenNumber();
    void removeDeletesContact();
    void removeRejectsTenant();
    void searchMatches_data();
    void searchMatches();
    void contactStatsCount();
    void upsertReportsAction();
    void upsertManyRollsBackOnFailure();

    void propertyQueries();
    void searchClusterFallsBackToFragment();
    void propertyListPages();
    void tenancyNeedsExistingIds();

    void lastCommandsNewestFirst();
    void appendMessagesBatch();
    void appendMessagesAllOrNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Store::open(m_dir->filePath(QStringLiteral("linda.db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_store = std::move(opened).value();
}

void TestStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestStore::openCreatesTables_data()
{
    QTest::addColumn<QString>("table");
    for (const char *table : {"contacts", "properties", "tenancies", "message_log", "command_log"})
        QTest::addRow("%s", table) << QString::fromLatin1(table);
}

void TestStore::openCreatesTables()
{
    QFETCH(QString, table);
    const QStringList tables = QSqlDatabase::database(m_store->threadConnectionName()).tables();
    QVERIFY2(tables.contains(table), qPrintable(tables.join(u',')));
}

void TestStore::openSetsSchemaVersion()
{
    QCOMPARE(scalar(*m_store, QStringLiteral("PRAGMA user_version")).toInt(), Store::schemaVersion);
}

void TestStore::openUsesWalAndNormalSync()
{
    QCOMPARE(scalar(*m_store, QStringLiteral("PRAGMA journal_mode")).toString(), u"wal"_qs);
    QCOMPARE(scalar(*m_store, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // 1 is NORMAL
    QCOMPARE(scalar(*m_store, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
}

void TestStore::reopenKeepsRows()
{
    const QString path = m_store->path();
    QVERIFY(m_store->contacts().insert(makeContact(u"Kept"_qs, u"+971501111111"_qs)).ok());
    m_store.reset();
    QCOMPARE(Store::totalConnectionCount(), 0);

    auto reopened = Store::open(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    m_store = std::move(reopened).value();
    const auto found = m_store->contacts().findByE164(u"+971501111111"_qs);
    QVERIFY(found.ok());
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->name, u"Kept"_qs);
    QCOMPARE(scalar(*m_store, QStringLiteral("PRAGMA user_version")).toInt(), Store::schemaVersion);
}

void TestStore::openRejectsNewerSchema()
{
    const QString path = m_dir->filePath(QStringLiteral("future.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=99")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));

    const int before = Store::totalConnectionCount();
    const auto opened = Store::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(u"schema version 99"), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(path), qPrintable(opened.error()));
    QCOMPARE(Store::totalConnectionCount(), before);
}

void TestStore::openRejectsMissingFolder()
{
    const QString folder = m_dir->filePath(QStringLiteral("no-such-folder"));
    const auto opened = Store::open(folder + QStringLiteral("/linda.db"));
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(u"does not exist"), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(folder), qPrintable(opened.error()));
}

void TestStore::openRejectsNonDatabaseFile()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();

    const int before = Store::totalConnectionCount();
    const auto opened = Store::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(path), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(u"not a database"), qPrintable(opened.error()));
    QCOMPARE(Store::totalConnectionCount(), before);
}

void TestStore::hostileContactRoundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::addRow("single quote") << u"O'Brien's \"flat\""_qs;
    QTest::addRow("sql injection") << u"x'); DROP TABLE contacts; --"_qs;
    QTest::addRow("drop after quote") << u"'; DROP TABLE contacts; --"_qs;
    QTest::addRow("nul inside") << QString(u"before\0after"_qs);
    QTest::addRow("emoji") << u"Villa 🏠🌴 \U0001F600"_qs;
    QTest::addRow("arabic rtl") << u"\u0623\u062D\u0645\u062F \u0627\u0644\u0645\u0646\u0635\u0648\u0631\u064A"_qs;
    QTest::addRow("bidi controls") << u"\u202Bمرحبا\u202C abc \u200F"_qs;
    QTest::addRow("like wildcards") << u"100% _done_ \\ back"_qs;
    QTest::addRow("newlines and tabs") << u"line1\nline2\r\n\ttab"_qs;
    QTest::addRow("question mark placeholder") << u"? :name @p $1"_qs;
}

void TestStore::hostileContactRoundTrip()
{
    QFETCH(QString, value);
    const auto inserted = m_store->contacts().insert(
        makeContact(value, u"+971502222222"_qs, value, value));
    QVERIFY2(inserted.ok(), qPrintable(inserted.error()));

    const auto found = m_store->contacts().findById(inserted->id);
    QVERIFY(found.ok());
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->name, value);
    QCOMPARE(found.value()->email, value);
    QCOMPARE(found.value()->company, value);

    // The value is searched as text, not as SQL or a LIKE pattern.
    const auto matches = m_store->contacts().search(value);
    QVERIFY(matches.ok());
    QCOMPARE(matches->size(), 1);
    QCOMPARE(matches->first().name, value);

    const QStringList tables = QSqlDatabase::database(m_store->threadConnectionName()).tables();
    QVERIFY(tables.contains(u"contacts"_qs));
    QCOMPARE(m_store->contacts().count().value(), 1);
}

void TestStore::hostileLogRoundTrip_data()
{
    hostileContactRoundTrip_data();
}

void TestStore::hostileLogRoundTrip()
{
    QFETCH(QString, value);
    MessageLogEntry message;
    message.messageId = value;
    message.chat = value;
    message.sender = value;
    message.type = u"text"_qs;
    message.receivedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, Qt::UTC);
    message.body = value;
    QVERIFY(m_store->logs().appendMessage(message).ok());

    const auto found = m_store->logs().findMessage(value);
    QVERIFY(found.ok());
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->body, value);
    QCOMPARE(found.value()->chat, value);
    QCOMPARE(found.value()->receivedAt, message.receivedAt);

    CommandLogEntry command;
    command.command = u"find-contact"_qs;
    command.args = value;
    command.error = value;
    QVERIFY(m_store->logs().appendCommand(command).ok());
    const auto last = m_store->logs().lastCommands(1);
    QVERIFY(last.ok());
    QCOMPARE(last->size(), 1);
    QCOMPARE(last->first().args, value);
    QCOMPARE(last->first().error, value);
}

void TestStore::transactionCommits()
{
    const Status status = m_store->transaction([this]() -> Status {
        if (!m_store->inTransaction())
            return Status::failure(u"not inside"_qs);
        return Status::from(m_store->contacts().insert(makeContact(u"A"_qs, u"+971503333333"_qs)));
    });
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QVERIFY(!m_store->inTransaction());
    QCOMPARE(m_store->contacts().count().value(), 1);
}

void TestStore::transactionRollsBackOnError()
{
    const Status status = m_store->transaction([this]() -> Status {
        (void)m_store->contacts().insert(makeContact(u"A"_qs, u"+971503333333"_qs));
        return Status::failure(u"row 2: invalid number"_qs);
    });
    QVERIFY(!status.ok());
    QCOMPARE(status.error(), u"row 2: invalid number"_qs);
    QCOMPARE(m_store->contacts().count().value(), 0);
}

void TestStore::transactionRollsBackOnException()
{
    bool thrown = false;
    try {
        (void)m_store->transaction([this]() -> Status {
            (void)m_store->contacts().insert(makeContact(u"A"_qs, u"+971503333333"_qs));
            throw std::runtime_error("handler bug");
        });
    } catch (const std::runtime_error &) {
        thrown = true;
    }
    QVERIFY(thrown);
    QVERIFY(!m_store->inTransaction());
    QCOMPARE(m_store->contacts().count().value(), 0);
}

void TestStore::nestedTransactionUndoesInnerOnly()
{
    const Status outer = m_store->transaction([this]() -> Status {
        (void)m_store->contacts().insert(makeContact(u"Outer"_qs, u"+971504444444"_qs));
        const Status inner = m_store->transaction([this]() -> Status {
            (void)m_store->contacts().insert(makeContact(u"Inner"_qs, u"+971505555555"_qs));
            return Status::failure(u"inner failed"_qs);
        });
        return inner.ok() ? Status::failure(u"inner should have failed"_qs) : Status();
    });
    QVERIFY2(outer.ok(), qPrintable(outer.error()));
    QVERIFY(m_store->contacts().findByE164(u"+971504444444"_qs).value().has_value());
    QVERIFY(!m_store->contacts().findByE164(u"+971505555555"_qs).value().has_value());
}

void TestStore::insertRejectsDuplicateNumber()
{
    QVERIFY(m_store->contacts().insert(makeContact(u"First"_qs, u"+971506666666"_qs)).ok());
    const auto second = m_store->contacts().insert(makeContact(u"Second"_qs, u"+971506666666"_qs));
    QVERIFY(!second.ok());
    QVERIFY2(second.error().contains(u"+971506666666"), qPrintable(second.error()));
    QVERIFY2(second.error().contains(u"First"), qPrintable(second.error()));
}

void TestStore::updateChangesField_data()
{
    QTest::addColumn<ContactField>("field");
    QTest::addColumn<QString>("value");
    QTest::addRow("name") << ContactField::Name << u"Fatima Al Nuaimi"_qs;
    QTest::addRow("phone") << ContactField::Phone << u"+971527777777"_qs;
    QTest::addRow("email") << ContactField::Email << u"f@example.ae"_qs;
    QTest::addRow("company") << ContactField::Company << u"Oasis Logistics"_qs;
    QTest::addRow("clear email") << ContactField::Email << QString();
}

void TestStore::updateChangesField()
{
    QFETCH(ContactField, field);
    QFETCH(QString, value);
    const auto inserted = m_store->contacts().insert(
        makeContact(u"Fatima"_qs, u"+971507777777"_qs, u"old@example.ae"_qs, u"Old Co"_qs));
    QVERIFY(inserted.ok());

    const Status updated = m_store->contacts().update(inserted->id, field, value);
    QVERIFY2(updated.ok(), qPrintable(updated.error()));
    const Contact contact = *m_store->contacts().findById(inserted->id).value();
    const QString stored = field == ContactField::Name    ? contact.name
                           : field == ContactField::Phone ? contact.e164
                           : field == ContactField::Email ? contact.email
                                                          : contact.company;
    QCOMPARE(stored, value.isNull() ? u""_qs : value);
    QVERIFY(contact.updatedAt >= contact.createdAt);
}

void TestStore::updateRejectsUnknownId()
{
    const Status updated = m_store->contacts().update(4242, ContactField::Name, u"Nobody"_qs);
    QVERIFY(!updated.ok());
    QVERIFY2(updated.error().contains(u"no contact has id 4242"), qPrintable(updated.error()));
}

void TestStore::updateRejectsTakenNumber()
{
    const auto first = m_store->contacts().insert(makeContact(u"One"_qs, u"+971508888881"_qs));
    QVERIFY(m_store->contacts().insert(makeContact(u"Two"_qs, u"+971508888882"_qs)).ok());
    const Status updated = m_store->contacts().update(first->id, ContactField::Phone, u"+971508888882"_qs);
    QVERIFY(!updated.ok());
    QVERIFY2(updated.error().contains(u"Two"), qPrintable(updated.error()));
}

void TestStore::removeDeletesContact()
{
    const auto inserted = m_store->contacts().insert(makeContact(u"Gone"_qs, u"+971509999999"_qs));
    QVERIFY(m_store->contacts().remove(inserted->id).ok());
    QVERIFY(!m_store->contacts().findById(inserted->id).value().has_value());
    const Status again = m_store->contacts().remove(inserted->id);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(u"no contact has id"), qPrintable(again.error()));
}

void TestStore::removeRejectsTenant()
{
    const auto tenant = m_store->contacts().insert(makeContact(u"Tenant"_qs, u"+971501212121"_qs));
    const auto property = m_store->properties().insert(
        makeProperty(u"Marina Heights"_qs, u"MH-101"_qs, PropertyStatus::Rented));
    Tenancy tenancy;
    tenancy.propertyId = property->id;
    tenancy.tenantContactId = tenant->id;
    tenancy.start = QDate(2025, 1, 1);
    tenancy.end = QDate(2025, 12, 31);
    tenancy.rentAed = 60'000;
    QVERIFY(m_store->properties().addTenancy(tenancy).ok());

    const Status removed = m_store->contacts().remove(tenant->id);
    QVERIFY(!removed.ok());
    QVERIFY2(removed.error().contains(u"tenant"), qPrintable(removed.error()));
    QVERIFY(m_store->contacts().findById(tenant->id).value().has_value());
}

void TestStore::searchMatches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::addRow("name fragment") << u"khan"_qs << QStringList{u"Ahmed Khan"_qs, u"Sara Khan"_qs};
    QTest::addRow("upper case") << u"AHMED"_qs << QStringList{u"Ahmed Khan"_qs};
    QTest::addRow("number fragment") << u"5012"_qs << QStringList{u"Ahmed Khan"_qs};
    QTest::addRow("email") << u"@gulf"_qs << QStringList{u"Sara Khan"_qs};
    QTest::addRow("company") << u"Emaar"_qs << QStringList{u"Omar 100%"_qs};
    QTest::addRow("percent is literal") << u"100%"_qs << QStringList{u"Omar 100%"_qs};
    QTest::addRow("underscore is literal") << u"_"_qs << QStringList{};
    QTest::addRow("no match") << u"zzz"_qs << QStringList{};
}

void TestStore::searchMatches()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QVERIFY(m_store->contacts().insert(makeContact(u"Ahmed Khan"_qs, u"+971501234567"_qs)).ok());
    QVERIFY(m_store->contacts()
                .insert(makeContact(u"Sara Khan"_qs, u"+971529876543"_qs, u"sara@gulf.ae"_qs))
                .ok());
    QVERIFY(m_store->contacts()
                .insert(makeContact(u"Omar 100%"_qs, u"+971551110000"_qs, {}, u"Emaar Realty"_qs))
                .ok());

    const auto found = m_store->contacts().search(text);
    QVERIFY2(found.ok(), qPrintable(found.error()));
    QStringList foundNames;
    for (const Contact &contact : found.value())
        foundNames << contact.name;
    QCOMPARE(foundNames, names);
}

void TestStore::contactStatsCount()
{
    QVERIFY(m_store->contacts().insert(makeContact(u"A"_qs, u"+971501000001"_qs, u"a@x.ae"_qs, u"Co1"_qs)).ok());
    QVERIFY(m_store->contacts().insert(makeContact(u"B"_qs, u"+971501000002"_qs, {}, u"Co1"_qs)).ok());
    QVERIFY(m_store->contacts().insert(makeContact(u"C"_qs, u"+971501000003"_qs, {}, u"Co2"_qs)).ok());
    QVERIFY(m_store->contacts().insert(makeContact(u"D"_qs, u"+971501000004"_qs)).ok());

    const auto stats = m_store->contacts().stats();
    QVERIFY2(stats.ok(), qPrintable(stats.error()));
    QCOMPARE(stats->total, 4);
    QCOMPARE(stats->withEmail, 1);
    QCOMPARE(stats->withCompany, 3);
    QCOMPARE(stats->addedLast7Days, 4);
    const QList<QPair<QString, qint64>> top{{u"Co1"_qs, 2}, {u"Co2"_qs, 1}};
    QCOMPARE(stats->topCompanies, top);
}

void TestStore::upsertReportsAction()
{
    auto contacts = m_store->contacts();
    const Contact original = makeContact(u"Yousef"_qs, u"+971561231234"_qs, u"y@x.ae"_qs);
    QCOMPARE(contacts.upsert(original).value(), UpsertAction::Added);
    QCOMPARE(contacts.upsert(original).value(), UpsertAction::Unchanged);

    // An empty email in the update keeps the stored one.
    QCOMPARE(contacts.upsert(makeContact(u"Yousef"_qs, u"+971561231234"_qs, {}, u"Falcon"_qs)).value(),
             UpsertAction::Updated);
    const Contact stored = *contacts.findByE164(u"+971561231234"_qs).value();
    QCOMPARE(stored.email, u"y@x.ae"_qs);
    QCOMPARE(stored.company, u"Falcon"_qs);

    // A name differing only in case is a change.
    QCOMPARE(contacts.upsert(makeContact(u"YOUSEF"_qs, u"+971561231234"_qs)).value(), UpsertAction::Updated);
    // A stand-in name neither renames a stored contact nor counts as a change.
    using Name = ContactRepository::UpsertName;
    QCOMPARE(contacts.upsert(makeContact(u"+971561231234"_qs, u"+971561231234"_qs), Name::KeepStored).value(),
             UpsertAction::Unchanged);
    QCOMPARE(contacts.findByE164(u"+971561231234"_qs).value()->name, u"YOUSEF"_qs);
    // ... but names a new one.
    QCOMPARE(contacts.upsert(makeContact(u"+971561231299"_qs, u"+971561231299"_qs), Name::KeepStored).value(),
             UpsertAction::Added);
    QCOMPARE(contacts.findByE164(u"+971561231299"_qs).value()->name, u"+971561231299"_qs);
    // An empty name updates the other fields of a stored contact, and cannot add one.
    QCOMPARE(contacts.upsert(makeContact(QString(), u"+971561231234"_qs, u"new@x.ae"_qs)).value(),
             UpsertAction::Updated);
    QCOMPARE(contacts.findByE164(u"+971561231234"_qs).value()->name, u"YOUSEF"_qs);
    QCOMPARE(contacts.upsert(makeContact(QString(), u"+971561231234"_qs)).value(), UpsertAction::Unchanged);
    const auto nameless = contacts.upsert(makeContact(QString(), u"+971561231277"_qs));
    QVERIFY(!nameless.ok());
    QVERIFY2(nameless.error().contains(u"name is empty"), qPrintable(nameless.error()));
    QCOMPARE(contacts.count().value(), 2);
}

void TestStore::upsertManyRollsBackOnFailure()
{
    const QList<Contact> batch{makeContact(u"Good"_qs, u"+971581000001"_qs),
                               makeContact(u"No number"_qs, QString()),
                               makeContact(u"Never"_qs, u"+971581000003"_qs)};
    const auto actions = m_store->contacts().upsertMany(batch);
    QVERIFY(!actions.ok());
    QVERIFY2(actions.error().contains(u"phone number is empty"), qPrintable(actions.error()));
    QCOMPARE(m_store->contacts().count().value(), 0);

    const auto good = m_store->contacts().upsertMany({batch.at(0), batch.at(2), batch.at(0)});
    QVERIFY2(good.ok(), qPrintable(good.error()));
    const QList<UpsertAction> expected{UpsertAction::Added, UpsertAction::Added, UpsertAction::Unchanged};
    QCOMPARE(good.value(), expected);
}

void TestStore::propertyQueries()
{
    auto properties = m_store->properties();
    QVERIFY(properties.insert(makeProperty(u"Marina Heights"_qs, u"MH-101"_qs, PropertyStatus::Available)).ok());
    QVERIFY(properties.insert(makeProperty(u"Marina Heights"_qs, u"MH-102"_qs, PropertyStatus::Rented)).ok());
    QVERIFY(properties.insert(makeProperty(u"Palm Crescent"_qs, u"PC-101"_qs, PropertyStatus::Available)).ok());

    const auto unit = properties.findByUnit(u"mh-102"_qs);
    QVERIFY(unit.ok());
    QVERIFY(unit.value().has_value());
    QCOMPARE(unit.value()->unit, u"MH-102"_qs);
    QCOMPARE(unit.value()->status, PropertyStatus::Rented);
    QCOMPARE(unit.value()->owner, u"Owner of MH-102"_qs);

    const auto marina = properties.searchCluster(u"marina heights"_qs);
    QVERIFY(marina.ok());
    QCOMPARE(marina->size(), 2);

    QCOMPARE(properties.withStatus(PropertyStatus::Available)->size(), 2);
    QCOMPARE(properties.withStatus(PropertyStatus::Rented)->size(), 1);

    const auto counts = properties.counts();
    QVERIFY(counts.ok());
    QCOMPARE(counts->total, 3);
    QCOMPARE(counts->available, 2);
    QCOMPARE(counts->rented, 1);
    const QList<QPair<QString, qint64>> perCluster{{u"Marina Heights"_qs, 2}, {u"Palm Crescent"_qs, 1}};
    QCOMPARE(counts->perCluster, perCluster);

    const auto duplicate = properties.insert(makeProperty(u"Other"_qs, u"mh-101"_qs, PropertyStatus::Available));
    QVERIFY(!duplicate.ok());
    QVERIFY2(duplicate.error().contains(u"mh-101"), qPrintable(duplicate.error()));
}

void TestStore::searchClusterFallsBackToFragment()
{
    auto properties = m_store->properties();
    QVERIFY(properties.insert(makeProperty(u"Marina Heights"_qs, u"MH-101"_qs, PropertyStatus::Available)).ok());
    QVERIFY(properties.insert(makeProperty(u"Marina Walk"_qs, u"MW-101"_qs, PropertyStatus::Available)).ok());
    QVERIFY(properties.insert(makeProperty(u"Palm Crescent"_qs, u"PC-101"_qs, PropertyStatus::Available)).ok());

    QCOMPARE(properties.searchCluster(u"Marina"_qs)->size(), 2);
    QCOMPARE(properties.searchCluster(u"Marina Walk"_qs)->size(), 1);
    QCOMPARE(properties.searchCluster(u"%"_qs)->size(), 0);
}

void TestStore::propertyListPages()
{
    for (int i = 0; i < 25; ++i) {
        const QString unit = QStringLiteral("U-%1").arg(i, 3, 10, QLatin1Char('0'));
        QVERIFY(m_store->properties().insert(makeProperty(u"C"_qs, unit, PropertyStatus::Available)).ok());
    }
    const auto first = m_store->properties().list(10);
    const auto last = m_store->properties().list(10, 20);
    QCOMPARE(first->size(), 10);
    QCOMPARE(first->first().unit, u"U-000"_qs);
    QCOMPARE(last->size(), 5);
    QCOMPARE(last->last().unit, u"U-024"_qs);
}

void TestStore::tenancyNeedsExistingIds()
{
    Tenancy tenancy;
    tenancy.propertyId = 77;
    tenancy.tenantContactId = 88;
    tenancy.start = QDate(2025, 1, 1);
    tenancy.end = QDate(2025, 12, 31);
    const auto added = m_store->properties().addTenancy(tenancy);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(u"FOREIGN KEY"), qPrintable(added.error()));

    tenancy.end = QDate(2024, 1, 1);
    const auto backwards = m_store->properties().addTenancy(tenancy);
    QVERIFY(!backwards.ok());
    QVERIFY2(backwards.error().contains(u"end date"), qPrintable(backwards.error()));
}

void TestStore::lastCommandsNewestFirst()
{
    for (int i = 1; i <= 5; ++i) {
        CommandLogEntry entry;
        entry.command = QStringLiteral("cmd%1").arg(i);
        entry.ok = i % 2 == 1;
        entry.durationUs = i * 100;
        QVERIFY(m_store->logs().appendCommand(entry).ok());
    }
    const auto last = m_store->logs().lastCommands(3);
    QVERIFY(last.ok());
    QCOMPARE(last->size(), 3);
    QCOMPARE(last->at(0).command, u"cmd5"_qs);
    QCOMPARE(last->at(2).command, u"cmd3"_qs);
    QCOMPARE(last->at(1).ok, false);
    QCOMPARE(last->at(1).durationUs, 400);
    QVERIFY(last->at(0).at.isValid());
    QCOMPARE(m_store->logs().commandCount().value(), 5);
}

void TestStore::appendMessagesBatch()
{
    QList<MessageLogEntry> batch;
    for (int i = 0; i < 100; ++i) {
        MessageLogEntry entry;
        entry.messageId = QStringLiteral("m%1").arg(i);
        entry.chat = QStringLiteral("chat%1").arg(i % 4);
        entry.sender = u"+971501234567"_qs;
        entry.type = u"text"_qs;
        entry.receivedAt = QDateTime::currentDateTimeUtc();
        entry.body = QStringLiteral("body %1").arg(i);
        batch.append(entry);
    }
    QVERIFY(m_store->logs().appendMessages(batch).ok());
    QCOMPARE(m_store->logs().messageCount().value(), 100);

    const auto chat = m_store->logs().messagesForChat(u"chat1"_qs);
    QVERIFY(chat.ok());
    QCOMPARE(chat->size(), 25);
    QCOMPARE(chat->first().messageId, u"m1"_qs);
    QCOMPARE(chat->last().messageId, u"m97"_qs);
}

void TestStore::appendMessagesAllOrNothing()
{
    QList<MessageLogEntry> batch(3);
    for (int i = 0; i < 3; ++i) {
        batch[i].messageId = QStringLiteral("m%1").arg(i);
        batch[i].chat = u"chat"_qs;
        batch[i].type = u"text"_qs;
    }
    // Work that fails after the batch undoes the batch with it.
    const Status status = m_store->transaction([&]() -> Status {
        if (Status appended = m_store->logs().appendMessages(batch); !appended)
            return appended;
        return Status::failure(u"later step failed"_qs);
    });
    QVERIFY(!status.ok());
    QCOMPARE(m_store->logs().messageCount().value(), 0);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
