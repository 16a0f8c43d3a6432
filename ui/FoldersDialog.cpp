#include "FoldersDialog.h"

#include "PlainText.h"
#include "domain/DisplayText.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace recbar {

namespace {

enum Column { Folder, Recordings, Unreadable, Hidden, Columns };

constexpr int kFolderRole = Qt::UserRole + 1;

} // namespace

FoldersDialog::FoldersDialog(Library &library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
{
    setWindowTitle(tr("Folders of recordings"));
    setAccessibleName(tr("Folders of recordings"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("RecBar reads these folders and the folders inside them, and "
                                "watches them for new recordings."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_tree = new QTreeWidget(this);
    m_tree->setAccessibleName(tr("Folders"));
    m_tree->setColumnCount(Columns);
    m_tree->setHeaderLabels({tr("Folder"), tr("Recordings"), tr("Unreadable"), tr("Hidden")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(Folder, QHeaderView::Stretch);
    for (int column : {Recordings, Unreadable, Hidden})
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_tree->setTextElideMode(Qt::ElideMiddle); // a path is told by both its ends
    layout->addWidget(m_tree, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *add = buttons->addButton(tr("Add folder…"), QDialogButtonBox::ActionRole);
    m_rescan = buttons->addButton(tr("Read again"), QDialogButtonBox::ActionRole);
    m_remove = buttons->addButton(tr("Remove…"), QDialogButtonBox::ActionRole);
    m_rescan->setToolTip(tr("Reads every file of the folder again"));
    m_remove->setToolTip(tr("The folder's recordings leave the library; its files stay"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Add a folder of recordings"));
        if (!folder.isEmpty())
            m_library.addFolder(folder);
        refresh();
    });
    connect(m_rescan, &QPushButton::clicked, this, [this] {
        if (const QString folder = chosenFolder(); !folder.isEmpty()) {
            m_progress.insert(folder, {0, 0});
            m_library.rescan(folder);
            refresh();
        }
    });
    connect(m_remove, &QPushButton::clicked, this, &FoldersDialog::removeChosen);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        m_rescan->setEnabled(!chosenFolder().isEmpty());
        m_remove->setEnabled(!chosenFolder().isEmpty());
    });

    connect(&m_library, &Library::scanProgress, this,
            [this](const QString &folder, qint64 done, qint64 total) {
                m_progress.insert(folder, {done, total});
                refresh();
            });
    connect(&m_library, &Library::scanned, this, [this](const QString &folder) {
        m_progress.remove(folder);
        refresh();
    });
    connect(&m_library, &Library::folderRemoved, this, &FoldersDialog::refresh);
    // Wide enough for a path and why a file could not be read, within the screen.
    QSize size(std::max(sizeHint().width(), 110 * fontMetrics().averageCharWidth()),
               std::max(sizeHint().height(), 22 * fontMetrics().lineSpacing()));
    if (const QScreen *screen = parent ? parent->screen() : this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size);
    refresh();
    PlainText::enforce(this);
}

QString FoldersDialog::chosenFolder() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(Folder, kFolderRole).toString() : QString();
}

void FoldersDialog::refresh()
{
    const QString chosen = chosenFolder();
    QSet<QString> expanded;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->isExpanded())
            expanded.insert(m_tree->topLevelItem(i)->data(Folder, kFolderRole).toString());
    }
    m_tree->clear();
    const QLocale locale;
    for (const QString &folder : m_library.folders()) {
        auto *item = new QTreeWidgetItem(m_tree);
        const QString shown = DisplayText::visible(QDir::toNativeSeparators(folder));
        item->setText(Folder, shown);
        item->setToolTip(Folder, PlainText::neutral(shown)); // a tooltip may be read as markup
        item->setData(Folder, kFolderRole, folder);
        const std::optional<FolderReport> report = m_library.folderReport(folder);
        if (const auto progress = m_progress.constFind(folder); progress != m_progress.constEnd())
            item->setText(Recordings, progress->second > 0
                                          ? tr("reading, %1 of %2")
                                                .arg(locale.toString(progress->first),
                                                     locale.toString(progress->second))
                                          : tr("reading…"));
        else if (!report)
            item->setText(Recordings, tr("not read yet"));
        if (!report)
            continue;
        if (!m_progress.contains(folder))
            item->setText(Recordings, locale.toString(report->recordings));
        item->setText(Unreadable, locale.toString(report->problems.size()));
        item->setText(Hidden, locale.toString(report->hidden.size()));
        for (const QString &problem : report->problems) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(Folder, tr("Unreadable: %1").arg(DisplayText::visible(problem)));
            child->setToolTip(Folder, PlainText::neutral(child->text(Folder)));
            child->setFirstColumnSpanned(true);
        }
        for (const QString &hidden : report->hidden) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(Folder, tr("Hidden, left out: %1").arg(DisplayText::visible(hidden)));
            child->setToolTip(Folder, PlainText::neutral(child->text(Folder)));
            child->setFirstColumnSpanned(true);
        }
        item->setExpanded(expanded.contains(folder));
        if (folder == chosen)
            m_tree->setCurrentItem(item);
    }
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    m_rescan->setEnabled(!chosenFolder().isEmpty());
    m_remove->setEnabled(!chosenFolder().isEmpty());
}

QMessageBox *FoldersDialog::removeChosen()
{
    const QString folder = chosenFolder();
    if (folder.isEmpty())
        return nullptr;
    const std::optional<FolderReport> report = m_library.folderReport(folder);
    auto *question =
        new QMessageBox(QMessageBox::Question, tr("Remove the folder?"),
                        tr("Remove %1 from the library?")
                            .arg(DisplayText::visible(QDir::toNativeSeparators(folder))),
                        QMessageBox::NoButton, this);
    question->setInformativeText(
        report ? tr("Its %n recording(s) leave the list, with the notes and tags written for "
                    "them. The files stay where they are.",
                    nullptr, int(report->recordings))
               : tr("Its recordings leave the list, with the notes and tags written for them. "
                    "The files stay where they are."));
    question->setTextFormat(Qt::PlainText); // a folder's name is never markup
    QPushButton *remove = question->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, question, remove, folder] {
        if (question->clickedButton() == remove) {
            m_progress.remove(folder);
            m_library.removeFolder(folder);
            refresh();
        }
    });
    question->open();
    return question;
}

} // namespace recbar
