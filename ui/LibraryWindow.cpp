#include "LibraryWindow.h"

#include "FlowLayout.h"
#include "FoldersDialog.h"
#include "ListTable.h"
#include "PlainText.h"
#include "domain/AgentSnapshot.h"
#include "domain/DisplayText.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBlock>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace recbar {

namespace {

// A file's name tells apart recordings by its end (a date, a sequence number, a direction) as
// much as by its start: it is cut in the middle, never at the end.
class MiddleElideDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

// A card number heard outside a pause stands out in the list, in the waveform's colour for it.
class CardsDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(LibraryModel::CardsOutsideRole).toInt() > 0) {
            option->palette.setColor(QPalette::Text, WaveformView::cardColor());
            option->font.setBold(true);
        }
    }
};

QStringList tagsFrom(const QString &text)
{
    QStringList tags;
    for (const QString &tag : text.split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            tags.append(tag.trimmed());
    }
    return tags;
}

} // namespace

LibraryWindow::LibraryWindow(Library &library, WaveformCache &waveforms, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
{
    setWindowTitle(tr("RecBar recordings"));
    setAccessibleName(tr("Recordings library"));
    addToolbar();
    QWidget *filters = makeFilters();
    makeTable();
    QWidget *details = makeDetails();
    m_player = new PlayerWidget(waveforms, this);
    connect(m_player, &PlayerWidget::playbackStarted, this, &LibraryWindow::playbackStarted);
    connect(m_player, &PlayerWidget::channelMixChanged, this,
            [this](qint64 id, const QString &mix) { m_library.setChannelMix(id, mix); });

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_table);
    top->addWidget(details);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 1);
    top->setChildrenCollapsible(false);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(m_player);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setChildrenCollapsible(false);
    m_vertical = vertical;
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(filters);
    centralLayout->addWidget(vertical, 1);
    setCentralWidget(central);
    makeStatusBar();

    followLibrary();
    // As large as it is useful, never larger than the screen it opens on.
    QSize size(1100, 700);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);
    showSelected();
    showCount();
    PlainText::enforce(this);
}

LibraryWindow::~LibraryWindow()
{
    // What was typed is stored before the window goes; the refresh that follows is not ours.
    m_library.model().disconnect(this);
    saveDetailsNow();
}

void LibraryWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (std::exchange(m_placed, true))
        return;
    // The player as tall as it likes to be (a waveform to read, not a strip), the list the rest.
    const int player = m_player->sizeHint().height();
    const int total = m_vertical->height();
    m_vertical->setSizes({std::max(total - player, total / 2), std::min(player, total / 2)});
}

void LibraryWindow::closeEvent(QCloseEvent *event)
{
    saveDetailsNow();
    QMainWindow::closeEvent(event);
}

void LibraryWindow::addToolbar()
{
    auto *toolbar = addToolBar(tr("Library"));
    toolbar->setObjectName(QStringLiteral("libraryToolbar"));
    toolbar->addAction(tr("Add folder…"), this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Add a folder of recordings"));
        if (!folder.isEmpty())
            m_library.addFolder(folder);
    });
    toolbar->addAction(tr("Folders…"), this, &LibraryWindow::showFolders);
    QAction *refresh = toolbar->addAction(tr("Refresh from the server"), this, [this] {
        statusBar()->showMessage(tr("Reading the server's recordings…"));
        m_library.refreshServer();
    });
    refresh->setEnabled(m_library.hasServer());
    connect(&m_library, &Library::serverChanged, refresh, &QAction::setEnabled);
    toolbar->addAction(tr("Export selection…"), this, &LibraryWindow::exportSelection);
    toolbar->addSeparator();
    CardScanQueue &cards = m_library.cardScans();
    // One button: a scan now, and in its menu the setting to scan as recordings arrive; two
    // would push the toolbar's last button out of sight in longer languages.
    auto *scanCards = new QAction(tr("Scan for card numbers"), this);
    connect(scanCards, &QAction::triggered, this, &LibraryWindow::scanForCardNumbers);
    auto *scanButton = new QToolButton(toolbar);
    scanButton->setDefaultAction(scanCards);
    scanButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto *scanMenu = new QMenu(scanButton);
    auto *scanNew = scanMenu->addAction(tr("Scan new recordings"));
    scanButton->setMenu(scanMenu);
    toolbar->addWidget(scanButton);
    scanNew->setCheckable(true);
    scanNew->setChecked(m_library.scansNewRecordings());
    connect(scanNew, &QAction::toggled, this,
            [this](bool on) { m_library.setScansNewRecordings(on); });
    for (QAction *action : {scanCards, scanNew})
        action->setEnabled(cards.available());
    if (cards.available()) {
        scanCards->setToolTip(
            tr("Listens to the selected recordings (with none selected, every one listed) for "
               "spoken card numbers, on this computer; only the count of digits and the last "
               "four are kept"));
        scanNew->setToolTip(
            tr("Listens for spoken card numbers in every recording not scanned yet, then in each "
               "one as it arrives in the library"));
    } else {
        for (QAction *action : {scanCards, scanNew})
            action->setToolTip(tr("This RecBar was built without speech recognition"));
    }
}

