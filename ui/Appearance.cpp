#include "Appearance.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace recbar {

namespace {

struct SystemLook
{
    QString style;
    QPalette palette;
};

// What the desktop gave, kept before the first change.
const SystemLook &systemLook()
{
    static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

QPalette make(const QColor &window, const QColor &text, const QColor &base, const QColor &button,
              const QColor &highlight, const QColor &highlightedText, const QColor &disabled,
              const QColor &link, const QColor &frame)
{
    QPalette p;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool off = group == QPalette::Disabled;
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, off ? disabled : text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, button);
        p.setColor(group, QPalette::Text, off ? disabled : text);
        p.setColor(group, QPalette::PlaceholderText, disabled);
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, off ? disabled : text);
        p.setColor(group, QPalette::BrightText, highlight);
        p.setColor(group, QPalette::Highlight, highlight);
        p.setColor(group, QPalette::HighlightedText, highlightedText);
        p.setColor(group, QPalette::ToolTipBase, button);
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::Link, link);
        p.setColor(group, QPalette::LinkVisited, link);
        // Fusion draws frames and bevels from these.
        p.setColor(group, QPalette::Light, frame);
        p.setColor(group, QPalette::Midlight, frame);
        p.setColor(group, QPalette::Mid, frame);
        p.setColor(group, QPalette::Dark, frame);
        p.setColor(group, QPalette::Shadow, frame);
    }
    return p;
}

} // namespace

QPalette Appearance::palette(const QString &name)
{
    if (name == u"dark")
        return make(QColor(0x2b, 0x2b, 0x2b), QColor(0xee, 0xee, 0xee), QColor(0x1e, 0x1e, 0x1e),
                    QColor(0x3a, 0x3a, 0x3a), QColor(0x2a, 0x64, 0xb8), Qt::white,
                    QColor(0x9a, 0x9a, 0x9a), QColor(0x8a, 0xb4, 0xf8), QColor(0x5a, 0x5a, 0x5a));
    // Black and white, yellow for focus and selection: every pair at least 10:1.
    if (name == u"high-contrast")
        return make(Qt::black, Qt::white, Qt::black, Qt::black, QColor(0xff, 0xff, 0x00), Qt::black,
                    QColor(0xc8, 0xc8, 0xc8), QColor(0x00, 0xff, 0xff), Qt::white);
    if (name == u"light") {
        QPalette p = std::unique_ptr<QStyle>(QStyleFactory::create(QStringLiteral("Fusion")))
                         ->standardPalette();
        p.setColor(QPalette::Highlight, QColor(0x1d, 0x5f, 0xa3)); // Fusion's blue: 3.7:1
        return p;
    }
    return systemLook().palette;
}

void Appearance::apply(const QString &name)
{
    const SystemLook &system = systemLook();
    const bool own = name == u"light" || name == u"dark" || name == u"high-contrast";
    if (!own && QApplication::style()->name() == system.style &&
        QApplication::palette() == system.palette)
        return; // as the desktop made it: nothing to undo
    QApplication::setStyle(own ? QStringLiteral("Fusion") : system.style);
    QApplication::setPalette(palette(own ? name : QStringLiteral("system")));
    // Fusion draws field outlines and check boxes a shade darker than the window: on black, in
    // black. High contrast draws them in white, and focus in yellow.
    qApp->setStyleSheet(
        name == u"high-contrast"
            ? QStringLiteral("QLineEdit, QAbstractSpinBox, QComboBox, QListView, QTableView,"
                             " QPlainTextEdit { border: 1px solid white; }"
                             " QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus,"
                             " QPlainTextEdit:focus { border: 2px solid yellow; }"
                             " QCheckBox::indicator { width: 12px; height: 12px;"
                             " border: 1px solid white; background: black; }"
                             " QCheckBox::indicator:checked { background: white; }"
                             " QCheckBox::indicator:disabled { border-color: #c8c8c8; }"
                             " QCheckBox:focus { border: 1px solid yellow; }")
            : QString());
}

QColor Appearance::errorText(const QPalette &palette)
{
    // #b71c1c on light windows (6.6:1 on white), #ff8a80 on dark ones (7.4:1 on #202020).
    return palette.color(QPalette::Window).lightness() >= 128 ? QColor(0xb7, 0x1c, 0x1c)
                                                              : QColor(0xff, 0x8a, 0x80);
}

void Appearance::showAsError(QWidget *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, errorText(palette));
    label->setPalette(palette);
}

} // namespace recbar
