#include "CallDataPanel.h"

#include "Appearance.h"
#include "PlainText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace recbar {

namespace {

// The key a row holds: the server's own name for it is shown, the agent's is sent.
constexpr int kKeyRole = Qt::UserRole + 1;

// Every keystroke reaches the table, so that the checks and Send follow the typing rather than
// wait for Enter or Tab (Send, greyed until then, took a click that did nothing).
class LiveEditDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            connect(line, &QLineEdit::textEdited, this,
                    [this, line] { emit const_cast<LiveEditDelegate *>(this)->commitData(line); });
        }
        return editor;
    }

    // What the editor just committed comes back: left alone, so the cursor stays where it is.
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const auto *line = qobject_cast<QLineEdit *>(editor);
        if (line && line->text() == index.data(Qt::EditRole).toString())
            return;
        QStyledItemDelegate::setEditorData(editor, index);
    }
};

} // namespace

CallDataPanel::CallDataPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("callData"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Call data"));
    hide();
}

// Made when first opened: a table's construction is a tenth of the bar's start-up, and most
// calls never have their call data edited.
void CallDataPanel::build()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_table = new QTableWidget(0, 2, this);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Call data items"));
    m_table->setTabKeyNavigation(true);
    m_table->setItemDelegate(new LiveEditDelegate(m_table));
    m_table->setMinimumHeight(90);
    layout->addWidget(m_table, 1);

    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    Appearance::showAsError(m_problems);
    m_problems->setAccessibleName(tr("Problems with the call data"));
    layout->addWidget(m_problems);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add &item"), this);
    m_remove = new QPushButton(tr("Remo&ve item"), this);
    m_send = new QPushButton(tr("Sen&d"), this);
    m_close = new QPushButton(tr("Close"), this);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_send);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow({}, {});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        revalidate();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &CallDataPanel::revalidate);
    connect(m_send, &QPushButton::clicked, this, [this] {
        m_sending = true;
        revalidate();
        m_problems->setText(tr("Sending…"));
        m_problems->setVisible(true);
        emit sendRequested(changes());
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        hide();
        emit closed();
    });
}

void CallDataPanel::open(const QMap<QString, QString> &current,
                         const QList<Capabilities::CallDataField> &fields, ServerCheck serverCheck)
{
    if (!m_table)
        build();
    m_current = current;
    m_serverCheck = std::move(serverCheck);
    m_fixedKeys = !fields.isEmpty();
    m_sending = false;
    {
        const QSignalBlocker block(m_table);
        m_table->setRowCount(0);
    }
    if (m_fixedKeys) {
        m_intro->setText(tr("What this call's recording keeps, in the fields your profile "
                            "names:"));
        for (const Capabilities::CallDataField &field : fields) {
            const QString shown = field.name == field.serverKey
                                      ? field.name
                                      : tr("%1 (%2)").arg(field.name, field.serverKey);
            addRow(field.name, current.value(field.name), shown);
        }
    } else {
        m_intro->setText(
            tr("Up to %1 items are kept with the recording.").arg(MetadataRules::kMaxPairs));
        for (auto it = current.begin(); it != current.end(); ++it)
            addRow(it.key(), it.value());
        if (current.isEmpty())
            addRow({}, {});
    }
    m_add->setVisible(!m_fixedKeys);
    m_remove->setVisible(!m_fixedKeys);
    // The profile's fields are named at the left of their row, where Tab never stops: it goes
    // from value to value. Free rows keep a Field column wide enough to read.
    m_table->setColumnHidden(0, m_fixedKeys);
    m_table->verticalHeader()->setVisible(m_fixedKeys);
    m_table->horizontalHeader()->setVisible(!m_fixedKeys);
    if (!m_fixedKeys) {
        m_table->resizeColumnToContents(0);
        m_table->setColumnWidth(
            0, std::max(m_table->columnWidth(0), m_table->fontMetrics().averageCharWidth() * 18));
    }
    revalidate();
    show();
    // The first empty thing to fill: a free row's field name, else the first value.
    const bool blankRow = !m_fixedKeys && current.isEmpty();
    m_table->setCurrentCell(0, blankRow ? 0 : 1);
    m_table->setFocus(Qt::OtherFocusReason);
}

