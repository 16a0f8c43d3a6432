#include "LibraryModel.h"

#include "RecordingIndex.h"
#include "domain/AgentSnapshot.h"
#include "domain/DisplayText.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace recbar {

namespace {

// The view's columns in order (LibraryModel::Column), then what the view shows with them.
const char *const kColumns[] = {"start_time",   "duration_ms",   "agent",         "direction",
                                "local_number", "remote_number", "file_name",     "tags",
                                "reason_code",  "has_pauses",    "cards_outside", "on_disk",
                                "reviewed_at",  "notes"};
static_assert(std::size(kColumns) == LibraryModel::ColumnCount);
// In the query after the view's columns (the id is first).
constexpr int kReviewedByColumn = LibraryModel::ColumnCount + 1;
constexpr int kAudioStateColumn = LibraryModel::ColumnCount + 2;
constexpr int kCardsInsideColumn = LibraryModel::ColumnCount + 3;

QString columnList()
{
    QStringList names;
    for (const char *column : kColumns)
        names.append(QLatin1String(column));
    return names.join(QStringLiteral(", "));
}

// LIKE with the user's text taken literally.
QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

LibraryModel::LibraryModel(RecordingIndex &index, QObject *parent)
    : QSqlQueryModel(parent)
    , m_index(index)
{}

QString LibraryModel::whereClause(QVariantList *bind) const
{
    QStringList where;
    const LibraryFilter &f = m_filter;
    for (const QString &word : f.text.split(u' ', Qt::SkipEmptyParts)) {
        where << QStringLiteral("search_text LIKE ? ESCAPE '\\'");
        bind->append(likePattern(word));
    }
    if (f.from.isValid()) {
        where << QStringLiteral("start_time >= ?");
        bind->append(f.from.startOfDay().toMSecsSinceEpoch());
    }
    if (f.to.isValid()) {
        where << QStringLiteral("start_time < ?");
        bind->append(f.to.addDays(1).startOfDay().toMSecsSinceEpoch());
    }
    if (!f.agent.isEmpty()) {
        where << QStringLiteral("lower(agent) LIKE ? ESCAPE '\\'");
        bind->append(likePattern(f.agent));
    }
    if (!f.number.isEmpty()) {
        where << QStringLiteral(
            "(remote_number LIKE ? ESCAPE '\\' OR local_number LIKE ? ESCAPE '\\')");
        bind->append(likePattern(f.number));
        bind->append(likePattern(f.number));
    }
    if (f.direction) {
        where << QStringLiteral("direction = ?");
        bind->append(int(*f.direction));
    }
    if (!f.tag.isEmpty()) {
        where << QStringLiteral("lower(tags) LIKE ? ESCAPE '\\'");
        bind->append(likePattern(u'|' + f.tag + u'|'));
    }
    if (!f.metadata.isEmpty()) {
        where << QStringLiteral("lower(metadata) LIKE ? ESCAPE '\\'");
        bind->append(likePattern(f.metadata));
    }
    if (f.withPauses)
        where << QStringLiteral("has_pauses = 1");
    if (f.notReviewed)
        where << QStringLiteral("reviewed_at IS NULL");
    if (f.cardsOutsidePause)
        where << QStringLiteral("cards_outside > 0");
    return where.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

void LibraryModel::refresh()
{
    QVariantList bindings;
    const QString sql =
        QStringLiteral("SELECT id, %1, reviewed_by, audio_state, cards_inside FROM recordings")
            .arg(columnList()) +
        whereClause(&bindings) +
        QStringLiteral(" ORDER BY %1 %2, id DESC")
            .arg(QLatin1String(kColumns[m_sortColumn]), m_sortOrder == Qt::AscendingOrder
                                                            ? QStringLiteral("ASC")
                                                            : QStringLiteral("DESC"));
    // On the connection the rows shown now are not read from: it sees every write since.
    const int slot = 1 - m_slot;
    QSqlQuery query(m_index.listDatabase(slot));
    query.setForwardOnly(false);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(bindings))
        query.addBindValue(value);
    if (!query.exec()) {
        clear();
        emit failed(RecordingIndex::describe(query.lastError()));
        return;
    }
    setQuery(std::move(query));
    m_slot = slot;
}

void LibraryModel::setFilter(const LibraryFilter &filter)
{
    if (filter == m_filter && query().isActive())
        return;
    m_filter = filter;
    refresh();
}

void LibraryModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

qint64 LibraryModel::idAt(int row) const
{
    return QSqlQueryModel::data(index(row, 0), Qt::DisplayRole).toLongLong();
}

QList<qint64> LibraryModel::allIds() const
{
    QVariantList bindings;
    QSqlQuery query(m_index.listDatabase(1 - m_slot));
    query.prepare(QStringLiteral("SELECT id FROM recordings") + whereClause(&bindings));
    for (const QVariant &value : std::as_const(bindings))
        query.addBindValue(value);
    QList<qint64> ids;
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

qint64 LibraryModel::matchingCount() const
{
    QVariantList bindings;
    QSqlQuery query(m_index.listDatabase(1 - m_slot));
    query.prepare(QStringLiteral("SELECT count(*) FROM recordings") + whereClause(&bindings));
    for (const QVariant &value : std::as_const(bindings))
        query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

AudioState LibraryModel::audioStateAt(int row) const
{
    const int stored =
        QSqlQueryModel::data(createIndex(row, kAudioStateColumn), Qt::DisplayRole).toInt();
    return stored == int(AudioState::CutOff)       ? AudioState::CutOff
           : stored == int(AudioState::Unreadable) ? AudioState::Unreadable
                                                   : AudioState::Fine;
}

QVariant LibraryModel::data(const QModelIndex &item, int role) const
{
    if (!item.isValid())
        return {};
    // Column 0 of the query is the id; the view's columns start at 1 (and go one past
    // columnCount(), so index() would refuse the last).
    const QVariant raw =
        QSqlQueryModel::data(createIndex(item.row(), item.column() + 1), Qt::DisplayRole);
    if (role == IdRole)
        return idAt(item.row());
    if (role == Qt::ToolTipRole && item.column() == Where) {
        switch (raw.toBool() ? audioStateAt(item.row()) : AudioState::Fine) {
        case AudioState::CutOff:
            return tr("The file ends before its header says it does: it was cut off; what is "
                      "there plays");
        case AudioState::Unreadable:
            return tr("The file cannot be read as audio");
        case AudioState::Fine:
            return {};
        }
        return {};
    }
    if (item.column() == Cards && role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return cardsData(item.row(), raw, role);
    if (role == Qt::TextAlignmentRole && (item.column() == Duration || item.column() == Start))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (item.column()) {
    case Start:
        return raw.isNull() ? QString()
                            : QLocale().toString(
                                  QDateTime::fromMSecsSinceEpoch(raw.toLongLong()).toLocalTime(),
                                  QLocale::ShortFormat);
    case Duration:
        return SnapshotText::duration(raw.toLongLong() / 1000);
    case Direction:
        switch (directionFromNumber(raw.toInt())) {
        case recbar::Direction::Inbound:
            return tr("In");
        case recbar::Direction::Outbound:
            return tr("Out");
        case recbar::Direction::Unknown:
            return QString();
        }
        return QString();
    case Tags:
        return DisplayText::visible(
            raw.toString().split(u'|', Qt::SkipEmptyParts).join(QStringLiteral(", ")));
    case Local:
    case Remote:
        return DisplayText::number(raw.toString());
    case Agent:
    case FileName:
    case Reason:
    case Notes:
        return DisplayText::visible(raw.toString());
    case Pauses:
        return raw.toBool() ? tr("Paused") : QString();
    case Cards:
        return cardsData(item.row(), raw, role);
    case Where:
        if (!raw.toBool())
            return tr("On the server");
        switch (audioStateAt(item.row())) {
        case AudioState::CutOff:
            return tr("Cut off");
        case AudioState::Unreadable:
            return tr("Unreadable");
        case AudioState::Fine:
            return tr("On disk");
        }
        return QString();
    case Reviewed: {
        if (raw.isNull())
            return QString();
        const QString who =
            QSqlQueryModel::data(createIndex(item.row(), kReviewedByColumn), Qt::DisplayRole)
                .toString();
        return tr("%1, %2").arg(
            who, QLocale().toString(
                     QDateTime::fromMSecsSinceEpoch(raw.toLongLong()).toLocalTime().date(),
                     QLocale::ShortFormat));
    }
    default:
        return raw;
    }
}

// Whether a card number was heard: outside a pause (what a supervisor looks for), only
// inside one (the pause worked), none, or not listened for yet (empty).
QVariant LibraryModel::cardsData(int row, const QVariant &outside, int role) const
{
    if (outside.isNull())
        return role == Qt::ToolTipRole ? tr("Not scanned for spoken card numbers yet") : QVariant();
    const int inside =
        QSqlQueryModel::data(createIndex(row, kCardsInsideColumn), Qt::DisplayRole).toInt();
    const int heard = outside.toInt();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return heard > 0    ? tr("Heard outside a pause")
               : inside > 0 ? tr("Kept out by a pause")
                            : tr("None heard");
    case Qt::ToolTipRole:
        return heard > 0
                   ? tr("A card number was heard %n time(s) while recording ran", nullptr, heard)
               : inside > 0 ? tr("A card number was spoken only while the recording was paused")
                            : tr("No spoken card number was heard");
    case CardsOutsideRole:
        return heard;
    default:
        return {};
    }
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSqlQueryModel::headerData(section, orientation, role);
    switch (section) {
    case Start:
        return tr("Date");
    case Duration:
        return tr("Length");
    case Agent:
        return tr("Agent");
    case Direction:
        return tr("Direction");
    case Local:
        return tr("Line");
    case Remote:
        return tr("Number");
    case FileName:
        return tr("File");
    case Tags:
        return tr("Tags");
    case Reason:
        return tr("Reason");
    case Pauses:
        return tr("Pauses");
    case Cards:
        return tr("Card number");
    case Where:
        return tr("Audio");
    case Reviewed:
        return tr("Reviewed");
    case Notes:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace recbar
