#include "PlainText.h"

#include <QLabel>

namespace recbar {

void PlainText::enforce(QWidget *root)
{
    for (QLabel *label : root->findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
}

QString PlainText::neutral(const QString &text)
{
    QString out = text;
    out.replace(u'<', u'\u2039').replace(u'>', u'\u203A').replace(u'&', u'\uFF06');
    return out;
}

} // namespace recbar
