#include "commandregistry.h"

#include <QCoreApplication>

#include <algorithm>

namespace linda {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::CommandRegistry", text);
}

// Lowercase words joined by single spaces: "Property   LIST" -> "property list".
QString normalizedWords(QStringView text)
{
    return text.toString().simplified().toLower();
}

// Edit distance counting an insertion, deletion, substitution or swap of two
// neighbouring letters as one edit (optimal string alignment), so "hlep" is
// one edit from "help". Names are short, so the full table is cheap.
qsizetype editDistance(QStringView a, QStringView b)
{
    const qsizetype columns = b.size() + 1;
    QList<qsizetype> table((a.size() + 1) * columns);
    const auto at = [&](qsizetype i, qsizetype j) -> qsizetype & { return table[i * columns + j]; };
    for (qsizetype i = 0; i <= a.size(); ++i)
        at(i, 0) = i;
    for (qsizetype j = 0; j <= b.size(); ++j)
        at(0, j) = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype cost = a[i - 1] == b[j - 1] ? 0 : 1;
            at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
        }
    }
    return at(a.size(), b.size());
}

} // namespace

CommandRegistry::CommandRegistry() = default;
CommandRegistry::~CommandRegistry() = default;

Status CommandRegistry::add(CommandSpec spec)
{
    spec.name = normalizedWords(spec.name);
    for (QString &alias : spec.aliases)
        alias = normalizedWords(alias);

    if (!spec.handler)
        return Status::failure(tr("command \"%1\" has no handler").arg(spec.name));
    if (spec.maxArgs >= 0 && spec.maxArgs < spec.minArgs) {
        return Status::failure(
            tr("command \"%1\" has maxArgs below minArgs").arg(spec.name));
    }

    QStringList words = spec.aliases;
    words.prepend(spec.name);
    for (const QString &word : words) {
        if (word.isEmpty())
            return Status::failure(tr("command \"%1\" has an empty name or alias").arg(spec.name));
        if (word.count(u' ') > 1) {
            return Status::failure(
                tr("\"%1\" has more than two words; names and aliases have one or two").arg(word));
        }
        if (find(word)) {
            return Status::failure(
                tr("\"%1\" is already the name or alias of command \"%2\"").arg(word, find(word)->name));
        }
    }
    if (words.removeDuplicates() > 0)
        return Status::failure(tr("command \"%1\" lists the same alias twice").arg(spec.name));

    m_specs.push_back(std::make_unique<CommandSpec>(std::move(spec)));
    const CommandSpec *added = m_specs.back().get();
    for (const QString &word : std::as_const(words))
        m_words.emplace_back(word, added);
    return {};
}

const CommandSpec *CommandRegistry::find(QStringView nameOrAlias) const
{
    const QString key = normalizedWords(nameOrAlias);
    for (const auto &[word, spec] : m_words) {
        if (word == key)
            return spec;
    }
    return nullptr;
}

QList<const CommandSpec *> CommandRegistry::commands() const
{
    QList<const CommandSpec *> specs;
    for (const auto &spec : m_specs)
        specs.append(spec.get());
    std::sort(specs.begin(), specs.end(),
              [](const CommandSpec *a, const CommandSpec *b) { return a->name < b->name; });
    return specs;
}

QString CommandRegistry::closestName(QStringView typed) const
{
    const QString key = normalizedWords(typed);
    if (key.isEmpty())
        return {};

    // A typed start of a name ("prop" for "property list") is the best hint.
    for (const CommandSpec *spec : commands()) {
        if (spec->name.startsWith(key))
            return spec->name;
    }

    // Otherwise allow about one typo per three letters, at least one.
    const qsizetype allowed = std::max<qsizetype>(1, key.size() / 3);
    const CommandSpec *best = nullptr;
    qsizetype bestDistance = allowed + 1;
    for (const auto &[word, spec] : m_words) {
        // "propety" is close to "property list" by its first word.
        const qsizetype distance = std::min(editDistance(key, word),
                                            word.contains(u' ') && !key.contains(u' ')
                                                ? editDistance(key, QStringView(word).left(word.indexOf(u' ')))
                                                : editDistance(key, word));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = spec;
        }
    }
    return best ? best->name : QString();
}

} // namespace linda