FoldersDialog *LibraryWindow::showFolders()
{
    if (!m_folders)
        m_folders = new FoldersDialog(m_library, this);
    m_folders->show();
    m_folders->raise();
    m_folders->activateWindow();
    return m_folders;
}

// Filters: each keystroke narrows the list at once. One row on a wide screen; on a narrow one
// they wrap onto a second, so none is cut off.
QWidget *LibraryWindow::makeFilters()
{
    auto *filters = new QWidget(this);
    auto *filterLayout = new FlowLayout(filters);
    filterLayout->setContentsMargins(6, 4, 6, 4);
    const QFontMetrics metrics = filters->fontMetrics();
    // Each field as wide as its maximum where there is room, never so narrow that its word is
    // cut; `maximum` in average characters, 0 for none.
    const auto edit = [&](const QString &placeholder, const QString &name, int maximum) {
        auto *e = new QLineEdit(filters);
        e->setPlaceholderText(placeholder);
        e->setAccessibleName(name);
        e->setClearButtonEnabled(true);
        const int fits =
            metrics.horizontalAdvance(placeholder) + 2 * metrics.averageCharWidth() + 12;
        e->setMinimumWidth(fits);
        if (maximum)
            e->setMaximumWidth(std::max(fits, maximum * metrics.averageCharWidth()));
        filterLayout->addWidget(e);
        connect(e, &QLineEdit::textChanged, this, &LibraryWindow::applyFilter);
        return e;
    };
    // The search is the filter most used: the widest, and the first to take spare room; its
    // words say what it searches.
    const QString searches = tr("Search numbers, agents, tags, call data, notes, file names");
    m_search = edit(searches, tr("Search"), 0);
    m_search->setToolTip(searches);
    m_useFrom = new QCheckBox(tr("From"), filters);
    m_from = new QDateEdit(QDate::currentDate().addDays(-7), filters);
    m_useTo = new QCheckBox(tr("to"), filters);
    m_to = new QDateEdit(QDate::currentDate(), filters);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        connect(d, &QDateEdit::dateChanged, this, &LibraryWindow::applyFilter);
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    for (QCheckBox *c : {m_useFrom, m_useTo})
        connect(c, &QCheckBox::toggled, this, &LibraryWindow::applyFilter);
    // A check box and its date wrap together.
    for (const auto &[check, date] : {std::pair{m_useFrom, m_from}, std::pair{m_useTo, m_to}}) {
        auto *pair = new QWidget(filters);
        auto *pairLayout = new QHBoxLayout(pair);
        pairLayout->setContentsMargins(0, 0, 0, 0);
        pairLayout->addWidget(check);
        pairLayout->addWidget(date);
        filterLayout->addWidget(pair);
    }
    m_agent = edit(tr("Agent"), tr("Agent"), 14);
    m_number = edit(tr("Number"), tr("Number"), 17);
    m_direction = new QComboBox(filters);
    m_direction->addItem(tr("Both ways"));
    m_direction->addItem(tr("Inbound"), QVariant::fromValue(Direction::Inbound));
    m_direction->addItem(tr("Outbound"), QVariant::fromValue(Direction::Outbound));
    m_direction->setAccessibleName(tr("Direction"));
    connect(m_direction, &QComboBox::currentIndexChanged, this, &LibraryWindow::applyFilter);
    filterLayout->addWidget(m_direction);
    m_tag = edit(tr("Tag"), tr("Tag"), 13);
    m_metadata = edit(tr("Call data"), tr("Call data"), 16);
    m_withPauses = new QCheckBox(tr("Paused only"), filters);
    m_withPauses->setAccessibleName(tr("Paused only"));
    m_withPauses->setToolTip(
        tr("Recordings the recorder says were paused; silence in the audio is not a pause"));
    connect(m_withPauses, &QCheckBox::toggled, this, &LibraryWindow::applyFilter);
    filterLayout->addWidget(m_withPauses);
    m_notReviewed = new QCheckBox(tr("Not reviewed yet"), filters);
    m_notReviewed->setAccessibleName(tr("Not reviewed yet"));
    connect(m_notReviewed, &QCheckBox::toggled, this, &LibraryWindow::applyFilter);
    filterLayout->addWidget(m_notReviewed);
    m_cardsOutside = new QCheckBox(tr("Card number heard outside a pause"), filters);
    m_cardsOutside->setAccessibleName(tr("Card number heard outside a pause"));
    m_cardsOutside->setToolTip(tr("Recordings in which a scan heard a card number read out "
                                  "while recording ran"));
    connect(m_cardsOutside, &QCheckBox::toggled, this, &LibraryWindow::applyFilter);
    filterLayout->addWidget(m_cardsOutside);

    return filters;
}

