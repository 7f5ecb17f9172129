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

// Levenshtein distance; names are short, so the O(n*m) table is cheap.
qsizetype editDistance(QStringView a, QStringView b)
{
    QList<qsizetype> previous(b.size() + 1);
    QList<qsizetype> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
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
        const qsizetype distance = editDistance(key, word);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = spec;
        }
    }
    return best ? best->name : QString();
}

} // namespace linda
