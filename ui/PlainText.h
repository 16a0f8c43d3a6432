#pragma once

#include <QString>

class QWidget;

namespace recbar {

// Text from outside - a server, a call, a certificate, a file, the library - is shown as text,
// never as markup: a caller number "<h2>Not recorded</h2>" must read as exactly that.
class PlainText
{
public:
    // Every QLabel under `root` shows plain text (call at the end of a window's constructor;
    // a label set later keeps it).
    static void enforce(QWidget *root);
    // For places Qt or the desktop may read as markup whatever is done (tooltips, the tray's
    // tooltip and notifications, which some notification servers render as HTML): the markup
    // characters become look-alikes that are never markup.
    static QString neutral(const QString &text);
};

} // namespace recbar