void LibraryWindow::makeTable()
{
    m_table = new QTableView(this);
    ListTable::setUp(m_table, &m_library.model(), LibraryModel::Start, Qt::DescendingOrder,
                     QAbstractItemView::ExtendedSelection);
    m_table->setItemDelegateForColumn(LibraryModel::FileName, new MiddleElideDelegate(m_table));
    m_table->setItemDelegateForColumn(LibraryModel::Cards, new CardsDelegate(m_table));
    sizeColumns();
    // The player's keys work from the list too, where the agent's focus usually is.
    m_table->installEventFilter(this);
    m_table->setAccessibleName(tr("Recordings"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LibraryWindow::showSelected);
    // A refresh (a scan, the server's list, a download, a save, a filter) rebuilds the model:
    // what was selected stays selected, the list stays where it was scrolled, and the
    // recording being looked at keeps playing.
    connect(&m_library.model(), &QAbstractItemModel::modelAboutToBeReset, this,
            &LibraryWindow::rememberPlace);
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(150);
    connect(&m_countTimer, &QTimer::timeout, this, &LibraryWindow::showCount);
    connect(&m_library.model(), &QAbstractItemModel::modelReset, this, [this] {
        restorePlace();
        m_countTimer.start();
    });
}

// Each column as wide as the longest thing it can show (a date in this locale's format, a
// length of hours) or, for free text, a useful share; the header's own word never cut either.
void LibraryWindow::sizeColumns()
{
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    const auto fits = [this](const QString &sample) { return ListTable::fits(m_table, sample); };
    // The texts the model shows, in its translation.
    const auto modelText = [](const char *text) {
        return QCoreApplication::translate("recbar::LibraryModel", text);
    };
    const QString longestDate =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    const int audio = std::max({fits(modelText("On the server")), fits(modelText("On disk")),
                                fits(modelText("Cut off")), fits(modelText("Unreadable"))});
    ListTable::setWidths(
        m_table,
        {{LibraryModel::Start, fits(longestDate)},
         {LibraryModel::Duration, fits(SnapshotText::duration(10 * 3600 - 1))},
         {LibraryModel::Agent, 7 * em},
         {LibraryModel::Direction, fits(modelText("Out"))},
         {LibraryModel::Local, fits(QStringLiteral("0000000"))},
         {LibraryModel::Remote, fits(QStringLiteral("+000000000000000"))}, // E.164: 15 digits
         {LibraryModel::FileName, 18 * em},
         {LibraryModel::Tags, 8 * em},
         {LibraryModel::Reason, 6 * em},
         {LibraryModel::Pauses, fits(modelText("Paused"))},
         {LibraryModel::Cards,
          std::max({fits(modelText("Heard outside a pause")),
                    fits(modelText("Kept out by a pause")), fits(modelText("None heard"))})},
         {LibraryModel::Where, audio},
         {LibraryModel::Reviewed, 10 * em}});
}

// The count of what is shown, and how far a folder's scan has got, stay in the status bar's
// right end; messages come and go on its left.
void LibraryWindow::makeStatusBar()
{
    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Recordings shown"));
    m_scanBar = new QProgressBar(this);
    m_scanBar->setAccessibleName(tr("Folder scan"));
    m_scanBar->setMaximumWidth(20 * fontMetrics().averageCharWidth());
    m_scanBar->hide();
    m_cardBar = new QProgressBar(this);
    m_cardBar->setAccessibleName(tr("Card number scan"));
    m_cardBar->setMaximumWidth(28 * fontMetrics().averageCharWidth());
    m_cardBar->hide();
    m_cardCancel = new QToolButton(this);
    m_cardCancel->setText(tr("Cancel"));
    m_cardCancel->setToolTip(tr("Stops listening for card numbers; what was heard is kept"));
    m_cardCancel->setAccessibleName(tr("Cancel the card number scan"));
    m_cardCancel->hide();
    connect(m_cardCancel, &QToolButton::clicked, &m_library.cardScans(), &CardScanQueue::cancel);
    statusBar()->addPermanentWidget(m_scanBar);
    statusBar()->addPermanentWidget(m_cardBar);
    statusBar()->addPermanentWidget(m_cardCancel);
    statusBar()->addPermanentWidget(m_count);
    followCardScans();
}

void LibraryWindow::followCardScans()
{
    CardScanQueue &cards = m_library.cardScans();
    const auto showProgress = [this](qint64 done, qint64 total) {
        m_cardBar->setVisible(total > 0);
        m_cardCancel->setVisible(total > 0);
        m_cardBar->setRange(0, int(std::min<qint64>(total, INT_MAX)));
        m_cardBar->setValue(int(std::min<qint64>(done, INT_MAX)));
        m_cardBar->setFormat(
            tr("Card numbers: %1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
    };
    connect(&cards, &CardScanQueue::progress, this, showProgress);
    showProgress(cards.done(), cards.total()); // a scan may run before the window opens
    connect(&cards, &CardScanQueue::finished, this,
            [this, showProgress](const CardScanSummary &summary) {
                showProgress(0, 0);
                QString message =
                    summary.withOutside.isEmpty()
                        ? tr("No card number heard outside a pause in %n recording(s)", nullptr,
                             int(summary.scanned.size()))
                        : tr("A card number was heard outside a pause in %1 of %n recording(s)",
                             nullptr, int(summary.scanned.size()))
                              .arg(summary.withOutside.size());
                if (summary.cancelled)
                    message = tr("Stopped. %1").arg(message);
                if (!summary.problems.isEmpty()) {
                    // The first few, with the count: a folder of broken files is not a novel.
                    QStringList named = summary.problems.mid(0, 3);
                    if (summary.problems.size() > named.size())
                        named.append(QStringLiteral("…"));
                    message +=
                        u' ' +
                        tr("%n could not be scanned: %1", nullptr, int(summary.problems.size()))
                            .arg(DisplayText::visible(named.join(QStringLiteral("; "))));
                }
                if (summary.notOnDisk > 0)
                    message += u' ' + tr("%n not on disk (download them to scan them)", nullptr,
                                         summary.notOnDisk);
                statusBar()->showMessage(message, summary.problems.isEmpty() ? 15'000 : 60'000);
            });
}

void LibraryWindow::scanForCardNumbers()
{
    QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        ids = m_library.model().allIds();
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("There is no recording to scan"), 5000);
        return;
    }
    m_library.cardScans().scan(ids);
}

void LibraryWindow::hearCardNumber()
{
    const QList<CardFinding> &findings = m_player->waveform().cardFindings();
    if (findings.isEmpty() || !m_player->engine().isOpen())
        return;
    // The next one from the playhead; from the one it just went to (still playing its start),
    // the one after: pressing again goes through them all.
    const qint64 at = m_player->engine().position();
    const bool justThere = m_heardFrom >= 0 && at >= m_heardFrom && at < m_heardFrom + 2000;
    const qint64 after = justThere ? m_heardFrom : at - 1;
    auto next = std::find_if(findings.begin(), findings.end(),
                             [after](const CardFinding &f) { return f.startMs > after; });
    if (next == findings.end())
        next = findings.begin();
    m_heardFrom = next->startMs;
    m_player->engine().seek(next->startMs);
    m_player->engine().play();
}

void LibraryWindow::showCount()
{
    const qint64 total = m_library.index().count();
    const LibraryFilter none;
    const qint64 shown =
        m_library.model().filter() == none ? total : m_library.model().matchingCount();
    m_count->setText(
        shown == total
            ? tr("%n recording(s)", nullptr, int(total))
            : tr("%1 of %n recording(s)", nullptr, int(total)).arg(QLocale().toString(shown)));
}

// Details: what the list has no room for, scrolled when long; notes and tags, saved as they
// are typed; and below, in a bar that does not move, what can be done with the recording.
QWidget *LibraryWindow::makeDetails()
{
    auto *details = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(details);
    detailLayout->setContentsMargins(6, 6, 6, 6);
    // Read-only text that wraps anywhere a word is longer than the line (a file name, an
    // account id), scrolled when long: nothing is cut, and it can be selected and copied.
    m_details = new QPlainTextEdit(details);
    m_details->setReadOnly(true);
    m_details->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_details->setFrameShape(QFrame::NoFrame);
    m_details->viewport()->setAutoFillBackground(false);
    m_details->setAccessibleName(tr("Recording details"));
    m_details->setMinimumHeight(4 * fontMetrics().lineSpacing());
    m_details->viewport()->installEventFilter(this); // a finding's line plays from it

    m_tags = new QLineEdit(details);
    m_tags->setPlaceholderText(tr("tags, separated by commas"));
    m_tags->setAccessibleName(tr("Tags"));
    m_notes = new QPlainTextEdit(details);
    m_notes->setPlaceholderText(
        tr("Notes. A line like \"1:23 customer upset\" marks that moment."));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setMinimumHeight(4 * fontMetrics().lineSpacing());
    m_notes->installEventFilter(this); // leaving the field saves it
    auto *tagsLabel = new QLabel(tr("Tags:"), details);
    tagsLabel->setBuddy(m_tags);
    auto *notesLabel = new QLabel(tr("Notes:"), details);
    notesLabel->setBuddy(m_notes);
    // N: a note at the playhead, wherever the focus is but in a text field.
    auto *noteHere = new QShortcut(QKeySequence(Qt::Key_N), this);
    connect(noteHere, &QShortcut::activated, this, &LibraryWindow::addNoteAtPlayhead);
    connect(m_tags, &QLineEdit::textEdited, this, &LibraryWindow::detailsEdited);
    connect(m_tags, &QLineEdit::editingFinished, this, &LibraryWindow::saveDetailsNow);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &LibraryWindow::detailsEdited);
    m_saveTimer.setSingleShot(true);
    connect(&m_saveTimer, &QTimer::timeout, this, &LibraryWindow::saveDetailsNow);

    m_reviewed = new QPushButton(details);
    m_reviewed->setCheckable(true);
    m_reviewed->setToolTip(tr("Puts down who reviewed the selected recordings, and when"));
    m_download = new QPushButton(tr("Download"), details);
    m_hearCard = new QPushButton(tr("Hear card number"), details);
    m_hearCard->setToolTip(tr("Plays from the next spoken card number a scan heard"));
    m_hearCard->setAccessibleName(tr("Hear card number"));
    connect(m_hearCard, &QPushButton::clicked, this, &LibraryWindow::hearCardNumber);
    m_save = new QPushButton(tr("Save"), details);
    m_save->setToolTip(tr("Notes and tags are saved as you type; this saves them at once "
                          "(Ctrl+S)"));
    m_save->setShortcut(QKeySequence::Save);
    connect(m_reviewed, &QPushButton::clicked, this, &LibraryWindow::toggleReviewed);
    connect(m_save, &QPushButton::clicked, this, &LibraryWindow::saveDetailsNow);
    connect(m_download, &QPushButton::clicked, this, [this] { fetch(m_selected); });
    // Nothing in the bar changes its size with the recording shown, so nothing moves: each
    // button as wide as its widest word, Download's room kept when it is not needed.
    const auto widest = [](QPushButton *b, const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts) {
            b->setText(text);
            width = std::max(width, b->sizeHint().width());
        }
        b->setMinimumWidth(width);
    };
    widest(m_reviewed, {tr("Reviewed ✓"), tr("Mark &reviewed")});
    widest(m_download, {tr("Download again"), tr("Download")});
    widest(m_save, {tr("Saved"), tr("Save")});
    QSizePolicy keepRoom = m_download->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_download->setSizePolicy(keepRoom);
    m_hearCard->hide(); // room only when shown: the details stay as narrow as they were
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_reviewed);
    actions->addWidget(m_download);
    actions->addWidget(m_hearCard);
    actions->addStretch(1);
    actions->addWidget(m_save);

    detailLayout->addWidget(m_details, 3);
    detailLayout->addWidget(tagsLabel);
    detailLayout->addWidget(m_tags);
    detailLayout->addWidget(notesLabel);
    detailLayout->addWidget(m_notes, 2);
    detailLayout->addLayout(actions);
    return details;
}

