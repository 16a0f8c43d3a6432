#pragma once

#include <QLayout>
#include <QList>

namespace recbar {

// Lays its items out in a row and wraps to further rows when the row is too narrow for their
// minimum widths, like words in a paragraph. On a row, items get from their minimum up to their
// preferred width as room allows; what is left goes to the horizontally expanding ones (up to
// their maximum). A window with many filters then fits a small screen without hiding any.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (only measures unless `apply`); returns the height used.
    int arrange(const QRect &rect, bool apply) const;
    int gap(Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
};

} // namespace recbar
