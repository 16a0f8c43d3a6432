#pragma once

#include <QHeaderView>
#include <QStyleOptionHeader>

namespace recbar {

// A table header whose sort arrow points the way the values go: down when the newest (or the
// largest) is first. Styles disagree on what "sort up" looks like (Fusion draws an up arrow,
// Windows' own style a down one), so the header asks its style how it draws each.
class SortHeader : public QHeaderView
{
    Q_OBJECT

public:
    explicit SortHeader(QWidget *parent = nullptr);

    // The indicator that this style draws pointing down for a descending order, up otherwise.
    static QStyleOptionHeader::SortIndicator arrowFor(Qt::SortOrder order, const QStyle *style);
    // Whether `style` draws `indicator` as an arrow pointing down (its pixels widen downwards).
    static bool drawsDown(const QStyle *style, QStyleOptionHeader::SortIndicator indicator);

protected:
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override;
};

} // namespace recbar
