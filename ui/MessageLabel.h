#pragma once

#include <QLabel>

namespace recbar {

// Messages under a form (what is missing, what is wrong), wrapped to the form's width and
// always given the height they need: the window grows for them instead of cutting a line off.
class MessageLabel : public QLabel
{
    Q_OBJECT

public:
    explicit MessageLabel(QWidget *parent = nullptr);

    void setMessages(const QStringList &messages);
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace recbar
