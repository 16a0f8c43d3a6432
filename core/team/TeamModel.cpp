#include "TeamModel.h"

#include "domain/DisplayText.h"

namespace recbar {

namespace {

qint64 since(const QDateTime &from, const QDateTime &now)
{
    return from.isValid() ? std::max<qint64>(0, from.secsTo(now)) : -1;
}

// The first of an agent's concerns is its most urgent (TeamBoard lists them so).
qint64 concernRank(TeamConcern concern)
{
    switch (concern) {
    case TeamConcern::NotRecorded:
        return 3;
    case TeamConcern::LongPause:
        return 2;
    case TeamConcern::Unknown:
        return 1;
    }
    return 0;
}

QDateTime concernSince(const TeamMember &m, TeamConcern concern)
{
    switch (concern) {
    case TeamConcern::NotRecorded:
        return m.unrecordedSince;
    case TeamConcern::LongPause:
        return m.pausedSince;
    case TeamConcern::Unknown:
        return m.onCallSince;
    }
    return {};
}

// What the recording of an agent's call is, in the board's terms; none without a call.
enum class Recorded { NoCall, Off, Unknown, NotReported, Paused, Recording, Gone };

Recorded recordedOf(const TeamMember &m)
{
    if (m.gone)
        return Recorded::Gone;
    if (!m.onCall())
        return Recorded::NoCall;
    if (m.paused())
        return Recorded::Paused;
    if (!m.state.recording)
        return Recorded::NotReported;
    switch (*m.state.recording) {
    case RecordingState::Off:
        return Recorded::Off;
    case RecordingState::Recording:
        return Recorded::Recording;
    case RecordingState::Paused:
        return Recorded::Paused;
    case RecordingState::Unknown:
        return Recorded::Unknown;
    }
    return Recorded::Unknown;
}

} // namespace

TeamModel::TeamModel(TeamBoard &board, Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_board(board)
    , m_clock(clock)
{
    connect(&board, &TeamBoard::changed, this, &TeamModel::follow);
    follow();
}

QString TeamModel::duration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const qint64 h = seconds / 3600;
    const qint64 m = seconds / 60 % 60;
    const qint64 s = seconds % 60;
    return h > 0 ? QStringLiteral("%1:%2:%3")
                       .arg(h)
                       .arg(m, 2, 10, QChar(u'0'))
                       .arg(s, 2, 10, QChar(u'0'))
                 : QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QChar(u'0'));
}

void TeamModel::follow()
{
    m_now = m_clock.now();
    const QList<TeamMember> &members = m_board.members();
    QHash<QString, int> where;
    where.reserve(members.size());
    for (int i = 0; i < members.size(); ++i)
        where.insert(members[i].id, i);

    // The board forgets an agent only when it is made anew; then so does the table.
    const bool lost = std::any_of(m_ids.cbegin(), m_ids.cend(),
                                  [&](const QString &id) { return !where.contains(id); });
    if (lost) {
        beginResetModel();
        m_ids.clear();
        m_boardIndex.clear();
        endResetModel();
    }
    for (int i = 0; i < m_ids.size(); ++i)
        m_boardIndex[i] = where.take(m_ids[i]);
    if (!where.isEmpty()) {
        QList<std::pair<int, QString>> added; // in the board's order
        added.reserve(where.size());
        for (auto it = where.cbegin(); it != where.cend(); ++it)
            added.append({it.value(), it.key()});
        std::sort(added.begin(), added.end());
        beginInsertRows({}, int(m_ids.size()), int(m_ids.size() + added.size() - 1));
        for (const auto &[index, id] : added) {
            m_ids.append(id);
            m_boardIndex.append(index);
        }
        endInsertRows();
    }
    m_onCall = 0;
    m_withConcerns = 0;
    for (const TeamMember &m : members) {
        m_onCall += !m.gone && m.onCall();
        m_withConcerns += !m.concerns.isEmpty();
    }
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
}

void TeamModel::tick()
{
    m_now = m_clock.now();
    if (m_ids.isEmpty())
        return;
    // Only the columns that count time: a re-sort on every column each second is not needed.
    emit dataChanged(index(0, Call), index(int(m_ids.size()) - 1, Call));
    emit dataChanged(index(0, Pause), index(int(m_ids.size()) - 1, Concern));
}

