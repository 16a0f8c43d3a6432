#pragma once

#include "RecordingEntry.h"
#include "domain/Direction.h"

#include <QDate>
#include <QSqlQueryModel>

#include <optional>

namespace recbar {

class RecordingIndex;

struct LibraryFilter
{
    QString text{}; // words anywhere: numbers, agent, tags, call data, notes, file name
    QDate from{};
    QDate to{};
    QString agent{};
    QString number{};
    std::optional<recbar::Direction> direction{}; // any when empty
    QString tag{};
    QString metadata{};
    bool withPauses = false;
    bool notReviewed = false;
    bool cardsOutsidePause = false; // a spoken card number heard outside a pause

    bool operator==(const LibraryFilter &other) const = default;
};

// The library as a table, read a window at a time from SQLite (never all rows in memory),
// filtered and sorted in SQL.
class LibraryModel : public QSqlQueryModel
{
    Q_OBJECT

public:
    enum Column {
        Start,
        Duration,
        Agent,
        Direction,
        Local,
        Remote,
        FileName,
        Tags,
        Reason,
        Pauses,
        Cards,
        Where,
        Reviewed,
        Notes,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    // In the Cards column: how many card numbers were heard outside a pause (null: not scanned).
    static constexpr int CardsOutsideRole = Qt::UserRole + 2;

    explicit LibraryModel(RecordingIndex &index, QObject *parent = nullptr);

    void setFilter(const LibraryFilter &filter);
    LibraryFilter filter() const { return m_filter; }
    void sort(int column, Qt::SortOrder order) override;
    void refresh();
    qint64 idAt(int row) const;
    // Every matching row's id (for export); reads all ids, not all rows.
    QList<qint64> allIds() const;
    // How many rows match the filter (the model itself reads them a window at a time).
    qint64 matchingCount() const;
    AudioState audioStateAt(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void failed(const QString &message);

private:
    QVariant cardsData(int row, const QVariant &outside, int role) const;
    QString whereClause(QVariantList *bindings) const;

    RecordingIndex &m_index;
    LibraryFilter m_filter;
    int m_sortColumn = Start;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_slot = 1; // RecordingIndex::listDatabase the rows shown are read from
};

} // namespace recbar
