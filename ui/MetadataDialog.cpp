#include "MetadataDialog.h"

#include "Appearance.h"
#include "PlainText.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace recbar {

MetadataDialog::MetadataDialog(const QMap<QString, QString> &current, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
{
    setWindowTitle(tr("Call data"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Up to %1 items are kept with the recording.").arg(MetadataRules::kMaxPairs), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 2, this);
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setAccessibleName(tr("Call data items"));
    m_table->setTabKeyNavigation(true);
    layout->addWidget(m_table);

    auto *rowButtons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add item"), this);
    m_remove = new QPushButton(tr("&Remove item"), this);
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);

    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    Appearance::showAsError(m_problems);
    m_problems->setAccessibleName(tr("Problems with the call data"));
    layout->addWidget(m_problems);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

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
    connect(m_table, &QTableWidget::itemChanged, this, &MetadataDialog::revalidate);

    for (auto it = current.begin(); it != current.end(); ++it)
        addRow(it.key(), it.value());
    if (current.isEmpty())
        addRow({}, {});
    resize(440, 360);
    revalidate();
    PlainText::enforce(this);
}

void MetadataDialog::addRow(const QString &key, const QString &value)
{
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    revalidate();
}

MetadataPairs MetadataDialog::rows() const
{
    MetadataPairs out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key =
            m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        if (key.isEmpty() && value.isEmpty())
            continue; // a blank row is not an item
        out.append({key, value});
    }
    return out;
}

MetadataPairs MetadataDialog::changes() const
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

QStringList MetadataDialog::problems() const
{
    QStringList out;
    const MetadataPairs pairs = rows();
    for (const MetadataRules::Problem &problem : MetadataRules::check(pairs)) {
        out.append(problem.row < 0 ? problem.message
                                   : tr("Item %1: %2").arg(problem.row + 1).arg(problem.message));
    }
    return out;
}

void MetadataDialog::revalidate()
{
    const QSignalBlocker block(m_table);
    // Mark the cells at fault, the way a form would.
    const MetadataPairs pairs = rows();
    QList<MetadataRules::Problem> problems = MetadataRules::check(pairs);
    int pairIndex = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < 2; ++column) {
            if (QTableWidgetItem *item = m_table->item(row, column)) {
                item->setBackground(QBrush());
                item->setToolTip({});
            }
        }
        const QString key =
            m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        if (key.isEmpty() && value.isEmpty())
            continue;
        for (const MetadataRules::Problem &problem : problems) {
            if (problem.row != pairIndex)
                continue;
            if (QTableWidgetItem *item = m_table->item(row, problem.inKey ? 0 : 1)) {
                item->setBackground(QColor(0xff, 0xcd, 0xd2));
                item->setToolTip(problem.message);
            }
        }
        ++pairIndex;
    }
    const QStringList messages = this->problems();
    m_problems->setText(messages.join(u'\n'));
    m_problems->setVisible(!messages.isEmpty());
    m_add->setEnabled(pairs.size() < MetadataRules::kMaxPairs);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(messages.isEmpty() && !changes().isEmpty());
}

} // namespace recbar