const TeamMember *TeamModel::memberAt(int row) const
{
    if (row < 0 || row >= m_boardIndex.size())
        return nullptr;
    return &m_board.members().at(m_boardIndex.at(row));
}

int TeamModel::rowOf(const QString &id) const
{
    return int(m_ids.indexOf(id));
}

int TeamModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int TeamModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Agent:
        return tr("Agent");
    case Extension:
        return tr("Extension");
    case Call:
        return tr("Call");
    case OtherParty:
        return tr("Other party");
    case Direction:
        return tr("Direction");
    case Recording:
        return tr("Recording");
    case Pause:
        return tr("Pause");
    case Concern:
        return tr("Concern");
    case Action:
        return tr("Action");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TeamModel::data(const QModelIndex &index, int role) const
{
    const TeamMember *m = index.isValid() ? memberAt(index.row()) : nullptr;
    if (!m)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*m, index.column(), m_now);
    case Qt::ToolTipRole:
        return toolTip(*m, index.column());
    case IdRole:
        return m->id;
    case SortRole:
        return sortKey(*m, index.column(), m_now);
    case ToneRole:
        return int(tone(*m, index.column()));
    case ConcernRole:
        return !m->concerns.isEmpty();
    case GoneRole:
        return m->gone;
    default:
        return {};
    }
}

QString TeamModel::text(const TeamMember &m, int column, const QDateTime &now) const
{
    const ObservedState &s = m.state;
    switch (Column(column)) {
    case Agent:
        return DisplayText::visible(s.agentName.isEmpty() ? m.id : s.agentName);
    case Extension:
        return DisplayText::visible(s.extension);
    case Call: {
        if (m.gone)
            return tr("Gone from the server's list");
        const QString length = duration(since(m.onCallSince, now));
        switch (s.call) {
        case CallState::None:
            return tr("No call");
        case CallState::Ringing:
            return tr("Ringing");
        case CallState::Talking:
            return tr("On a call %1").arg(length).trimmed();
        case CallState::Held:
            return tr("On hold %1").arg(length).trimmed();
        case CallState::Unknown:
            return tr("A call in a state not known %1").arg(length).trimmed();
        }
        return {};
    }
    case OtherParty:
        return m.onCall() ? DisplayText::number(s.remoteNumber) : QString();
    case Direction:
        if (!m.onCall())
            return {};
        switch (s.direction) {
        case recbar::Direction::Inbound:
            return tr("Inbound");
        case recbar::Direction::Outbound:
            return tr("Outbound");
        case recbar::Direction::Unknown:
            return {};
        }
        return {};
    case Recording: {
        QString words;
        switch (recordedOf(m)) {
        case Recorded::NoCall:
        case Recorded::Gone:
            return {};
        case Recorded::Off:
            words = tr("Not recording");
            break;
        case Recorded::Unknown:
            words = tr("Unknown");
            break;
        case Recorded::NotReported:
            words = tr("Not reported");
            break;
        case Recorded::Paused:
            words = tr("Paused");
            break;
        case Recorded::Recording:
            words = tr("Recording");
            break;
        }
        return words;
    }
    case Pause:
        if (m.gone || !m.pausedSince.isValid())
            return {};
        // No server documents a longest pause; the board's own limit is what it is held to.
        return tr("%1 of %2")
            .arg(duration(since(m.pausedSince, now)),
                 duration(std::chrono::seconds(m_board.options().pausedAfter).count()));
    case Concern: {
        QStringList concerns;
        for (TeamConcern concern : m.concerns)
            concerns.append(tr("%1 %2").arg(TeamText::concern(concern),
                                            duration(since(concernSince(m, concern), now))));
        return concerns.join(QStringLiteral(" · "));
    }
    case Action:
        if (m.pending)
            return tr("%1: waiting for the server").arg(TeamText::action(*m.pending));
        return m.failure.isEmpty() ? m.outcomeBrief : m.failure;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TeamModel::sortKey(const TeamMember &m, int column, const QDateTime &now) const
{
    switch (Column(column)) {
    case Call:
        return m.gone ? qint64(-2) : m.onCall() ? since(m.onCallSince, now) : qint64(-1);
    case Direction:
        return m.onCall() ? int(m.state.direction) : -1;
    case Recording:
        return int(recordedOf(m));
    case Pause:
        return m.gone ? qint64(-1) : since(m.pausedSince, now);
    case Concern:
        // The most urgent concern first, then the one that has lasted longest.
        if (m.concerns.isEmpty())
            return qint64(-1);
        return concernRank(m.concerns.first()) * 1'000'000'000 +
               since(concernSince(m, m.concerns.first()), now);
    case Agent:
    case Extension:
    case OtherParty:
    case Action:
        return text(m, column, now);
    case ColumnCount:
        break;
    }
    return {};
}

TeamModel::Tone TeamModel::tone(const TeamMember &m, int column) const
{
    if (m.gone)
        return Tone::Gone;
    switch (Column(column)) {
    case Recording:
        switch (recordedOf(m)) {
        case Recorded::NoCall:
            return Tone::Idle;
        case Recorded::Off:
            return Tone::NotRecording;
        case Recorded::Unknown:
        case Recorded::NotReported:
            return Tone::Unknown;
        case Recorded::Paused:
            return Tone::Paused;
        case Recorded::Recording:
            return Tone::Recording;
        case Recorded::Gone:
            return Tone::Gone;
        }
        return Tone::None;
    case Concern:
        return m.concerns.isEmpty() ? Tone::None : Tone::Trouble;
    case Action:
        return m.failure.isEmpty() ? Tone::None : Tone::Trouble;
    case Agent:
    case Extension:
    case Call:
    case OtherParty:
    case Direction:
    case Pause:
    case ColumnCount:
        break;
    }
    return Tone::None;
}

QString TeamModel::toolTip(const TeamMember &m, int column) const
{
    switch (Column(column)) {
    case Agent:
        return tr("%1, agent id %2")
            .arg(DisplayText::visible(m.state.agentName.isEmpty() ? m.id : m.state.agentName),
                 DisplayText::visible(m.id));
    case Recording: {
        // What the state rests on, where the server says: the cell keeps to the state's words.
        const QString words = text(m, column, m_now);
        const QString basis = DisplayText::visible(m.state.recordingNote);
        return basis.isEmpty() || words.isEmpty() ? words : tr("%1: %2").arg(words, basis);
    }
    case Pause:
        return m.gone || !m.pausedSince.isValid()
                   ? QString()
                   : tr("In a secure pause for %1; a pause longer than %2 is a concern")
                         .arg(
                             duration(since(m.pausedSince, m_now)),
                             duration(std::chrono::seconds(m_board.options().pausedAfter).count()));
    case OtherParty: // a number longer than the column holds is elided there
    case Concern:
        return text(m, column, m_now);
    case Action:
        // The cell has the start's outcome in brief; here in full.
        return m.pending || !m.failure.isEmpty() ? text(m, column, m_now) : m.outcome;
    case Extension:
    case Call:
    case Direction:
    case ColumnCount:
        break;
    }
    return {};
}

TeamFilterModel::TeamFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TeamModel::SortRole);
    setDynamicSortFilter(true);
}

void TeamFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void TeamFilterModel::setConcernsOnly(bool only)
{
    m_concernsOnly = only;
    invalidateFilter();
}

bool TeamFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const TeamModel *>(sourceModel());
    const TeamMember *m = model ? model->memberAt(sourceRow) : nullptr;
    if (!m || sourceParent.isValid())
        return false;
    if (m_concernsOnly && m->concerns.isEmpty())
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString &field :
         {m->id, m->state.agentName, m->state.extension, m->state.remoteNumber}) {
        if (field.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool TeamFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Concerns above the rest, gone agents below, in either order of the column: a descending
    // sort compares (right, left), so the group's answer is turned round with it.
    const auto group = [](const QModelIndex &i) {
        return i.data(TeamModel::GoneRole).toBool()      ? 2
               : i.data(TeamModel::ConcernRole).toBool() ? 0
                                                         : 1;
    };
    const int l = group(left);
    const int r = group(right);
    if (l != r)
        return sortOrder() == Qt::AscendingOrder ? l < r : l > r;
    const QVariant a = left.data(TeamModel::SortRole);
    const QVariant b = right.data(TeamModel::SortRole);
    if (a.typeId() == QMetaType::QString) {
        const int byText = QString::localeAwareCompare(a.toString(), b.toString());
        if (byText != 0)
            return byText < 0;
    } else if (a.toLongLong() != b.toLongLong()) {
        return a.toLongLong() < b.toLongLong();
    }
    // Equal keys keep a fixed order, the same in both directions, so that rows do not swap
    // places from one read to the next.
    return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
}

} // namespace recbar