// What the library says about scans, the server's list and downloads, in the status bar.
void LibraryWindow::followLibrary()
{
    connect(&m_library, &Library::downloadFinished, this,
            [this](qint64 id, bool ok, const QString &message) {
                statusBar()->showMessage(
                    ok ? tr("Downloaded") : tr("Download failed: %1").arg(message), 8000);
                if (!ok)
                    m_failedDownloads.insert(id); // not fetched again by itself; the button retries
                if (id != m_selected)
                    return;
                showSelected();
                if (!ok) {
                    m_download->setText(tr("Download again"));
                    m_player->waveform().setMessage(tr("The download failed: %1").arg(message));
                }
            });
    connect(&m_library, &Library::serverFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The server's list could not be read: %1").arg(message),
                                 10'000);
    });
    connect(&m_library, &Library::serverListed, this, [this](int count) {
        statusBar()->showMessage(tr("%n recording(s) on the server", nullptr, count), 5000);
    });
    const auto showScans = [this] {
        qint64 done = 0;
        qint64 total = 0;
        for (const auto &[folderDone, folderTotal] : std::as_const(m_scanning)) {
            done += folderDone;
            total += folderTotal;
        }
        m_scanBar->setVisible(!m_scanning.isEmpty());
        m_scanBar->setRange(0, int(std::min<qint64>(total, INT_MAX)));
        m_scanBar->setValue(int(std::min<qint64>(done, INT_MAX)));
        m_scanBar->setFormat(
            m_scanning.size() == 1
                ? tr("%1: %2 of %3")
                      .arg(
                          DisplayText::visible(QFileInfo(m_scanning.constBegin().key()).fileName()),
                          QLocale().toString(done), QLocale().toString(total))
                : tr("%1 of %2 files").arg(QLocale().toString(done), QLocale().toString(total)));
        m_scanBar->setToolTip(PlainText::neutral(
            tr("Reading folders: %1")
                .arg(DisplayText::visible(QStringList(m_scanning.keyBegin(), m_scanning.keyEnd())
                                              .join(QStringLiteral(", "))))));
    };
    connect(&m_library, &Library::scanProgress, this,
            [this, showScans](const QString &folder, qint64 done, qint64 total) {
                m_scanning[folder] = {done, total};
                showScans();
            });
    connect(&m_library, &Library::scanned, this,
            [this, showScans](const QString &folder, int count, const QStringList &problems) {
                m_scanning.remove(folder);
                showScans();
                const QString where = DisplayText::visible(QDir::toNativeSeparators(folder));
                statusBar()->showMessage(
                    problems.isEmpty()
                        ? tr("%1: %n recording(s)", nullptr, count).arg(where)
                        : tr("%1: %n recording(s), %2 unreadable (see Folders…)", nullptr, count)
                              .arg(where, QLocale().toString(problems.size())),
                    8000);
            });
    connect(&m_library, &Library::folderRemoved, this, [this, showScans](const QString &folder) {
        m_scanning.remove(folder);
        showScans();
    });
}

