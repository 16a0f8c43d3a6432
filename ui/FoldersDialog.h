#pragma once

#include "library/Library.h"

#include <QDialog>
#include <QHash>

class QMessageBox;
class QPushButton;
class QTreeWidget;

namespace recbar {

// The folders the library reads and watches: for each, what its last scan found (recordings,
// files it could not read and why, hidden files it left out) or how far the scan has got;
// a folder can be read again or removed.
class FoldersDialog : public QDialog
{
    Q_OBJECT

public:
    FoldersDialog(Library &library, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    // Asks first (the folder's recordings leave the library with their notes and tags), then
    // removes the chosen folder; returns the question, open (not blocking).
    QMessageBox *removeChosen();

private:
    void refresh();
    QString chosenFolder() const;

    Library &m_library;
    QTreeWidget *m_tree;
    QPushButton *m_rescan;
    QPushButton *m_remove;
    QHash<QString, std::pair<qint64, qint64>> m_progress; // folder -> done, total
};

} // namespace recbar
