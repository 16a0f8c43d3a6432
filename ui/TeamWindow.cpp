#include "TeamWindow.h"

#include "FlowLayout.h"
#include "ListTable.h"
#include "PlainText.h"
#include "StatePresentation.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace recbar {

namespace {

// A cell whose state has a colour (the recording, a concern, a failed action) wears the bar's:
// the same red for recording, amber for paused, grey for not recording.
class ToneDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto tone = TeamModel::Tone(index.data(TeamModel::ToneRole).toInt());
        std::optional<Presentation::Tone> bar;
        switch (tone) {
        case TeamModel::Tone::Recording:
            bar = Presentation::Tone::Recording;
            break;
        case TeamModel::Tone::Paused:
            bar = Presentation::Tone::Paused;
            break;
        case TeamModel::Tone::NotRecording:
            bar = Presentation::Tone::NotRecording;
            break;
        case TeamModel::Tone::Unknown:
            bar = Presentation::Tone::Disconnected;
            break;
        case TeamModel::Tone::Trouble:
            bar = Presentation::Tone::Error;
            break;
        case TeamModel::Tone::None:
        case TeamModel::Tone::Idle:
            break;
        case TeamModel::Tone::Gone:
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::Disabled, QPalette::Text));
            break;
        }
        if (!bar || index.data().toString().isEmpty())
            return;
        const Presentation::Colors colors = StatePresentation::colors(*bar);
        option->backgroundBrush = colors.band;
        option->palette.setColor(QPalette::Text, colors.text);
        option->font.setBold(tone == TeamModel::Tone::Trouble);
    }
};

} // namespace

TeamWindow::TeamWindow(TeamBoard &board, Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_board(board)
    , m_model(new TeamModel(board, clock, this))
    , m_rows(new TeamFilterModel(this))
    , m_confirm([this](const Question &q, std::function<void()> yes) {
        // Window-modal and without a nested event loop: a sign-out meanwhile deletes the window
        // and its question with it, and nothing runs on a board that is gone.
        auto *box =
            new QMessageBox(QMessageBox::Warning, q.title, q.text, QMessageBox::NoButton, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        QPushButton *doIt = box->addButton(q.doIt, QMessageBox::AcceptRole);
        QPushButton *keep = box->addButton(q.keep, QMessageBox::RejectRole);
        box->setDefaultButton(keep); // Enter keeps things as they are
        box->setEscapeButton(keep);
        connect(box, &QMessageBox::buttonClicked, this, [doIt, yes](QAbstractButton *clicked) {
            if (clicked == doIt)
                yes();
        });
        box->open();
    })
{
    setAccessibleName(tr("Team board"));
    m_rows->setSourceModel(m_model);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeFilters());
    makeTable();
    layout->addWidget(m_table, 1);
    layout->addWidget(makeActions());
    setCentralWidget(central);
    m_read = new QLabel(this);
    m_read->setAccessibleName(tr("Last read of the agent list"));
    statusBar()->addPermanentWidget(m_read);

    connect(&board, &TeamBoard::changed, this, &TeamWindow::refresh);
    connect(&board, &TeamBoard::actionFinished, this,
            [this](const QString &, TeamAction action, bool succeeded, const QString &message,
                   const QString &origin) {
                if (origin != CommandOrigin::kTeam)
                    return;
                statusBar()->showMessage(
                    succeeded ? tr("%1: done").arg(TeamText::action(action)) : message, 10'000);
            });
    connect(&board, &TeamBoard::actionRefused, this,
            [this](const QString &, TeamAction, const QString &why, const QString &origin) {
                if (origin == CommandOrigin::kTeam)
                    statusBar()->showMessage(why, 10'000);
            });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_model->tick();
        showActions();
    });

    QSize size(1000, 600);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);
    refresh();
    PlainText::enforce(this);
    m_table->setFocus(); // the list first: arrows move through agents, Tab reaches the rest
}