LibraryFilter LibraryWindow::currentFilter() const
{
    LibraryFilter f;
    f.text = m_search->text();
    if (m_useFrom->isChecked())
        f.from = m_from->date();
    if (m_useTo->isChecked())
        f.to = m_to->date();
    f.agent = m_agent->text().trimmed();
    f.number = m_number->text().trimmed();
    if (const QVariant chosen = m_direction->currentData(); chosen.isValid())
        f.direction = chosen.value<Direction>();
    f.tag = m_tag->text().trimmed();
    f.metadata = m_metadata->text().trimmed();
    f.withPauses = m_withPauses->isChecked();
    f.notReviewed = m_notReviewed->isChecked();
    f.cardsOutsidePause = m_cardsOutside->isChecked();
    return f;
}

void LibraryWindow::applyFilter()
{
    m_library.model().setFilter(currentFilter());
}

void LibraryWindow::selectRow(int row)
{
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_library.model().index(row, 0));
    m_table->scrollTo(m_table->currentIndex());
}

QList<qint64> LibraryWindow::selectedIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(m_library.model().idAt(row.row()));
    return ids;
}

void LibraryWindow::rememberPlace()
{
    m_place = {};
    m_place.selected = selectedIds();
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_place.current = m_library.model().idAt(current.row());
    const QModelIndex top = m_table->indexAt(QPoint(0, 0));
    if (top.isValid())
        m_place.top = m_library.model().idAt(top.row());
    m_place.scroll = m_table->verticalScrollBar()->value();
    m_place.furthestRow = std::max(current.row(), m_table->rowAt(m_table->viewport()->height()));
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        m_place.furthestRow = std::max(m_place.furthestRow, row.row());
}

