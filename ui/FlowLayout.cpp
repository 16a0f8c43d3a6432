#include "FlowLayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace recbar {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

int FlowLayout::gap(Qt::Orientation orientation) const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *parent = parentWidget();
    if (!parent)
        return 6;
    return parent->style()->pixelMetric(orientation == Qt::Horizontal
                                            ? QStyle::PM_LayoutHorizontalSpacing
                                            : QStyle::PM_LayoutVerticalSpacing,
                                        nullptr, parent);
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: everything else can wrap.
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width ? gap(Qt::Horizontal) : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int hGap = gap(Qt::Horizontal);
    const int vGap = gap(Qt::Vertical);
    QList<QLayoutItem *> visible;
    for (QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            visible.append(item);
    }
    int y = area.y();
    qsizetype first = 0;
    while (first < visible.size()) {
        // As many items as fit at their minimum width (at least one, however narrow the row).
        qsizetype end = first;
        int minimum = 0;
        int preferred = 0;
        int rowHeight = 0;
        while (end < visible.size()) {
            const int gapBefore = end > first ? hGap : 0;
            const int needed = minimum + gapBefore + visible[end]->minimumSize().width();
            if (end > first && needed > area.width())
                break;
            minimum = needed;
            preferred += gapBefore + visible[end]->sizeHint().width();
            rowHeight = std::max(rowHeight, visible[end]->sizeHint().height());
            ++end;
        }
        if (apply) {
            // Between the minimum and the preferred width, each gets its share of what there
            // is; beyond the preferred, the expanding ones grow to their maximum, in order.
            const int available = std::max(area.width(), minimum);
            const double share =
                preferred > minimum
                    ? std::min(1.0, double(available - minimum) / double(preferred - minimum))
                    : 1.0;
            int spare = std::max(0, available - preferred);
            int x = area.x();
            for (qsizetype i = first; i < end; ++i) {
                QLayoutItem *item = visible[i];
                const int low = item->minimumSize().width();
                const int high = std::max(low, item->sizeHint().width());
                int w = low + int((high - low) * share);
                if (item->expandingDirections() & Qt::Horizontal) {
                    const int grow = std::min(spare, item->maximumSize().width() - w);
                    if (grow > 0) {
                        w += grow;
                        spare -= grow;
                    }
                }
                const int h = item->sizeHint().height();
                item->setGeometry(QRect(x, y + (rowHeight - h) / 2, w, h));
                x += w + hGap;
            }
        }
        y += rowHeight + vGap;
        first = end;
    }
    const int height = visible.isEmpty() ? 0 : y - vGap - area.y();
    const QMargins m = contentsMargins();
    return height + m.top() + m.bottom();
}

} // namespace recbar