TeamWindow::~TeamWindow()
{
    m_board.setOpen(false);
}

QWidget *TeamWindow::makeFilters()
{
    auto *filters = new QWidget(this);
    auto *layout = new FlowLayout(filters);
    layout->setContentsMargins(6, 4, 6, 4);
    m_filter = new QLineEdit(filters);
    const QString finds = tr("Find an agent: name, id, extension or number");
    m_filter->setPlaceholderText(finds);
    m_filter->setToolTip(finds);
    m_filter->setAccessibleName(tr("Find an agent"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(m_filter->fontMetrics().horizontalAdvance(finds) +
                              4 * m_filter->fontMetrics().averageCharWidth());
    connect(m_filter, &QLineEdit::textChanged, m_rows, &TeamFilterModel::setText);
    layout->addWidget(m_filter);
    m_concernsOnly = new QCheckBox(tr("&Concerns only"), filters);
    m_concernsOnly->setAccessibleName(tr("Concerns only"));
    connect(m_concernsOnly, &QCheckBox::toggled, m_rows, &TeamFilterModel::setConcernsOnly);
    layout->addWidget(m_concernsOnly);
    return filters;
}

void TeamWindow::makeTable()
{
    m_table = new QTableView(this);
    ListTable::setUp(m_table, m_rows, TeamModel::Concern, Qt::DescendingOrder,
                     QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setItemDelegate(new ToneDelegate(m_table));
    m_table->setAccessibleName(tr("Agents"));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);

    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    const auto fits = [this](const QString &sample) { return ListTable::fits(m_table, sample); };
    const auto modelText = [](const char *text) {
        return QCoreApplication::translate("recbar::TeamModel", text);
    };
    // Every column in view at 1024x768 (a test holds it): a longer name or number than these is
    // elided, whole in its tooltip.
    ListTable::setWidths(
        m_table,
        {
            {TeamModel::Agent, 12 * em},
            {TeamModel::Extension, fits(QStringLiteral("0000000"))},
            {TeamModel::Call, fits(modelText("On a call %1").arg(QStringLiteral("00:00")))},
            {TeamModel::OtherParty, fits(QStringLiteral("+000000000000"))},
            {TeamModel::Direction, fits(modelText("Outbound"))},
            {TeamModel::Recording, fits(modelText("Not recording"))},
            {TeamModel::Pause,
             fits(modelText("%1 of %2").arg(QStringLiteral("00:00"), QStringLiteral("00:00")))},
        });
    // A concern is drawn in bold (ToneDelegate): measured so.
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int concern = 0;
    for (const TeamConcern c :
         {TeamConcern::NotRecorded, TeamConcern::LongPause, TeamConcern::Unknown})
        concern = std::max(concern, boldMetrics.horizontalAdvance(TeamText::concern(c) +
                                                                  QStringLiteral(" 00:00")));
    m_table->setColumnWidth(TeamModel::Concern, concern + em / 2);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TeamWindow::showActions);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (!m_table->indexAt(at).isValid())
            return;
        m_table->setCurrentIndex(m_table->indexAt(at));
        auto *menu = new QMenu(this); // no nested event loop: see m_confirm
        menu->setAttribute(Qt::WA_DeleteOnClose);
        for (const TeamAction action : {TeamAction::StartRecording, TeamAction::EndPause}) {
            QAction *item =
                menu->addAction(TeamText::action(action), this, [this, action] { act(action); });
            const QString why = m_board.whyNot(action, currentAgent());
            item->setEnabled(why.isEmpty());
            item->setToolTip(why);
        }
        menu->setToolTipsVisible(true);
        menu->popup(m_table->viewport()->mapToGlobal(at));
    });
}

