#include "chatexportcontent.h"

namespace linda {

namespace {

constexpr char16_t LeftToRightMark = 0x200E;

QStringView firstLine(QStringView text)
{
    const qsizetype newline = text.indexOf(u'\n');
    return newline < 0 ? text : text.left(newline);
}

QString restAfterFirstLine(const QString &text)
{
    const qsizetype newline = text.indexOf(u'\n');
    return newline < 0 ? QString() : text.mid(newline + 1);
}

MessageType typeForFileName(QStringView name, bool *animated)
{
    const QStringView extension = name.mid(name.lastIndexOf(u'.') + 1);
    const auto is = [&](const char *candidate) {
        return extension.compare(QLatin1StringView(candidate), Qt::CaseInsensitive) == 0;
    };
    if (is("jpg") || is("jpeg") || is("png") || is("heic"))
        return MessageType::Image;
    if (is("webp"))
        return MessageType::Sticker;
    if (is("gif")) {
        *animated = true;
        return MessageType::Video;
    }
    if (is("mp4") || is("mov") || is("3gp"))
        return MessageType::Video;
    if (is("opus"))
        return MessageType::Voice;
    if (is("m4a") || is("mp3") || is("aac") || is("ogg") || is("wav") || is("amr"))
        return MessageType::Audio;
    if (is("vcf"))
        return MessageType::Contacts;
    return MessageType::Document;
}

struct OmittedKind
{
    const char *word; // iOS: "<word> omitted"
    MessageType type;
};

constexpr OmittedKind OmittedKinds[] = {
    {"image", MessageType::Image},     {"video", MessageType::Video},
    {"audio", MessageType::Audio},     {"sticker", MessageType::Sticker},
    {"GIF", MessageType::Video},       {"document", MessageType::Document},
    {"Contact card", MessageType::Contacts},
};

void setMedia(Message &message, MessageType type, QString fileName, bool animated)
{
    message.type = type;
    MediaDescriptor media;
    media.fileName = std::move(fileName);
    media.animated = animated;
    message.media = media;
    message.caption = restAfterFirstLine(message.body);
    message.body.clear();
}

// Android's placeholder for media left out of an export, in the languages
// of common phone settings. The kind is not written.
// NOTE: the non-English texts in this file (placeholders, notices, group
// event phrases) were not checked against real exports of each language. A
// text that differs leaves the line unclassified (a text message or a
// system event of type "other").
constexpr QStringView MediaOmittedTexts[] = {
    u"<Media omitted>",        u"<Medien ausgeschlossen>", u"<Multimedia omitido>",
    u"<Mídia oculta>",         u"<Médias omis>",           u"<Media omessi>",
    u"<Media weggelaten>",     u"<Без медиафайлов>",       u"<Medya dahil edilmedi>",
    u"<Media tidak disertakan>", u"<تم استبعاد الوسائط>", u"<media omitted>",
};

// The text a deleted message leaves behind, for messages deleted by the
// sender or by the exporting user; compared without a final full stop.
constexpr QStringView DeletedTexts[] = {
    u"This message was deleted",        u"You deleted this message",
    u"Diese Nachricht wurde gelöscht",  u"Du hast diese Nachricht gelöscht",
    u"Se eliminó este mensaje",         u"Eliminaste este mensaje",
    u"Mensagem apagada",                u"Você apagou esta mensagem",
    u"Ce message a été supprimé",       u"Vous avez supprimé ce message",
    u"Questo messaggio è stato eliminato", u"Hai eliminato questo messaggio",
    u"Dit bericht is verwijderd",       u"Je hebt dit bericht verwijderd",
    u"Это сообщение удалено",           u"Вы удалили это сообщение",
    u"Bu mesaj silindi",                u"Bu mesajı sildiniz",
    u"تم حذف هذه الرسالة",              u"لقد حذفت هذه الرسالة",
};

// Parts of the encryption notice that opens every export, in languages
// other than English. They are searched last, because most system lines are
// not this notice.
constexpr QStringView EncryptionNoticeTexts[] = {
    u"Ende-zu-Ende",     u"de extremo a extremo", u"de bout en bout", u"de ponta a ponta",
    u"сквозным шифрованием", u"uçtan uca",         u"بين الطرفين",
};

// The note that newer exports append to the text of an edited message, as
// " <This message was edited>" (Android) or " \u200E<This message was
// edited>" (iOS).
constexpr QStringView EditedNotes[] = {
    u"<This message was edited>", u"<Diese Nachricht wurde bearbeitet>", u"<Se editó este mensaje.>",
    u"<Mensagem editada>",        u"<Ce message a été modifié>",        u"<تم تعديل هذه الرسالة>",
};

template<std::size_t N>
bool equalsAny(QStringView text, const QStringView (&candidates)[N])
{
    for (const QStringView candidate : candidates) {
        if (text == candidate)
            return true;
    }
    return false;
}

template<std::size_t N>
bool containsAny(QStringView text, const QStringView (&candidates)[N])
{
    for (const QStringView candidate : candidates) {
        if (text.contains(candidate))
            return true;
    }
    return false;
}

bool isDeletedText(QStringView line)
{
    if (line.endsWith(u'.'))
        line.chop(1);
    return equalsAny(line, DeletedTexts);
}

bool classifyMedia(Message &message, QStringView line)
{
    if (line.startsWith(u'<') && line.endsWith(u'>') && equalsAny(line, MediaOmittedTexts)) {
        setMedia(message, MessageType::Document, {}, false);
        return true;
    }
    const qsizetype attached
        = line.endsWith(u'>') ? line.indexOf(QLatin1StringView("<attached: ")) : -1;
    if (attached >= 0) {
        const QStringView name = line.mid(attached + 11).chopped(1);
        bool animated = false;
        setMedia(message, typeForFileName(name, &animated), name.toString(), animated);
        return true;
    }
    if (line.endsWith(QLatin1StringView(" (file attached)"))) {
        const QStringView name = line.chopped(16);
        bool animated = false;
        setMedia(message, typeForFileName(name, &animated), name.toString(), animated);
        return true;
    }
    if (line.endsWith(QLatin1StringView(" omitted"))) {
        const QStringView word = line.chopped(8);
        for (const OmittedKind &kind : OmittedKinds) {
            if (word.endsWith(QLatin1StringView(kind.word))) {
                setMedia(message, kind.type, {}, kind.word == std::string_view("GIF"));
                return true;
            }
        }
    }
    return false;
}

// "location: https://maps.google.com/?q=25.1972,55.2744"
bool classifyLocation(Message &message, QStringView line)
{
    if (line.size() < 10 || (line[0] != u'l' && line[0] != u'L')
        || !line.startsWith(QLatin1StringView("location: "), Qt::CaseInsensitive))
        return false;
    const QStringView url = line.mid(10).trimmed();
    const qsizetype query = url.indexOf(QLatin1StringView("q="));
    if (query < 0)
        return false;
    const QStringView coordinates = url.mid(query + 2);
    const qsizetype comma = coordinates.indexOf(u',');
    bool latitudeOk = false;
    bool longitudeOk = false;
    Location location;
    location.latitude = coordinates.left(comma).toDouble(&latitudeOk);
    location.longitude = coordinates.mid(comma + 1).toDouble(&longitudeOk);
    if (comma < 0 || !latitudeOk || !longitudeOk)
        return false;
    location.url = url.toString();
    message.type = MessageType::Location;
    message.location = location;
    message.body.clear();
    return true;
}

QStringList splitNames(QStringView list)
{
    QStringList names;
    for (QStringView part : list.split(u',')) {
        const qsizetype andWord = part.indexOf(QLatin1StringView(" and "));
        if (andWord >= 0) {
            names.append(withoutDirectionMarks(part.left(andWord)));
            part = part.mid(andWord + 5);
        }
        const QString name = withoutDirectionMarks(part);
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

// The text inside the last pair of quotes: "…", “…” (English), „…“ (German)
// or « … » (French).
QString lastQuoted(QStringView text)
{
    constexpr QStringView closing = u"\"\u201D\u201C\u00BB";
    constexpr QStringView opening = u"\"\u201C\u201E\u00AB";
    qsizetype close = text.size() - 1;
    while (close > 0 && !closing.contains(text[close]))
        --close;
    if (close <= 0)
        return {};
    qsizetype open = close - 1;
    while (open >= 0 && !opening.contains(text[open]))
        --open;
    return open < 0 ? QString() : text.mid(open + 1, close - open - 1).trimmed().toString();
}

// A group event phrase of a German, Spanish, Portuguese or French export.
// The names come before the infix (the actor) and between infix and suffix
// (the members). An infix at the start of the line is the exporting user's
// own form, such as "Du hast ... hinzugefügt".
struct LocalizedEventPhrase
{
    QStringView infix;
    QStringView suffix;
    SystemEventType type;
};

constexpr LocalizedEventPhrase LocalizedEventPhrases[] = {
    {u" hat die Gruppe ", u" erstellt", SystemEventType::GroupCreated},
    {u"Du hast die Gruppe ", u" erstellt", SystemEventType::GroupCreated},
    {u" creó el grupo ", {}, SystemEventType::GroupCreated},
    {u"Creaste el grupo ", {}, SystemEventType::GroupCreated},
    {u" criou o grupo ", {}, SystemEventType::GroupCreated},
    {u"Você criou o grupo ", {}, SystemEventType::GroupCreated},
    {u" a créé le groupe ", {}, SystemEventType::GroupCreated},
    {u"Vous avez créé le groupe ", {}, SystemEventType::GroupCreated},
    {{}, u" hat die Gruppe verlassen", SystemEventType::MemberLeft},
    {{}, u" salió del grupo", SystemEventType::MemberLeft},
    {{}, u" salió", SystemEventType::MemberLeft},
    {{}, u" saiu", SystemEventType::MemberLeft},
    {{}, u" a quitté le groupe", SystemEventType::MemberLeft},
    {{}, u" est parti", SystemEventType::MemberLeft},
    {{}, u" est partie", SystemEventType::MemberLeft},
    {u"Du hast ", u" hinzugefügt", SystemEventType::MemberAdded},
    {u" hat ", u" hinzugefügt", SystemEventType::MemberAdded},
    {u"Añadiste a ", {}, SystemEventType::MemberAdded},
    {u" añadió a ", {}, SystemEventType::MemberAdded},
    {u"Você adicionou ", {}, SystemEventType::MemberAdded},
    {u" adicionou ", {}, SystemEventType::MemberAdded},
    {u"Vous avez ajouté ", {}, SystemEventType::MemberAdded},
    {u" a ajouté ", {}, SystemEventType::MemberAdded},
    {u"Du hast ", u" entfernt", SystemEventType::MemberRemoved},
    {u" hat ", u" entfernt", SystemEventType::MemberRemoved},
    {u"Eliminaste a ", {}, SystemEventType::MemberRemoved},
    {u" eliminó a ", {}, SystemEventType::MemberRemoved},
    {u"Você removeu ", {}, SystemEventType::MemberRemoved},
    {u" removeu ", {}, SystemEventType::MemberRemoved},
    {u"Vous avez retiré ", {}, SystemEventType::MemberRemoved},
    {u" a retiré ", {}, SystemEventType::MemberRemoved},
};

std::optional<SystemEvent> localizedSystemEventFor(QStringView text)
{
    if (text.endsWith(u'.'))
        text.chop(1);
    for (const LocalizedEventPhrase &phrase : LocalizedEventPhrases) {
        if (!phrase.suffix.isEmpty() && !text.endsWith(phrase.suffix))
            continue;
        const QStringView names = text.chopped(phrase.suffix.size());
        const qsizetype at = phrase.infix.isEmpty() ? names.size() : names.indexOf(phrase.infix);
        if (at < 0)
            continue;
        SystemEvent event;
        event.type = phrase.type;
        const QStringView actor = names.left(at);
        const QStringView members = names.mid(at + phrase.infix.size());
        switch (phrase.type) {
        case SystemEventType::GroupCreated:
            if (!actor.isEmpty())
                event.participants.append(withoutDirectionMarks(actor));
            event.newValue = lastQuoted(text);
            break;
        case SystemEventType::MemberLeft:
            event.participants.append(withoutDirectionMarks(actor));
            break;
        default:
            event.participants = splitNames(members);
            break;
        }
        return event;
    }
    return std::nullopt;
}

// English system lines, and encryption notices and group events in a few
// other languages; other lines stay SystemEventType::Other with the text kept.
std::optional<SystemEvent> systemEventFor(QStringView text)
{
    SystemEvent event;
    const auto has = [&](const char *phrase) { return text.contains(QLatin1StringView(phrase)); };
    qsizetype at = -1;
    if (has("end-to-end")) {
        event.type = SystemEventType::EncryptionNotice;
    } else if (has("changed the subject") || has("changed the group name")
               || has("changed this group's name")) {
        event.type = SystemEventType::SubjectChanged;
        event.newValue = lastQuoted(text);
    } else if ((at = text.indexOf(QLatin1StringView(" changed to "))) >= 0
               || has("changed their phone number")) {
        event.type = SystemEventType::NumberChanged;
        if (at >= 0) {
            event.participants.append(withoutDirectionMarks(text.left(at)));
            event.newValue = text.mid(at + 12).trimmed().toString();
        }
    } else if ((at = text.indexOf(QLatin1StringView(" created group"))) >= 0
               || (at = text.indexOf(QLatin1StringView(" created this group"))) >= 0) {
        event.type = SystemEventType::GroupCreated;
        event.participants.append(withoutDirectionMarks(text.left(at)));
        event.newValue = lastQuoted(text);
    } else if ((at = text.indexOf(QLatin1StringView(" joined using"))) >= 0) {
        event.type = SystemEventType::MemberJoined;
        event.participants.append(withoutDirectionMarks(text.left(at)));
    } else if ((at = text.indexOf(QLatin1StringView(" added "))) >= 0) {
        event.type = SystemEventType::MemberAdded;
        event.participants = splitNames(text.mid(at + 7));
    } else if ((at = text.indexOf(QLatin1StringView(" removed "))) >= 0) {
        event.type = SystemEventType::MemberRemoved;
        event.participants = splitNames(text.mid(at + 9));
    } else if (text.endsWith(QLatin1StringView(" left"))) {
        event.type = SystemEventType::MemberLeft;
        event.participants.append(withoutDirectionMarks(text.chopped(5)));
    } else if (containsAny(text, EncryptionNoticeTexts)) {
        event.type = SystemEventType::EncryptionNotice;
    } else {
        return localizedSystemEventFor(text);
    }
    return event;
}

} // namespace

QString withoutDirectionMarks(QStringView text)
{
    QString result = text.toString();
    result.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return u == 0x200E || u == 0x200F || u == 0x061C || (u >= 0x202A && u <= 0x202E)
            || (u >= 0x2066 && u <= 0x2069);
    });
    return result.trimmed();
}

namespace {

// Removes the edit note from the end of body, so commands and replies see
// the text as the sender wrote it.
void removeEditedNote(QString &body)
{
    if (!body.endsWith(u'>'))
        return;
    for (const QStringView note : EditedNotes) {
        if (!body.endsWith(note))
            continue;
        qsizetype end = body.size() - note.size();
        while (end > 0 && (body[end - 1] == u' ' || body[end - 1] == u'\n' || body[end - 1] == LeftToRightMark))
            --end;
        body.truncate(end);
        return;
    }
}

} // namespace

void classifyExportText(Message &message, bool hasAuthor)
{
    if (hasAuthor)
        removeEditedNote(message.body);
    QStringView line = firstLine(message.body);
    // iOS writes a left-to-right mark before placeholders and system texts.
    const bool marked = line.startsWith(LeftToRightMark);
    if (marked)
        line = line.mid(1);

    if (!hasAuthor) {
        message.type = MessageType::System;
        message.system = systemEventFor(line).value_or(SystemEvent{});
        return;
    }
    if (isDeletedText(line)) {
        message.type = MessageType::Revoked;
        message.body.clear();
        return;
    }
    if (line.startsWith(QLatin1StringView("Waiting for this message"))) {
        message.kind = MessageKind::UndecryptedPlaceholder;
        return;
    }
    if (classifyMedia(message, line) || classifyLocation(message, line))
        return;
    // iOS writes group events as "Group name: <LRM>Alice added Bob".
    if (marked) {
        if (auto event = systemEventFor(line)) {
            message.type = MessageType::System;
            message.system = std::move(*event);
            message.body = line.toString();
            message.senderName.clear();
        }
    }
}

} // namespace linda