void CallDataPanel::finished(bool succeeded, const QString &message)
{
    if (!m_table)
        return; // never opened: nothing was sent from here
    m_sending = false;
    if (succeeded) {
        hide();
        emit closed();
        return;
    }
    revalidate();
    m_problems->setText(message);
    m_problems->setVisible(true);
}

void CallDataPanel::addRow(const QString &key, const QString &value, const QString &shownKey)
{
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *keyItem = new QTableWidgetItem(shownKey.isEmpty() ? key : shownKey);
    keyItem->setData(kKeyRole, key);
    if (m_fixedKeys)
        keyItem->setFlags(keyItem->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, 0, keyItem);
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    if (m_fixedKeys)
        m_table->setVerticalHeaderItem(row, new QTableWidgetItem(keyItem->text()));
    revalidate();
}

MetadataPairs CallDataPanel::rows() const
{
    MetadataPairs out;
    if (!m_table)
        return out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *keyItem = m_table->item(row, 0);
        const QString key = !keyItem      ? QString()
                            : m_fixedKeys ? keyItem->data(kKeyRole).toString()
                                          : keyItem->text().trimmed();
        const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        if (value.isEmpty() && (key.isEmpty() || (m_fixedKeys && !m_current.contains(key))))
            continue; // a blank row, or a field left empty, is not an item
        out.append({key, value});
    }
    return out;
}

MetadataPairs CallDataPanel::changes() const
{
    MetadataPairs out;
    const MetadataPairs now = rows();
    for (const auto &[key, value] : now) {
        if (m_current.value(key) != value || !m_current.contains(key))
            out.append({key, value});
    }
    for (auto it = m_current.begin(); it != m_current.end(); ++it) {
        const bool kept = std::any_of(now.begin(), now.end(),
                                      [&](const auto &pair) { return pair.first == it.key(); });
        if (!kept)
            out.append({it.key(), QString()});
    }
    return out;
}

QStringList CallDataPanel::problems() const
{
    QStringList out;
    const MetadataPairs pairs = rows();
    for (const MetadataRules::Problem &problem : MetadataRules::check(pairs)) {
        out.append(problem.row < 0 ? problem.message
                                   : tr("%1: %2").arg(pairs[problem.row].first, problem.message));
    }
    const MetadataPairs changed = changes();
    if (out.isEmpty() && !changed.isEmpty() && m_serverCheck) {
        if (const QString problem = m_serverCheck(changed); !problem.isEmpty())
            out.append(problem);
    }
    return out;
}

void CallDataPanel::revalidate()
{
    const QSignalBlocker block(m_table);
    // Mark the cells at fault, the way a form would.
    const MetadataPairs pairs = rows();
    const QList<MetadataRules::Problem> problems = MetadataRules::check(pairs);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < 2; ++column) {
            if (QTableWidgetItem *item = m_table->item(row, column)) {
                item->setBackground(QBrush());
                item->setToolTip({});
            }
        }
    }
    for (const MetadataRules::Problem &problem : problems) {
        if (problem.row < 0)
            continue;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QTableWidgetItem *keyItem = m_table->item(row, 0);
            const QString key = !keyItem      ? QString()
                                : m_fixedKeys ? keyItem->data(kKeyRole).toString()
                                              : keyItem->text().trimmed();
            if (key != pairs[problem.row].first)
                continue;
            if (QTableWidgetItem *item = m_table->item(row, problem.inKey ? 0 : 1)) {
                item->setBackground(QColor(0xff, 0xcd, 0xd2));
                item->setToolTip(problem.message);
            }
        }
    }
    const QStringList messages = this->problems();
    m_problems->setText(messages.join(u'\n'));
    m_problems->setVisible(!messages.isEmpty());
    m_add->setEnabled(pairs.size() < MetadataRules::kMaxPairs);
    m_send->setEnabled(!m_sending && messages.isEmpty() && !changes().isEmpty());
}

} // namespace recbar
