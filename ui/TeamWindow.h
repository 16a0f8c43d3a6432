#pragma once

#include "team/TeamModel.h"

#include <QMainWindow>
#include <QTimer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace recbar {

// The supervisor's team board: every agent's call and recording, those with a concern on top
// in words and colour, filtered and sorted like the library, and the two actions a supervisor
// takes on an agent's call. The board reads more often while this window is shown.
class TeamWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit TeamWindow(TeamBoard &board, Clock &clock = Clock::system(),
                        QWidget *parent = nullptr);
    ~TeamWindow() override;

    QTableView *table() const { return m_table; }
    QLineEdit *filterText() const { return m_filter; }
    QCheckBox *concernsOnly() const { return m_concernsOnly; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *endPauseButton() const { return m_endPause; }
    TeamFilterModel *rows() const { return m_rows; }
    // The agent of the selected row, or empty.
    QString currentAgent() const;
    void selectAgent(const QString &id);

    // Takes the action on the selected agent. Ending a pause asks first (the agent may be
    // reading out a card number), and so does an action the server carries out in more steps.
    void act(TeamAction action);
    // A question asked before an action: ending a pause, or what a server does first.
    struct Question
    {
        QString title;
        QString text;
        QString doIt;
        QString keep; // the default: Enter and Esc keep things as they are
    };
    // Asks, and calls `yes` if the answer is to go ahead; replaced by tests, which answer
    // themselves.
    using Confirm = std::function<void(const Question &, std::function<void()> yes)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *makeFilters();
    void makeTable();
    QWidget *makeActions();
    void refresh();
    void showActions();

    TeamBoard &m_board;
    TeamModel *m_model;
    TeamFilterModel *m_rows;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_concernsOnly = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_endPause = nullptr;
    QLabel *m_read = nullptr;
    QTimer m_tick{this};
    Confirm m_confirm;
};

} // namespace recbar
