#include "SortHeader.h"

#include <QStyleOptionHeader>

namespace recbar {

SortHeader::SortHeader(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
}

QStyleOptionHeader::SortIndicator SortHeader::arrowFor(Qt::SortOrder order)
{
    return order == Qt::DescendingOrder ? QStyleOptionHeader::SortDown : QStyleOptionHeader::SortUp;
}

void SortHeader::initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const
{
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    if (option->sortIndicator != QStyleOptionHeader::None)
        option->sortIndicator = arrowFor(sortIndicatorOrder());
}

} // namespace recbar
