#include "WindowPlacement.h"

#include <QCryptographicHash>
#include <QEvent>
#include <QGuiApplication>
#include <QRect>
#include <QScreen>
#include <QSettings>
#include <QWidget>

#include <algorithm>

namespace recbar {

WindowPlacement::WindowPlacement(QSettings &settings, QWidget *window, QString name, bool dock)
    : QObject(window)
    , m_settings(settings)
    , m_window(window)
    , m_name(std::move(name))
    , m_dock(dock)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(400);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        if (m_dock && m_window->isVisible() && m_window->screen()) {
            const QPoint to =
                docked(m_window->frameGeometry(), m_window->screen()->availableGeometry());
            if (to != m_window->frameGeometry().topLeft())
                m_window->move(to);
        }
        save();
    });
    window->installEventFilter(this);
    restore();
}

QString WindowPlacement::layoutKey()
{
    QStringList screens;
    for (const QScreen *screen : QGuiApplication::screens()) {
        const QRect g = screen->geometry();
        screens << QStringLiteral("%1x%2+%3+%4@%5")
                       .arg(g.width())
                       .arg(g.height())
                       .arg(g.x())
                       .arg(g.y())
                       .arg(screen->devicePixelRatio());
    }
    screens.sort();
    return QString::fromLatin1(
        QCryptographicHash::hash(screens.join(u';').toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(12));
}

QPoint WindowPlacement::docked(const QRect &frame, const QRect &area)
{
    QPoint to = frame.topLeft();
    if (std::abs(frame.left() - area.left()) <= kDockDistance)
        to.setX(area.left());
    else if (std::abs(frame.right() - area.right()) <= kDockDistance)
        to.setX(area.right() - frame.width() + 1);
    if (std::abs(frame.top() - area.top()) <= kDockDistance)
        to.setY(area.top());
    else if (std::abs(frame.bottom() - area.bottom()) <= kDockDistance)
        to.setY(area.bottom() - frame.height() + 1);
    return to;
}

int WindowPlacement::edges(const QRect &frame, const QRect &area)
{
    int out = 0;
    if (frame.left() == area.left())
        out |= Left;
    else if (frame.right() == area.right())
        out |= Right;
    if (frame.top() == area.top())
        out |= Top;
    else if (frame.bottom() == area.bottom())
        out |= Bottom;
    return out;
}

QPoint WindowPlacement::atEdges(const QRect &frame, const QRect &area, int edges)
{
    QPoint to = frame.topLeft();
    if (edges & Left)
        to.setX(area.left());
    else if (edges & Right)
        to.setX(area.right() - frame.width() + 1);
    if (edges & Top)
        to.setY(area.top());
    else if (edges & Bottom)
        to.setY(area.bottom() - frame.height() + 1);
    return to;
}

QString WindowPlacement::key() const
{
    return QStringLiteral("windows/%1/%2").arg(layoutKey(), m_name);
}

// Kept as the frame's position and the window's size: restoreGeometry() put the window a
// frame's height lower at every start on X11. A place saved by an older RecBar (saveGeometry's
// bytes) is still read once.
void WindowPlacement::restore()
{
    const QVariant kept = m_settings.value(key());
    if (kept.typeId() == QMetaType::QByteArray) {
        m_restored = m_window->restoreGeometry(kept.toByteArray());
        return;
    }
    const QRect place = kept.toRect();
    if (!place.isValid())
        return;
    // On a screen that is there (the one it was on, else the primary), wholly.
    const QScreen *screen = QGuiApplication::screenAt(place.center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect area = screen->availableGeometry();
    const QSize size = place.size().boundedTo(area.size());
    m_window->resize(size);
    m_window->move(std::clamp(place.x(), area.left(), area.right() - size.width() + 1),
                   std::clamp(place.y(), area.top(), area.bottom() - size.height() + 1));
    m_restored = true;
}

void WindowPlacement::save()
{
    m_settings.setValue(key(), QRect(m_window->pos(), m_window->size()));
    if (m_dock && m_window->screen())
        m_settings.setValue(
            key() + QStringLiteral("-edges"),
            edges(m_window->frameGeometry(), m_window->screen()->availableGeometry()));
}

// A docked window comes back against its edges, whatever its height now (the bar's follows its
// text) and whatever frame the window manager adds, which the saved geometry cannot know.
void WindowPlacement::redock()
{
    const int kept = m_settings.value(key() + QStringLiteral("-edges"), 0).toInt();
    if (kept == 0 || !m_window->isVisible() || !m_window->screen())
        return;
    const QPoint to =
        atEdges(m_window->frameGeometry(), m_window->screen()->availableGeometry(), kept);
    if (to != m_window->frameGeometry().topLeft())
        m_window->move(to);
}

bool WindowPlacement::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        switch (event->type()) {
        case QEvent::Move:
        case QEvent::Resize:
            if (m_window->isVisible())
                m_settle.start();
            break;
        case QEvent::Hide:
            save();
            break;
        case QEvent::Show:
            if (m_dock && m_restored && !m_redocked) {
                m_redocked = true;
                QTimer::singleShot(0, this, &WindowPlacement::redock);
            }
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace recbar
