#include "ListTable.h"

#include "SortHeader.h"

#include <QHeaderView>
#include <QTableView>

namespace recbar {

void ListTable::setUp(QTableView *table, QAbstractItemModel *model, int sortColumn,
                      Qt::SortOrder order, QAbstractItemView::SelectionMode selection)
{
    table->setHorizontalHeader(new SortHeader(table));
    table->setModel(model);
    table->setSortingEnabled(true);
    table->sortByColumn(sortColumn, order);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(selection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
}

int ListTable::fits(const QTableView *table, const QString &sample)
{
    const QFontMetrics metrics = table->fontMetrics();
    return metrics.horizontalAdvance(sample) + metrics.horizontalAdvance(u'M');
}

void ListTable::setWidths(QTableView *table, std::initializer_list<std::pair<int, int>> widths)
{
    const int em = table->fontMetrics().horizontalAdvance(u'M');
    for (const auto &[column, width] : widths) {
        const QString header =
            table->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        table->setColumnWidth(column, std::max(width, fits(table, header) + em));
    }
}

} // namespace recbar
