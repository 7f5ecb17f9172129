#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// Rows of the bot's store as plain values. They are copied freely between
// threads; none refers back into the store.
namespace linda {

struct Contact
{
    qint64 id = 0;      // 0 until inserted
    QString name;
    QString e164;       // "+971501234567"; unique in the store
    QString email;      // may be empty
    QString company;    // may be empty
    QDateTime createdAt; // UTC, set by the store
    QDateTime updatedAt; // UTC, set by the store
};

// A contact column that update-contact may change.
enum class ContactField { Name, Phone, Email, Company };

// "name", "phone" (also "number", "e164"), "email", "company"; case-insensitive.
std::optional<ContactField> contactFieldFromName(QStringView name);
QString contactFieldName(ContactField field);

// Totals shown by contact-stats.
struct ContactStats
{
    qint64 total = 0;
    qint64 withEmail = 0;
    qint64 withCompany = 0;
    qint64 addedLast7Days = 0;
    QList<QPair<QString, qint64>> topCompanies; // most contacts first, at most 5
};

// Outcome of an upsert for one contact, for contact sync's per-row report.
enum class UpsertAction { Added, Updated, Unchanged };

enum class PropertyStatus { Available, Rented };

QString propertyStatusName(PropertyStatus status); // "available", "rented"
std::optional<PropertyStatus> propertyStatusFromName(QStringView name);

struct Property
{
    qint64 id = 0;
    QString cluster;   // community or building group, e.g. "Marina Heights"
    QString unit;      // unique unit code, e.g. "MH-1204"
    int bedrooms = 0;  // 0 is a studio
    qint64 priceAed = 0; // yearly rent in whole dirhams
    PropertyStatus status = PropertyStatus::Available;
    QString owner;     // owner's name; may be empty
};

// Property totals, overall and per cluster.
struct PropertyCounts
{
    qint64 total = 0;
    qint64 available = 0;
    qint64 rented = 0;
    QList<QPair<QString, qint64>> perCluster; // cluster name, property count; by name
};

struct Tenancy
{
    qint64 id = 0;
    qint64 propertyId = 0;
    qint64 tenantContactId = 0;
    QDate start;
    QDate end;         // inclusive last day
    qint64 rentAed = 0; // yearly rent in whole dirhams
};

// One received message as the engine saw it.
struct MessageLogEntry
{
    QString messageId; // the transport's id; a redelivered message repeats it
    QString chat;
    QString sender;
    QString type;      // "text", "image", ...
    QDateTime receivedAt; // stored as UTC milliseconds
    QString body;      // stored verbatim; may be empty
};

// One executed command.
struct CommandLogEntry
{
    qint64 id = 0;     // set by the store
    QString command;   // canonical name, or the typed word for an unknown command
    QString args;      // the arguments as typed
    QString chat;
    QString sender;
    bool ok = true;
    QString error;     // empty when ok
    qint64 durationUs = 0; // microseconds to validate and run the command
    QDateTime at;      // UTC; the store fills it in when invalid
};

} // namespace linda
