#include "MessageLabel.h"

#include "Appearance.h"

#include <QResizeEvent>

namespace recbar {

MessageLabel::MessageLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    Appearance::showAsError(this);
    hide();
}

void MessageLabel::setMessages(const QStringList &messages)
{
    const QString text = messages.join(u'\n');
    if (text == this->text())
        return;
    setText(text);
    setVisible(!messages.isEmpty());
    updateGeometry();
}

// A wrapped label's own minimum is one short line; a layout that believes it cuts the rest off.
QSize MessageLabel::minimumSizeHint() const
{
    QSize size = QLabel::minimumSizeHint();
    if (isVisible() && width() > 0 && !text().isEmpty())
        size.setHeight(std::max(size.height(), heightForWidth(width())));
    return size;
}

void MessageLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        updateGeometry();
}

} // namespace recbar
