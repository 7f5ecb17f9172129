// The contact commands (declared in handlers.h).

#include "handlers.h"

#include "bot/store/store.h"
#include "common/phonenumber.h"

#include <QRegularExpression>

namespace linda::handlers {

namespace {

// A dash stands for "no value", so an optional argument can be skipped.
QString optionalValue(const QString &text)
{
    return text.trimmed() == u"-" ? QString() : text.trimmed();
}

// One "@" with text on both sides and a dot in the domain; full address
// validation belongs to the mail server.
bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(text).hasMatch();
}

std::optional<qint64> parseContactId(QString text)
{
    text = text.trimmed();
    if (text.startsWith(u'#'))
        text.remove(0, 1);
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

// The search text for a partial number: its digits without the trunk "0" or
// the international "00", so "050 12" finds "+97150 12…".
QString numberFragment(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
        else if (c.isLetter())
            return {};
    }
    while (digits.startsWith(u'0'))
        digits.remove(0, 1);
    return digits;
}

// A store error as a reply: capitalized and ending with a full stop.
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    if (!text.endsWith(u'.'))
        text.append(u'.');
    return text;
}

CommandReply contactListReply(const QString &query, const QList<Contact> &contacts, int maxRows)
{
    if (contacts.isEmpty())
        return CommandReply::success(replyText("No contact matches \"%1\".").arg(query));
    QStringList lines{replyText("*Contacts matching \"%1\"* (%2)").arg(query).arg(contacts.size())};
    for (qsizetype i = 0; i < contacts.size() && i < maxRows; ++i)
        lines << contactLine(contacts.at(i));
    if (contacts.size() > maxRows)
        lines << replyText("…and %1 more. Narrow the search.").arg(contacts.size() - maxRows);
    return CommandReply::success(lines.join(u'\n'));
}

} // namespace

CommandReply findContact(const Environment &env, const CommandRequest &request)
{
    const QString query = request.args.join(u' ').trimmed();
    if (query.isEmpty())
        return CommandReply::failure(usageReply(request));

    // A whole valid number is a point read on the unique e164 column.
    const PhoneNumberResult number = PhoneNumberNormalizer(env.options.defaultRegion).normalize(query);
    if (number.isValid()) {
        const auto found = env.store->contacts().findByE164(number.e164);
        if (!found)
            return CommandReply::failure(storeErrorReply(found.error()));
        if (found.value())
            return CommandReply::success(contactLine(*found.value()));
    }

    const QString fragment = numberFragment(query);
    const auto found = env.store->contacts().search(fragment.isEmpty() ? query : fragment,
                                                    env.options.maxListRows + 1);
    if (!found)
        return CommandReply::failure(storeErrorReply(found.error()));
    return contactListReply(query, found.value(), env.options.maxListRows);
}

CommandReply addContact(const Environment &env, const CommandRequest &request)
{
    const QStringList &args = request.args;
    Contact contact;
    contact.name = args.at(0).trimmed();
    if (contact.name.isEmpty())
        return CommandReply::failure(replyText("The name is empty.") + u'\n' + usageReply(request));

    const PhoneNumberResult number = PhoneNumberNormalizer(env.options.defaultRegion).normalize(args.at(1));
    if (!number.isValid()) {
        return CommandReply::failure(
            replyText("Invalid phone number \"%1\": %2.").arg(args.at(1), number.errorString()));
    }
    contact.e164 = number.e164;

    // The third argument is the email when it has an "@"; everything after
    // the email (or after the number, without one) is the company.
    qsizetype companyFrom = 2;
    if (args.size() > 2 && (args.at(2).contains(u'@') || args.at(2).trimmed() == u"-")) {
        contact.email = optionalValue(args.at(2));
        if (!contact.email.isEmpty() && !looksLikeEmail(contact.email))
            return CommandReply::failure(replyText("Invalid email address \"%1\".").arg(contact.email));
        companyFrom = 3;
    }
    contact.company = optionalValue(args.mid(companyFrom).join(u' '));

    const auto existing = env.store->contacts().findByE164(contact.e164);
    if (!existing)
        return CommandReply::failure(storeErrorReply(existing.error()));
    if (existing.value()) {
        return CommandReply::failure(replyText("%1 is already saved as contact #%2 (%3).")
                                         .arg(contact.e164)
                                         .arg(existing.value()->id)
                                         .arg(existing.value()->name));
    }
    const auto inserted = env.store->contacts().insert(contact);
    if (!inserted)
        return CommandReply::failure(storeErrorReply(inserted.error()));
    return CommandReply::success(replyText("Added contact %1").arg(contactLine(inserted.value())));
}

