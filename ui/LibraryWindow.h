#pragma once

#include "PlayerWidget.h"
#include "library/Library.h"

#include <QMainWindow>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace recbar {

// The recordings library: a sortable, filterable table over the SQLite index, the player
// below it, notes and tags beside it, and export of a selection.
class LibraryWindow : public QMainWindow
{
    Q_OBJECT

public:
    LibraryWindow(Library &library, WaveformCache &waveforms, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    PlayerWidget *player() const { return m_player; }
    void selectRow(int row);
    LibraryFilter currentFilter() const;

signals:
    void playbackStarted(const recbar::RecordingEntry &entry);

private:
    void addToolbar();
    QWidget *makeFilters();
    void makeTable();
    void sizeColumns();
    // Marks the selected recordings reviewed (or not) by this computer's user.
    void toggleReviewed();
    // N: a "m:ss " line at the playhead in the notes, focused, so a bookmark is one key away.
    void addNoteAtPlayhead();
    QWidget *makeDetails();
    void followLibrary();
    void applyFilter();
    void showSelected();
    void saveDetails();
    void exportSelection();
    void fetch(qint64 id);
    void restoreSelection();
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
    QPushButton *m_reviewed;
    QLabel *m_title;
    QLabel *m_details;
    QLineEdit *m_tags;
    QPlainTextEdit *m_notes;
    QPushButton *m_save;
    QPushButton *m_download;
    qint64 m_selected = 0;
    int m_lastRow = -1;
    QSet<qint64> m_failedDownloads;
};

} // namespace recbar
