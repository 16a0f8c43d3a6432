#pragma once

#include <QHeaderView>

namespace recbar {

// A table header whose sort arrow points the way the values go: down when the newest (or the
// largest) is first. Qt's own header draws Qt::DescendingOrder as "sort up" in most styles.
class SortHeader : public QHeaderView
{
    Q_OBJECT

public:
    explicit SortHeader(QWidget *parent = nullptr);

    static QStyleOptionHeader::SortIndicator arrowFor(Qt::SortOrder order);

protected:
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override;
};

} // namespace recbar