// Rows are read a window at a time: they are looked for as far down as they were (rows come
// and go above them), and a little further.
void LibraryWindow::restorePlace()
{
    const ListPlace place = std::exchange(m_place, {});
    LibraryModel &model = m_library.model();
    QSet<qint64> wanted(place.selected.begin(), place.selected.end());
    if (place.current)
        wanted.insert(place.current);
    if (place.top)
        wanted.insert(place.top);
    QHash<qint64, int> rows;
    const int limit = std::max(place.furthestRow, 0) + 1024;
    for (int row = 0; row < limit && rows.size() < wanted.size(); ++row) {
        if (row >= model.rowCount()) {
            if (!model.canFetchMore())
                break;
            model.fetchMore();
            if (row >= model.rowCount())
                break;
        }
        if (const qint64 id = model.idAt(row); wanted.contains(id))
            rows.insert(id, row);
    }
    // Rows side by side make one range: a selection of thousands stays cheap to restore.
    QList<int> selectedRows;
    for (qint64 id : place.selected) {
        if (const auto it = rows.constFind(id); it != rows.constEnd())
            selectedRows.append(*it);
    }
    std::sort(selectedRows.begin(), selectedRows.end());
    QItemSelection selection;
    for (qsizetype i = 0; i < selectedRows.size();) {
        qsizetype last = i;
        while (last + 1 < selectedRows.size() && selectedRows[last + 1] == selectedRows[last] + 1)
            ++last;
        selection.select(model.index(selectedRows[i], 0),
                         model.index(selectedRows[last], model.columnCount() - 1));
        i = last + 1;
    }
    QItemSelectionModel *selecting = m_table->selectionModel();
    if (const auto it = rows.constFind(place.current); it != rows.constEnd())
        selecting->setCurrentIndex(model.index(*it, 0), QItemSelectionModel::NoUpdate);
    selecting->select(selection, QItemSelectionModel::ClearAndSelect);
    // Laid out now, so that the scroll bar knows the rows just read.
    m_table->doItemsLayout();
    if (const auto it = rows.constFind(place.top); it != rows.constEnd())
        m_table->scrollTo(model.index(*it, 0), QAbstractItemView::PositionAtTop);
    else
        m_table->verticalScrollBar()->setValue(place.scroll);
    // A recording filtered out stays in the details and the player until another is chosen.
}

void LibraryWindow::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const std::optional<RecordingEntry> entry =
        current.isValid() ? m_library.entry(m_library.model().idAt(current.row())) : std::nullopt;
    const bool sameAudio = entry && m_player->entry().id == entry->id &&
                           m_player->entry().filePath == entry->filePath &&
                           m_player->entry().onDisk == entry->onDisk;
    m_selected = entry ? entry->id : 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_tags, m_notes, m_reviewed})
        w->setEnabled(entry.has_value());
    m_reviewed->setChecked(entry && entry->reviewedAt.isValid());
    m_reviewed->setText(m_reviewed->isChecked() ? tr("Reviewed ✓") : tr("Mark &reviewed"));
    m_download->setVisible(entry && !entry->onDisk);
    m_download->setText(tr("Download"));
    m_download->setEnabled(entry && !m_library.isDownloading(entry->id));
    if (!entry) {
        m_hearCard->hide();
        m_findingLines.clear();
        showDetailLines(tr("No recording selected"), {});
        fillFields(0, {}, {});
        m_player->clear();
        return;
    }
    showDetails(*entry);
    // Another recording's fields are stored (soon, outside this change of selection) before
    // they show this one's; the same recording shown again keeps what is being typed.
    if (entry->id != m_editing) {
        if (!m_unsaved.isEmpty())
            m_saveTimer.start(0);
        const auto draft = m_unsaved.constFind(entry->id);
        if (draft != m_unsaved.constEnd())
            fillFields(entry->id, draft->tags, draft->notes);
        else
            fillFields(entry->id, entry->tags, entry->notes);
    } else if (!m_unsaved.contains(entry->id) && (tagsFrom(m_tags->text()) != entry->tags ||
                                                  m_notes->toPlainText() != entry->notes)) {
        fillFields(entry->id, entry->tags, entry->notes); // changed by a file read again
    }
    if (sameAudio) {
        m_player->setNotes(m_notes->toPlainText());
        m_player->setCardFindings(entry->cardFindings); // a scan may just have heard them
    } else {
        m_player->open(*entry);
    }
    m_hearCard->setVisible(!entry->cardFindings.isEmpty() && entry->onDisk);
    // Choosing a recording on the server fetches it: a click should be enough to listen.
    if (!entry->onDisk && m_library.hasServer() && !m_library.isDownloading(entry->id) &&
        !m_failedDownloads.contains(entry->id))
        fetch(entry->id);
}

