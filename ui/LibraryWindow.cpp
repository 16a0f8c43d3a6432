#include "LibraryWindow.h"

#include "FlowLayout.h"
#include "PlainText.h"
#include "SortHeader.h"
#include "domain/AgentSnapshot.h"
#include "domain/DisplayText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace recbar {

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
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(m_player);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({460, 200});
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(filters);
    centralLayout->addWidget(vertical, 1);
    setCentralWidget(central);

    followLibrary();
    // As large as it is useful, never larger than the screen it opens on.
    QSize size(1100, 700);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);
    showSelected();
    PlainText::enforce(this);
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
    QAction *refresh = toolbar->addAction(tr("Refresh from the server"), this, [this] {
        statusBar()->showMessage(tr("Reading the server's recordings…"));
        m_library.refreshServer();
    });
    refresh->setEnabled(m_library.hasServer());
    connect(&m_library, &Library::serverChanged, refresh, &QAction::setEnabled);
    toolbar->addAction(tr("Export selection…"), this, &LibraryWindow::exportSelection);
}

// Filters: each keystroke narrows the list at once. One row on a wide screen; on a narrow one
// they wrap onto a second, so none is cut off.
QWidget *LibraryWindow::makeFilters()
{
    auto *filters = new QWidget(this);
    auto *filterLayout = new FlowLayout(filters);
    filterLayout->setContentsMargins(6, 4, 6, 4);
    // Each field as wide as its maximum where there is room, never narrower than its minimum.
    const auto edit = [&](const QString &placeholder, const QString &name, int minimum,
                          int maximum) {
        auto *e = new QLineEdit(filters);
        e->setPlaceholderText(placeholder);
        e->setAccessibleName(name);
        e->setClearButtonEnabled(true);
        e->setMinimumWidth(minimum);
        if (maximum)
            e->setMaximumWidth(maximum);
        filterLayout->addWidget(e);
        connect(e, &QLineEdit::textChanged, this, &LibraryWindow::applyFilter);
        return e;
    };
    m_search = edit(tr("Search numbers, agents, tags, call data, notes, file names"), tr("Search"),
                    120, 0);
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
    m_agent = edit(tr("Agent"), tr("Agent"), 60, 100);
    m_number = edit(tr("Number"), tr("Number"), 80, 120);
    m_direction = new QComboBox(filters);
    m_direction->addItem(tr("Both ways"));
    m_direction->addItem(tr("Inbound"), QVariant::fromValue(Direction::Inbound));
    m_direction->addItem(tr("Outbound"), QVariant::fromValue(Direction::Outbound));
    m_direction->setAccessibleName(tr("Direction"));
    connect(m_direction, &QComboBox::currentIndexChanged, this, &LibraryWindow::applyFilter);
    filterLayout->addWidget(m_direction);
    m_tag = edit(tr("Tag"), tr("Tag"), 50, 90);
    m_metadata = edit(tr("Call data"), tr("Call data"), 70, 110);
    m_withPauses = new QCheckBox(tr("Paused only"), filters);
    m_withPauses->setAccessibleName(tr("Paused only"));
    connect(m_withPauses, &QCheckBox::toggled, this, &LibraryWindow::applyFilter);
    filterLayout->addWidget(m_withPauses);
    m_notReviewed = new QCheckBox(tr("Not reviewed yet"), filters);
    m_notReviewed->setAccessibleName(tr("Not reviewed yet"));
    connect(m_notReviewed, &QCheckBox::toggled, this, &LibraryWindow::applyFilter);
    filterLayout->addWidget(m_notReviewed);

    return filters;
}

void LibraryWindow::makeTable()
{
    m_table = new QTableView(this);
    m_table->setHorizontalHeader(new SortHeader(m_table));
    m_table->setModel(&m_library.model());
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LibraryModel::Start, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    sizeColumns();
    // The player's keys work from the list too, where the agent's focus usually is.
    m_table->installEventFilter(this);
    m_table->setAccessibleName(tr("Recordings"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LibraryWindow::showSelected);
    // A refresh (a scan, the server's list, a download, a filter) rebuilds the model: the
    // recording being looked at stays selected, and keeps playing.
    connect(&m_library.model(), &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_lastRow = m_table->currentIndex().row(); });
    connect(&m_library.model(), &QAbstractItemModel::modelReset, this, [this] {
        statusBar()->showMessage(tr("%1 recordings in the library").arg(m_library.index().count()));
        restoreSelection();
    });
}