QWidget *TeamWindow::makeActions()
{
    auto *actions = new QWidget(this);
    auto *layout = new QHBoxLayout(actions);
    layout->setContentsMargins(6, 4, 6, 4);
    m_start = new QPushButton(tr("&Start recording"), actions);
    m_endPause = new QPushButton(tr("&End the pause…"), actions);
    for (QPushButton *button : {m_start, m_endPause}) {
        // From Tab or a click only: a key pressed in the list must not act on a call.
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::TabFocus);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    connect(m_start, &QPushButton::clicked, this, [this] { act(TeamAction::StartRecording); });
    connect(m_endPause, &QPushButton::clicked, this, [this] { act(TeamAction::EndPause); });
    return actions;
}

// The agent whose row is selected, not merely the one the keyboard's focus rests on: an action
// goes only to an agent the supervisor picked.
QString TeamWindow::currentAgent() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(TeamModel::IdRole).toString();
}

void TeamWindow::selectAgent(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_rows->mapFromSource(m_model->index(row, TeamModel::Agent)));
}

void TeamWindow::act(TeamAction action)
{
    const QString agent = currentAgent();
    const TeamMember *m = m_board.member(agent);
    if (!m)
        return;
    const QString who = m->state.agentName.isEmpty() ? m->id : m->state.agentName;
    // The agent asked about is the one acted on, whatever is selected by the time of the answer.
    const auto send = [this, action, agent] { m_board.act(action, agent, CommandOrigin::kTeam); };
    if (action == TeamAction::EndPause) {
        m_confirm({tr("End the pause"),
                   tr("End %1's secure pause and record the call again?\n\nThe agent may be "
                      "taking a card number right now: what is said from then on is recorded.")
                       .arg(who),
                   tr("End the pause"), tr("Keep the pause")},
                  send);
        return;
    }
    // A server that takes more than the action's name for it (Finesse: a silent monitoring
    // session first) is said so before anything is sent.
    if (const QString preface = m_board.preface(action, agent); !preface.isEmpty()) {
        m_confirm({TeamText::action(action), preface, tr("Monitor and record"), tr("Cancel")},
                  send);
        return;
    }
    send();
}

void TeamWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_board.setOpen(true);
    m_tick.start();
}

void TeamWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    m_board.setOpen(false);
    m_tick.stop();
}

void TeamWindow::refresh()
{
    setWindowTitle(tr("RecBar team: %n on a call", nullptr, m_model->onCall()) +
                   tr(", %n with a concern", nullptr, m_model->withConcerns()));
    QStringList read;
    if (m_board.readAt().isValid())
        read.append(tr("%n agent(s), read at %1", nullptr, int(m_board.members().size()))
                        .arg(QLocale().toString(m_board.readAt().toLocalTime().time(),
                                                QStringLiteral("HH:mm:ss"))));
    else if (m_board.readProblem().isEmpty())
        read.append(tr("Reading the agent list…"));
    if (!m_board.readProblem().isEmpty())
        read.append(tr("The last read failed: %1").arg(m_board.readProblem()));
    if (m_board.unreadable() > 0)
        read.append(tr("%n entry(ies) could not be read", nullptr, m_board.unreadable()));
    // How changes arrive, where a server pushes them; why not, in full, in the tooltip.
    const StateDelivery delivery = m_board.delivery();
    if (delivery.mode == StateDelivery::Mode::Fallback)
        read.append(tr("live updates unavailable"));
    else if (const QString how = SnapshotText::delivery(delivery); !how.isEmpty())
        read.append(how);
    m_read->setText(read.join(QStringLiteral(" · ")));
    m_read->setToolTip(SnapshotText::delivery(delivery));
    showActions();
}

void TeamWindow::showActions()
{
    const QString agent = currentAgent();
    const std::pair<QPushButton *, TeamAction> buttons[] = {{m_start, TeamAction::StartRecording},
                                                            {m_endPause, TeamAction::EndPause}};
    for (const auto &[button, action] : buttons) {
        const QString why =
            agent.isEmpty() ? tr("Choose an agent in the list") : m_board.whyNot(action, agent);
        button->setEnabled(why.isEmpty());
        button->setToolTip(why);
    }
}

} // namespace recbar
