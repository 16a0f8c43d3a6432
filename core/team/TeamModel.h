#pragma once

#include "TeamBoard.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace recbar {

// The team board as a table, one row per agent. A row keeps its place while the board reads
// again (an agent first seen is added at the end, a gone one stays), so a read never moves the
// supervisor's selection or scroll; the order shown is TeamFilterModel's.
class TeamModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Agent,
        Extension,
        Call,
        OtherParty,
        Direction,
        Recording,
        Pause,
        Concern,
        Action,
        ColumnCount
    };
    // How a cell's state looks: the bar's colours, chosen by ui/.
    enum class Tone { None, Recording, Paused, NotRecording, Unknown, Idle, Gone, Trouble };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;
    static constexpr int ToneRole = Qt::UserRole + 3;    // a Tone, as int
    static constexpr int ConcernRole = Qt::UserRole + 4; // bool: the agent has a concern
    static constexpr int GoneRole = Qt::UserRole + 5;

    explicit TeamModel(TeamBoard &board, Clock &clock = Clock::system(), QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const TeamMember *memberAt(int row) const;
    int rowOf(const QString &id) const;
    int onCall() const { return m_onCall; }
    int withConcerns() const { return m_withConcerns; }

    // Time has moved on: the lengths of calls, pauses and concerns are shown anew, as of now.
    void tick();

    static QString duration(qint64 seconds);

private:
    void follow();
    QString text(const TeamMember &m, int column, const QDateTime &now) const;
    QVariant sortKey(const TeamMember &m, int column, const QDateTime &now) const;
    Tone tone(const TeamMember &m, int column) const;
    QString toolTip(const TeamMember &m, int column) const;

    TeamBoard &m_board;
    Clock &m_clock;
    QStringList m_ids;       // by row
    QList<int> m_boardIndex; // by row: where the board keeps that agent now
    int m_onCall = 0;
    int m_withConcerns = 0;
    // Every length shown and sorted is against this one moment, taken at each read and tick:
    // a sort must not see the clock move between two comparisons.
    QDateTime m_now;
};

// What the supervisor asked to see, in the order asked, with every agent that has a concern
// above the rest (and the gone ones below) whichever column sorts.
class TeamFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TeamFilterModel(QObject *parent = nullptr);

    // Words in the name, id, extension or the other party's number.
    void setText(const QString &text);
    void setConcernsOnly(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    bool m_concernsOnly = false;
};

} // namespace recbar