// Each column as wide as the longest thing it can show (a date in this locale's format, a
// length of hours) or, for free text, a useful share; the header's own word never cut either.
void LibraryWindow::sizeColumns()
{
    const QFontMetrics metrics = m_table->fontMetrics();
    const int em = metrics.horizontalAdvance(u'M');
    const int padding = em; // the cell's margins and the header's sort arrow
    const auto fits = [&](const QString &sample) {
        return metrics.horizontalAdvance(sample) + padding;
    };
    // The texts the model shows, in its translation.
    const auto modelText = [](const char *text) {
        return QCoreApplication::translate("recbar::LibraryModel", text);
    };
    const QString longestDate =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    const std::pair<int, int> widths[] = {
        {LibraryModel::Start, fits(longestDate)},
        {LibraryModel::Duration, fits(SnapshotText::duration(10 * 3600 - 1))},
        {LibraryModel::Agent, 7 * em},
        {LibraryModel::Direction, fits(modelText("Out"))},
        {LibraryModel::Local, fits(QStringLiteral("0000000"))},
        {LibraryModel::Remote, fits(QStringLiteral("+000000000000000"))}, // E.164: 15 digits
        {LibraryModel::FileName, 18 * em},
        {LibraryModel::Tags, 8 * em},
        {LibraryModel::Reason, 6 * em},
        {LibraryModel::Pauses, fits(modelText("Paused"))},
        {LibraryModel::Where, fits(modelText("On the server"))},
        {LibraryModel::Reviewed, 10 * em}};
    const LibraryModel &model = m_library.model();
    for (const auto &[column, width] : widths) {
        const int header =
            fits(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()) + em;
        m_table->setColumnWidth(column, std::max(width, header));
    }
}

