#include "SortHeader.h"

#include <QHash>
#include <QImage>
#include <QPainter>
#include <QStyle>

namespace recbar {

SortHeader::SortHeader(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
}

bool SortHeader::drawsDown(const QStyle *style, QStyleOptionHeader::SortIndicator indicator)
{
    // Drawn once per style and indicator: an arrow pointing down has more of its pixels in
    // its upper half.
    static QHash<std::pair<const QStyle *, int>, bool> seen;
    const auto key = std::pair{style, int(indicator)};
    if (const auto it = seen.constFind(key); it != seen.constEnd())
        return *it;
    QImage image(32, 32, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QStyleOptionHeader option;
    option.rect = image.rect();
    option.sortIndicator = indicator;
    option.palette.setColor(QPalette::ButtonText, Qt::black);
    option.palette.setColor(QPalette::Text, Qt::black);
    option.palette.setColor(QPalette::WindowText, Qt::black);
    {
        QPainter painter(&image);
        style->drawPrimitive(QStyle::PE_IndicatorHeaderArrow, &option, &painter);
    }
    int top = -1;
    int bottom = -1;
    QList<int> widths(image.height(), 0);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            widths[y] += qAlpha(image.pixel(x, y)) > 64;
        if (widths[y] > 0) {
            bottom = y;
            if (top < 0)
                top = y;
        }
    }
    bool down = indicator == QStyleOptionHeader::SortDown; // nothing drawn: Qt's own meaning
    if (top >= 0 && bottom > top) {
        const int middle = (top + bottom + 1) / 2;
        int upper = 0;
        int lower = 0;
        for (int y = top; y <= bottom; ++y)
            (y < middle ? upper : lower) += widths[y];
        if (upper != lower)
            down = upper > lower;
    }
    seen.insert(key, down);
    return down;
}

QStyleOptionHeader::SortIndicator SortHeader::arrowFor(Qt::SortOrder order, const QStyle *style)
{
    const bool wantDown = order == Qt::DescendingOrder;
    return drawsDown(style, QStyleOptionHeader::SortDown) == wantDown ? QStyleOptionHeader::SortDown
                                                                      : QStyleOptionHeader::SortUp;
}

void SortHeader::initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const
{
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    if (option->sortIndicator != QStyleOptionHeader::None)
        option->sortIndicator = arrowFor(sortIndicatorOrder(), style());
}

} // namespace recbar
