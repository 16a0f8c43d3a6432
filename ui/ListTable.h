#pragma once

#include <QAbstractItemView>

#include <utility>

class QTableView;

namespace recbar {

// The tables RecBar lists things in (recordings, agents): sorted from a header whose arrow points
// the way the values go, whole rows selected, rows shaded in turn and one line tall, the last
// column taking what is left, and each column as wide as what it shows.
class ListTable
{
public:
    static void setUp(QTableView *table, QAbstractItemModel *model, int sortColumn,
                      Qt::SortOrder order, QAbstractItemView::SelectionMode selection);
    // What `sample` needs in the table's font, with the cell's margins.
    static int fits(const QTableView *table, const QString &sample);
    // Each column at least its width, and never narrower than its header's word and sort arrow.
    static void setWidths(QTableView *table, std::initializer_list<std::pair<int, int>> widths);
};

} // namespace recbar