void LibraryWindow::showDetails(const RecordingEntry &entry)
{
    // A file from another system may carry nothing but its name: then the name is the title.
    const QString who = !entry.remoteNumber.isEmpty() ? DisplayText::number(entry.remoteNumber)
                        : !entry.fileName().isEmpty() ? DisplayText::visible(entry.fileName())
                                                      : tr("Unknown number");
    const QString title = tr("%1 · %2").arg(
        who, QLocale().toString(entry.startTime.toLocalTime(), QLocale::ShortFormat));
    QStringList lines;
    if (!entry.fileName().isEmpty())
        lines << tr("File: %1").arg(DisplayText::visible(entry.fileName()));
    if (entry.onDisk && entry.audioState == AudioState::CutOff)
        lines << tr("Cut off: the file ends before its header says it does");
    else if (entry.onDisk && entry.audioState == AudioState::Unreadable)
        lines << tr("Unreadable: the file is not audio RecBar can read");
    if (!entry.agent.isEmpty())
        lines << tr("Agent: %1").arg(DisplayText::visible(entry.agent));
    lines << tr("Length: %1").arg(SnapshotText::duration(entry.durationMs / 1000));
    if (entry.reviewedAt.isValid())
        lines << tr("Reviewed by %1, %2")
                     .arg(DisplayText::visible(entry.reviewedBy),
                          QLocale().toString(entry.reviewedAt.toLocalTime(), QLocale::ShortFormat));
    if (!entry.reasonCode.isEmpty())
        lines << tr("Reason: %1").arg(DisplayText::visible(entry.reasonCode));
    for (auto it = entry.metadata.begin(); it != entry.metadata.end(); ++it)
        lines << QStringLiteral("%1: %2").arg(DisplayText::visible(it.key()),
                                              DisplayText::visible(it.value()));
    if (!entry.pausedSpans.isEmpty()) {
        qint64 pausedMs = 0;
        for (const auto &[from, to] : entry.pausedSpans)
            pausedMs += to - from;
        lines << tr("Paused %n time(s), %1 in all", nullptr, int(entry.pausedSpans.size()))
                     .arg(SnapshotText::duration((pausedMs + 500) / 1000));
    }
    if (!entry.heldSpans.isEmpty()) {
        qint64 heldMs = 0;
        for (const auto &[from, to] : entry.heldSpans)
            heldMs += to - from;
        lines << tr("On hold %1 in all").arg(SnapshotText::duration((heldMs + 500) / 1000));
    }
    // Card numbers last, each on a line of its own that plays from it when clicked.
    QList<qint64> findingStarts;
    if (entry.cardsScanned() && entry.cardFindings.isEmpty())
        lines << tr("No card number heard (scanned %1)")
                     .arg(QLocale().toString(entry.cardsScannedAt.toLocalTime(),
                                             QLocale::ShortFormat));
    for (const CardFinding &f : entry.cardFindings) {
        findingStarts.append(f.startMs);
        lines << WaveformView::describeFinding(f);
    }
    showDetailLines(title, lines);
    m_findingLines.clear();
    // The findings are the last blocks (a line above may have taken several: call data can
    // hold line breaks).
    const int first = m_details->document()->blockCount() - int(findingStarts.size());
    for (int i = 0; i < findingStarts.size(); ++i)
        m_findingLines.insert(first + i, findingStarts[i]);
    for (const auto &[block, ms] : m_findingLines.asKeyValueRange()) {
        QTextCursor line(m_details->document()->findBlockByNumber(block));
        line.select(QTextCursor::BlockUnderCursor);
        QTextCharFormat heard;
        heard.setForeground(WaveformView::cardColor());
        heard.setFontUnderline(true);
        heard.setToolTip(tr("Click to hear it"));
        line.mergeCharFormat(heard);
    }
}

void LibraryWindow::showDetailLines(const QString &title, const QStringList &lines)
{
    m_details->clear();
    QTextCursor cursor(m_details->document());
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cursor.insertText(title, bold);
    for (const QString &line : lines) {
        cursor.insertBlock();
        cursor.insertText(line, {});
    }
    m_details->moveCursor(QTextCursor::Start);
}

void LibraryWindow::fillFields(qint64 id, const QStringList &tags, const QString &notes)
{
    m_editing = id;
    const QScopedValueRollback filling(m_filling, true);
    m_tags->setText(tags.join(QStringLiteral(", ")));
    m_notes->setPlainText(notes);
    showSaveState();
}

// Every change is kept for its recording at once, and stored when typing pauses, when the
// field is left, or when another recording is chosen: never lost by a click.
void LibraryWindow::detailsEdited()
{
    if (m_filling || !m_editing)
        return;
    m_unsaved[m_editing] = {tagsFrom(m_tags->text()), m_notes->toPlainText()};
    if (m_player->entry().id == m_editing)
        m_player->setNotes(m_notes->toPlainText());
    m_saveTimer.start(kSaveDelayMs);
    showSaveState();
}

