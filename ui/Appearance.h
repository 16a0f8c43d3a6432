#pragma once

#include <QPalette>
#include <QString>
#include <QWidget>

namespace recbar {

// How the whole app looks: the desktop's own style and palette ("system"), or RecBar's light,
// dark or high-contrast palette on the Fusion style. Switching back to "system" restores what
// the desktop gave at start.
class Appearance
{
public:
    static void apply(const QString &name);
    // The palettes themselves, for tests and screenshots.
    static QPalette palette(const QString &name);
    // Red that reads on this palette's window (at least 4.5:1), for a problem written in a form.
    static QColor errorText(const QPalette &palette);
    // Makes a label's text that red.
    static void showAsError(QWidget *label);
};

} // namespace recbar
