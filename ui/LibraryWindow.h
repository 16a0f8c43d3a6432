#pragma once

#include "PlayerWidget.h"
#include "library/Library.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class QToolButton;

namespace recbar {

class FoldersDialog;

// The recordings library: a sortable, filterable table over the SQLite index, the player
// below it, notes and tags beside it (saved as they are typed), and export of a selection.
class LibraryWindow : public QMainWindow
{
    Q_OBJECT

public:
    LibraryWindow(Library &library, WaveformCache &waveforms, QWidget *parent = nullptr);
    ~LibraryWindow() override;

    QTableView *table() const { return m_table; }
    PlayerWidget *player() const { return m_player; }
    void selectRow(int row);
    LibraryFilter currentFilter() const;
    // The recordings selected in the list, in the list's order.
    QList<qint64> selectedIds() const;
    // Notes and tags typed but not yet in the index (a save that failed keeps them here).
    bool hasUnsavedDetails() const { return !m_unsaved.isEmpty(); }
    // Stores what was typed now rather than when typing pauses; false if any could not be.
    bool saveDetailsNow();
    FoldersDialog *showFolders();
    // Listens to the selected recordings (or, with none selected, every one listed) for spoken
    // card numbers.
    void scanForCardNumbers();
    // Plays the recording shown from its next card number finding (after the playhead).
    void hearCardNumber();

    // Typing pauses this long before notes and tags are saved.
    static constexpr int kSaveDelayMs = 700;
    // A save that failed is tried again this often, what was typed kept meanwhile.
    static constexpr int kSaveRetryMs = 5000;

signals:
    void playbackStarted(const recbar::RecordingEntry &entry);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // What the list showed before a refresh, to show it again after.
    struct ListPlace
    {
        QList<qint64> selected;
        qint64 current = 0;
        qint64 top = 0;       // the first row in view
        int furthestRow = -1; // how far down the rows were: where to look for them again
        int scroll = 0;
    };
    struct Draft
    {
        QStringList tags;
        QString notes;

        bool operator==(const Draft &other) const = default;
    };

    void addToolbar();
    QWidget *makeFilters();
    void makeTable();
    void sizeColumns();
    void makeStatusBar();
    // Marks the selected recordings reviewed (or not) by this computer's user.
    void toggleReviewed();
    // N: a "m:ss " line at the playhead in the notes, focused, so a bookmark is one key away.
    void addNoteAtPlayhead();
    QWidget *makeDetails();
    void followLibrary();
    void applyFilter();
    void showSelected();
    void showDetails(const RecordingEntry &entry);
    void showDetailLines(const QString &title, const QStringList &lines);
    void fillFields(qint64 id, const QStringList &tags, const QString &notes);
    void detailsEdited();
    void showSaveState();
    void exportSelection();
    void fetch(qint64 id);
    void rememberPlace();
    void restorePlace();
    void showCount();
    void followCardScans();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Library &m_library;
    QTableView *m_table;
    PlayerWidget *m_player;
    QLineEdit *m_search;
    QCheckBox *m_useFrom;
    QDateEdit *m_from;
    QCheckBox *m_useTo;
    QDateEdit *m_to;
    QLineEdit *m_agent;
    QLineEdit *m_number;
    QComboBox *m_direction;
    QLineEdit *m_tag;
    QLineEdit *m_metadata;
    QCheckBox *m_withPauses;
    QCheckBox *m_notReviewed;
    QCheckBox *m_cardsOutside;
    QPushButton *m_hearCard;
    QProgressBar *m_cardBar;
    QToolButton *m_cardCancel;
    // The details' lines that tell of a card number finding, by block: a click plays from it.
    QHash<int, qint64> m_findingLines;
    qint64 m_heardFrom = -1; // the finding Hear card number went to last
    QPushButton *m_reviewed;
    QPlainTextEdit *m_details;
    QLineEdit *m_tags;
    QPlainTextEdit *m_notes;
    QPushButton *m_save;
    QPushButton *m_download;
    QLabel *m_count;
    QProgressBar *m_scanBar;
    QHash<QString, std::pair<qint64, qint64>> m_scanning; // folder -> done, total
    QPointer<FoldersDialog> m_folders;
    QSplitter *m_vertical = nullptr; // the list and details above, the player below
    bool m_placed = false;
    qint64 m_selected = 0;
    ListPlace m_place;
    QSet<qint64> m_failedDownloads;
    // The recording whose notes and tags the fields hold, and edits not stored yet, by id.
    qint64 m_editing = 0;
    bool m_filling = false;
    QHash<qint64, Draft> m_unsaved;
    QTimer m_saveTimer{this};
    // The count of what is shown reads every match: once typing pauses, not per keystroke.
    QTimer m_countTimer{this};
};

} // namespace recbar