bool LibraryWindow::saveDetailsNow()
{
    m_saveTimer.stop();
    if (m_unsaved.isEmpty())
        return true;
    // A draft leaves only once stored (the refresh a save makes shows the fields again, and
    // must find it), and only if nothing was typed over it meanwhile.
    const QHash<qint64, Draft> drafts = m_unsaved;
    int gone = 0;
    for (auto it = drafts.begin(); it != drafts.end(); ++it) {
        if (m_library.saveDetails(it.key(), it->tags, it->notes)) {
            if (m_unsaved.value(it.key()) == *it)
                m_unsaved.remove(it.key());
        } else if (m_library.index().contains(it.key()) == false) {
            // Its file left the library meanwhile: there is nothing left to write them to.
            m_unsaved.remove(it.key());
            ++gone;
        }
    }
    if (!m_unsaved.isEmpty()) {
        statusBar()->showMessage(tr("The notes and tags could not be saved; they are kept here "
                                    "and saved as soon as the library allows"));
        m_saveTimer.start(kSaveRetryMs);
    } else if (gone > 0) {
        statusBar()->showMessage(tr(
            "%n recording(s) left the library before their notes could be saved", nullptr, gone));
    } else {
        statusBar()->showMessage(tr("Notes and tags saved"), 3000);
    }
    showSaveState();
    return m_unsaved.isEmpty();
}

void LibraryWindow::showSaveState()
{
    const bool unsaved = m_unsaved.contains(m_editing);
    m_save->setEnabled(unsaved);
    m_save->setText(unsaved ? tr("Save") : tr("Saved"));
}

void LibraryWindow::fetch(qint64 id)
{
    if (!id)
        return;
    m_failedDownloads.remove(id);
    m_download->setEnabled(false);
    m_player->waveform().setMessage(tr("Fetching the recording from the server…"));
    statusBar()->showMessage(tr("Downloading…"));
    m_library.download(id);
}

bool LibraryWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (PlayerWidget::handlesKey(key->key()) && !(key->modifiers() & Qt::ControlModifier)) {
            QCoreApplication::sendEvent(m_player, event);
            return true;
        }
    }
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        saveDetailsNow();
    if (watched == m_details->viewport() && event->type() == QEvent::MouseButtonRelease &&
        !m_findingLines.isEmpty() && !m_details->textCursor().hasSelection()) {
        const auto *click = static_cast<QMouseEvent *>(event);
        const QPoint at = click->position().toPoint();
        const QTextBlock block = m_details->cursorForPosition(at).block();
        // On the line itself: a click below the text lands on the last block too.
        QTextCursor end(block);
        end.movePosition(QTextCursor::EndOfBlock);
        const bool onLine = at.y() >= m_details->cursorRect(QTextCursor(block)).top() &&
                            at.y() <= m_details->cursorRect(end).bottom();
        const auto line = m_findingLines.constFind(block.blockNumber());
        if (click->button() == Qt::LeftButton && onLine && line != m_findingLines.constEnd() &&
            m_player->engine().isOpen()) {
            m_player->engine().seek(*line);
            m_player->engine().play();
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void LibraryWindow::toggleReviewed()
{
    QList<qint64> ids = selectedIds();
    if (!ids.contains(m_selected))
        ids = {m_selected};
    const bool reviewed = m_reviewed->isChecked();
    const int row = m_table->currentIndex().row();
    if (!m_library.markReviewed(ids, reviewed))
        statusBar()->showMessage(tr("Could not save: nothing was changed"), 4000);
    else
        statusBar()->showMessage(
            reviewed ? tr("%n recording(s) marked reviewed", nullptr, int(ids.size()))
                     : tr("%n recording(s) marked not reviewed", nullptr, int(ids.size())),
            4000);
    // A "not reviewed yet" list loses the row: the next one takes its place (or the last).
    if (!m_table->currentIndex().isValid()) {
        if (const int rows = m_library.model().rowCount(); row >= 0 && rows > 0)
            selectRow(std::min(row, rows - 1));
    }
    showSelected();
}

void LibraryWindow::addNoteAtPlayhead()
{
    if (!m_selected || m_editing != m_selected)
        return;
    const qint64 seconds = m_player->engine().position() / 1000;
    QString notes = m_notes->toPlainText();
    if (!notes.isEmpty() && !notes.endsWith(u'\n'))
        notes += u'\n';
    notes += SnapshotText::duration(seconds) + u' ';
    m_notes->setPlainText(notes); // an edit like any other: kept, and saved
    m_notes->moveCursor(QTextCursor::End);
    m_notes->setFocus(Qt::ShortcutFocusReason);
}

void LibraryWindow::exportSelection()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Select the recordings to export first"), 5000);
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export to"));
    if (folder.isEmpty())
        return;
    saveDetailsNow(); // the CSV carries the notes as typed
    QString report;
    m_library.exportTo(ids, folder, &report);
    statusBar()->showMessage(report, 10'000);
}

} // namespace recbar
