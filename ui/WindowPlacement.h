#pragma once

#include <QObject>
#include <QTimer>

class QSettings;
class QWidget;

namespace recbar {

// Where one of RecBar's windows was, kept per screen layout (a laptop alone and the same laptop
// at its desk are two layouts): put back when the window is first shown, saved once a move or
// resize has settled and when it is hidden. With `dock`, a window let go near a screen's edge
// moves flush against it.
class WindowPlacement : public QObject
{
    Q_OBJECT

public:
    WindowPlacement(QSettings &settings, QWidget *window, QString name, bool dock = false);

    // The screens as they are now, as a settings key: each one's geometry.
    static QString layoutKey();
    // How near an edge (in pixels) a window must be let go to be docked to it.
    static constexpr int kDockDistance = 24;
    // Where `frame` goes when let go: flush against an edge of `area` it is within
    // kDockDistance of, else where it is.
    static QPoint docked(const QRect &frame, const QRect &area);
    // Whether a place was kept for this layout (otherwise the window is where its owner put it).
    bool restored() const { return m_restored; }

    // The edges of `area` a frame is flush against, and where a frame of its size goes to be
    // flush against them again.
    enum Edge { Left = 1, Right = 2, Top = 4, Bottom = 8 };
    static int edges(const QRect &frame, const QRect &area);
    static QPoint atEdges(const QRect &frame, const QRect &area, int edges);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restore();
    void save();
    void redock();
    QString key() const;

    QSettings &m_settings;
    QWidget *m_window;
    QString m_name;
    bool m_dock;
    bool m_restored = false;
    bool m_redocked = false; // on the first show only: later, the agent places it
    QTimer m_settle{this};
};

} // namespace recbar