CommandReply updateContact(const Environment &env, const CommandRequest &request)
{
    const QStringList &args = request.args;
    const auto id = parseContactId(args.at(0));
    if (!id)
        return CommandReply::failure(replyText("\"%1\" is not a contact id; ids are whole numbers such as 12.").arg(args.at(0)));
    const auto field = contactFieldFromName(args.at(1));
    if (!field) {
        return CommandReply::failure(
            replyText("Unknown field \"%1\". Fields: name, phone, email, company.").arg(args.at(1)));
    }

    QString value = args.mid(2).join(u' ').trimmed();
    switch (*field) {
    case ContactField::Name:
        if (value.isEmpty())
            return CommandReply::failure(replyText("The name is empty."));
        break;
    case ContactField::Phone: {
        const PhoneNumberResult number = PhoneNumberNormalizer(env.options.defaultRegion).normalize(value);
        if (!number.isValid())
            return CommandReply::failure(replyText("Invalid phone number \"%1\": %2.").arg(value, number.errorString()));
        value = number.e164;
        break;
    }
    case ContactField::Email:
        value = optionalValue(value);
        if (!value.isEmpty() && !looksLikeEmail(value))
            return CommandReply::failure(replyText("Invalid email address \"%1\".").arg(value));
        break;
    case ContactField::Company:
        value = optionalValue(value);
        break;
    }

    const auto existing = env.store->contacts().findById(*id);
    if (!existing)
        return CommandReply::failure(storeErrorReply(existing.error()));
    if (!existing.value())
        return CommandReply::failure(replyText("No contact #%1.").arg(*id));
    if (const Status updated = env.store->contacts().update(*id, *field, value); !updated)
        return CommandReply::failure(sentence(updated.error()));

    const QString shownValue = value.isEmpty() ? replyText("(empty)") : value;
    return CommandReply::success(
        replyText("Updated contact #%1: %2 is now %3.").arg(*id).arg(contactFieldName(*field), shownValue));
}

CommandReply deleteContact(const Environment &env, const CommandRequest &request)
{
    const auto id = parseContactId(request.args.at(0));
    if (!id) {
        return CommandReply::failure(
            replyText("\"%1\" is not a contact id; ids are whole numbers such as 12.").arg(request.args.at(0)));
    }
    const auto existing = env.store->contacts().findById(*id);
    if (!existing)
        return CommandReply::failure(storeErrorReply(existing.error()));
    if (!existing.value())
        return CommandReply::failure(replyText("No contact #%1.").arg(*id));
    if (const Status removed = env.store->contacts().remove(*id); !removed)
        return CommandReply::failure(sentence(removed.error()));
    return CommandReply::success(
        replyText("Deleted contact #%1 (%2, %3).").arg(*id).arg(existing.value()->name, existing.value()->e164));
}

CommandReply contactStats(const Environment &env, const CommandRequest &)
{
    const auto stats = env.store->contacts().stats();
    if (!stats)
        return CommandReply::failure(storeErrorReply(stats.error()));
    QStringList lines{replyText("*Contacts*")};
    lines << replyText("Total: %1").arg(stats->total) << replyText("With email: %1").arg(stats->withEmail)
          << replyText("With company: %1").arg(stats->withCompany)
          << replyText("Added in the last 7 days: %1").arg(stats->addedLast7Days);
    if (!stats->topCompanies.isEmpty()) {
        QStringList companies;
        for (const auto &[company, count] : stats->topCompanies)
            companies << QStringLiteral("%1 (%2)").arg(company).arg(count);
        lines << replyText("Top companies: %1").arg(companies.join(QStringLiteral(", ")));
    }
    return CommandReply::success(lines.join(u'\n'));
}

} // namespace linda::handlers