// Details: what the list has no room for; notes and tags can be edited.
QWidget *LibraryWindow::makeDetails()
{
    auto *details = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(details);
    m_title = new QLabel(details);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_details = new QLabel(details);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAccessibleName(tr("Recording details"));
    m_tags = new QLineEdit(details);
    m_tags->setPlaceholderText(tr("tags, separated by commas"));
    m_tags->setAccessibleName(tr("Tags"));
    m_notes = new QPlainTextEdit(details);
    m_notes->setPlaceholderText(
        tr("Notes. A line like \"1:23 customer upset\" marks that moment."));
    m_notes->setAccessibleName(tr("Notes"));
    // N: a note at the playhead, wherever the focus is but in a text field.
    auto *noteHere = new QShortcut(QKeySequence(Qt::Key_N), this);
    connect(noteHere, &QShortcut::activated, this, &LibraryWindow::addNoteAtPlayhead);
    m_save = new QPushButton(tr("Save notes and tags"), details);
    m_download = new QPushButton(tr("Download"), details);
    m_reviewed = new QPushButton(details);
    m_reviewed->setCheckable(true);
    connect(m_reviewed, &QPushButton::clicked, this, &LibraryWindow::toggleReviewed);
    connect(m_save, &QPushButton::clicked, this, &LibraryWindow::saveDetails);
    connect(m_download, &QPushButton::clicked, this, [this] { fetch(m_selected); });
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_details);
    detailLayout->addWidget(m_download);
    detailLayout->addWidget(m_reviewed);
    detailLayout->addWidget(new QLabel(tr("Tags:"), details));
    detailLayout->addWidget(m_tags);
    detailLayout->addWidget(new QLabel(tr("Notes:"), details));
    detailLayout->addWidget(m_notes, 1);
    detailLayout->addWidget(m_save);

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
                    m_download->setText(tr("Try the download again"));
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
    connect(&m_library, &Library::scanned, this,
            [this](const QString &folder, int count, const QStringList &problems) {
                statusBar()->showMessage(
                    problems.isEmpty() ? tr("%1: %n recording(s)", nullptr, count).arg(folder)
                                       : tr("%1: %n recording(s), %2 unreadable", nullptr, count)
                                             .arg(folder)
                                             .arg(problems.size()),
                    8000);
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

void LibraryWindow::restoreSelection()
{
    if (!m_selected)
        return;
    LibraryModel &model = m_library.model();
    // Rows are read a window at a time: look as far as the selection was, and a little more.
    const int limit = std::max(m_lastRow, 0) + 1024;
    for (int row = 0; row < limit; ++row) {
        if (row >= model.rowCount()) {
            if (!model.canFetchMore())
                break;
            model.fetchMore();
            if (row >= model.rowCount())
                break;
        }
        if (model.idAt(row) == m_selected) {
            selectRow(row);
            return;
        }
    }
    // Filtered out: the details and the player stay on it until another is chosen.
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
    for (QWidget *w : std::initializer_list<QWidget *>{m_tags, m_notes, m_save, m_reviewed})
        w->setEnabled(entry.has_value());
    m_reviewed->setChecked(entry && entry->reviewedAt.isValid());
    m_reviewed->setText(m_reviewed->isChecked() ? tr("Reviewed ✓ (click to undo)")
                                                : tr("Mark &reviewed"));
    m_download->setVisible(entry && !entry->onDisk);
    m_download->setText(tr("Download"));
    m_download->setEnabled(entry && !m_library.isDownloading(entry->id));
    if (!entry) {
        m_title->setText(tr("No recording selected"));
        m_details->clear();
        m_tags->clear();
        m_notes->clear();
        m_player->clear();
        return;
    }
    // A file from another system may carry nothing but its name: then the name is the title.
    const QString who = !entry->remoteNumber.isEmpty() ? DisplayText::number(entry->remoteNumber)
                        : !entry->fileName().isEmpty() ? DisplayText::visible(entry->fileName())
                                                       : tr("Unknown number");
    m_title->setText(tr("%1 · %2").arg(
        who, QLocale().toString(entry->startTime.toLocalTime(), QLocale::ShortFormat)));
    QStringList lines;
    if (!entry->fileName().isEmpty())
        lines << tr("File: %1").arg(DisplayText::visible(entry->fileName()));
    if (!entry->agent.isEmpty())
        lines << tr("Agent: %1").arg(DisplayText::visible(entry->agent));
    lines << tr("Length: %1").arg(SnapshotText::duration(entry->durationMs / 1000));
    if (entry->reviewedAt.isValid())
        lines << tr("Reviewed by %1, %2")
                     .arg(entry->reviewedBy, QLocale().toString(entry->reviewedAt.toLocalTime(),
                                                                QLocale::ShortFormat));
    if (!entry->reasonCode.isEmpty())
        lines << tr("Reason: %1").arg(DisplayText::visible(entry->reasonCode));
    for (auto it = entry->metadata.begin(); it != entry->metadata.end(); ++it)
        lines << QStringLiteral("%1: %2").arg(DisplayText::visible(it.key()),
                                              DisplayText::visible(it.value()));
    if (!entry->pausedSpans.isEmpty())
        lines << tr("%n pause(s)", nullptr, int(entry->pausedSpans.size()));
    if (!entry->heldSpans.isEmpty()) {
        qint64 heldMs = 0;
        for (const auto &[from, to] : entry->heldSpans)
            heldMs += to - from;
        lines << tr("On hold %1 in all").arg(SnapshotText::duration((heldMs + 500) / 1000));
    }
    m_details->setText(lines.join(u'\n'));
    m_tags->setText(entry->tags.join(QStringLiteral(", ")));
    m_notes->setPlainText(entry->notes);
    if (sameAudio)
        m_player->setNotes(entry->notes);
    else
        m_player->open(*entry);
    // Choosing a recording on the server fetches it: a click should be enough to listen.
    if (!entry->onDisk && m_library.hasServer() && !m_library.isDownloading(entry->id) &&
        !m_failedDownloads.contains(entry->id))
        fetch(entry->id);
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
    return QMainWindow::eventFilter(watched, event);
}

void LibraryWindow::saveDetails()
{
    if (!m_selected)
        return;
    QStringList tags;
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            tags.append(tag.trimmed());
    }
    const int row = m_table->currentIndex().row();
    const bool ok = m_library.saveDetails(m_selected, tags, m_notes->toPlainText());
    statusBar()->showMessage(ok ? tr("Saved") : tr("Could not save: nothing was changed"), 4000);
    selectRow(row);
}

void LibraryWindow::toggleReviewed()
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(m_library.model().idAt(row.row()));
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
    if (const int rows = m_library.model().rowCount(); row >= 0 && rows > 0)
        selectRow(std::min(row, rows - 1));
    showSelected();
}

void LibraryWindow::addNoteAtPlayhead()
{
    if (!m_selected)
        return;
    const qint64 seconds = m_player->engine().position() / 1000;
    QString notes = m_notes->toPlainText();
    if (!notes.isEmpty() && !notes.endsWith(u'\n'))
        notes += u'\n';
    notes += SnapshotText::duration(seconds) + u' ';
    m_notes->setPlainText(notes);
    m_notes->moveCursor(QTextCursor::End);
    m_notes->setFocus(Qt::ShortcutFocusReason);
    m_player->setNotes(notes);
}

void LibraryWindow::exportSelection()
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(m_library.model().idAt(row.row()));
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Select the recordings to export first"), 5000);
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export to"));
    if (folder.isEmpty())
        return;
    QString report;
    m_library.exportTo(ids, folder, &report);
    statusBar()->showMessage(report, 10'000);
}

} // namespace recbar
