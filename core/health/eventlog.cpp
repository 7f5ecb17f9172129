#include "eventlog.h"

#include <QCoreApplication>
#include <QDateTime>

namespace linda {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::EventCollector", text);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

// The names use the context lupdate gives free functions in namespace linda,
// so that their translations are found.
QString healthEventKindName(HealthEventKind kind)
{
    switch (kind) {
    case HealthEventKind::Alert:
        return QCoreApplication::translate("linda", "alert");
    case HealthEventKind::EngineError:
        return QCoreApplication::translate("linda", "error");
    case HealthEventKind::RateLimited:
        return QCoreApplication::translate("linda", "rate limit");
    case HealthEventKind::SessionExpired:
        return QCoreApplication::translate("linda", "session expired");
    case HealthEventKind::Engine:
        return QCoreApplication::translate("linda", "engine");
    case HealthEventKind::Traffic:
        return QCoreApplication::translate("linda", "traffic");
    }
    return {};
}

HealthEvent toHealthEvent(const AlertTransition &transition)
{
    return {transition.wallClockMs ? transition.wallClockMs : nowMs(), HealthEventKind::Alert, transition.ruleName,
            transition.toString()};
}

EventCollector::EventCollector(qsizetype capacity)
    : m_capacity(qMax<qsizetype>(1, capacity))
{
}

std::vector<Subscription> EventCollector::subscribe(EventBus &bus)
{
    std::vector<Subscription> subscriptions;
    subscriptions.push_back(bus.subscribe<EngineError>([this](const EngineError &e) {
        add({nowMs(), HealthEventKind::EngineError, e.chatId,
             tr("Message %1 failed: %2").arg(e.messageId, e.error)});
    }));
    subscriptions.push_back(bus.subscribe<SenderRateLimited>([this](const SenderRateLimited &e) {
        if (!e.noticeSent)
            return;
        QString subject = e.sender;
        {
            std::lock_guard lock(m_mutex);
            if (const auto name = m_senderNames.constFind(e.sender); name != m_senderNames.cend())
                subject = u"%1 (%2)"_qs.arg(*name, e.sender);
        }
        add({nowMs(), HealthEventKind::RateLimited, subject, tr("Sender rate limited; notice sent.")});
    }));
    subscriptions.push_back(bus.subscribe<SessionExpired>([this](const SessionExpired &e) {
        const auto idleSeconds = std::chrono::duration_cast<std::chrono::seconds>(e.idle).count();
        add({nowMs(), HealthEventKind::SessionExpired, e.chatId,
             tr("Session expired after %1 s idle.").arg(idleSeconds)});
    }));
    return subscriptions;
}

void EventCollector::add(HealthEvent event)
{
    std::lock_guard lock(m_mutex);
    if (qsizetype(m_pending.size()) >= m_capacity) {
        m_pending.pop_front();
        ++m_dropped;
    }
    m_pending.push_back(std::move(event));
}

QList<HealthEvent> EventCollector::drain()
{
    std::lock_guard lock(m_mutex);
    QList<HealthEvent> events(m_pending.begin(), m_pending.end());
    m_pending.clear();
    return events;
}

void EventCollector::setSenderNames(QHash<QString, QString> names)
{
    std::lock_guard lock(m_mutex);
    m_senderNames = std::move(names);
}

quint64 EventCollector::dropped() const
{
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

EventLogModel::EventLogModel(qsizetype capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax<qsizetype>(1, capacity))
{
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HealthEvent &e = m_events.at(index.row());
    if (role == KindRole)
        return int(e.kind);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(e.wallClockMs).toString(u"HH:mm:ss.zzz"_qs);
    case KindColumn:
        return healthEventKindName(e.kind);
    case SubjectColumn:
        return e.subject;
    case TextColumn:
        return e.text;
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case SubjectColumn:
        return tr("Subject");
    case TextColumn:
        return tr("Details");
    default:
        return {};
    }
}

void EventLogModel::append(const QList<HealthEvent> &events)
{
    if (events.isEmpty())
        return;
    // Only the newest `capacity` of the incoming events can survive.
    const qsizetype incoming = qMin(events.size(), m_capacity);
    const qsizetype overflow = m_events.size() + incoming - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow - 1));
        m_events.remove(0, overflow);
        endRemoveRows();
    }
    beginInsertRows({}, int(m_events.size()), int(m_events.size() + incoming - 1));
    m_events.append(events.mid(events.size() - incoming));
    endInsertRows();
}

void EventLogModel::clear()
{
    beginResetModel();
    m_events.clear();
    endResetModel();
}

QString EventLogModel::toText(const QAbstractItemModel &model, const QModelIndexList &rows)
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header.append(model.headerData(c, Qt::Horizontal).toString());
    lines.append(header.join(u'\t'));
    QList<int> rowNumbers;
    for (const QModelIndex &index : rows) {
        if (!rowNumbers.contains(index.row()))
            rowNumbers.append(index.row());
    }
    std::sort(rowNumbers.begin(), rowNumbers.end());
    for (const int row : rowNumbers) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells.append(model.index(row, c).data().toString());
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

EventLogFilter::EventLogFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void EventLogFilter::setKindVisible(HealthEventKind kind, bool visible)
{
    const quint32 bit = 1u << int(kind);
    m_hiddenKinds = visible ? (m_hiddenKinds & ~bit) : (m_hiddenKinds | bit);
    invalidateFilter();
}

bool EventLogFilter::isKindVisible(HealthEventKind kind) const
{
    return (m_hiddenKinds & (1u << int(kind))) == 0;
}

void EventLogFilter::setText(const QString &text)
{
    m_text = text;
    invalidateFilter();
}

bool EventLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    const int kind = first.data(EventLogModel::KindRole).toInt();
    if (m_hiddenKinds & (1u << kind))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int column : {int(EventLogModel::SubjectColumn), int(EventLogModel::TextColumn)}) {
        if (source->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace linda
