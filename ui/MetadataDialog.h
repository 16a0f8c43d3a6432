#pragma once

#include "domain/MetadataRules.h"

#include <QDialog>
#include <QMap>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace recbar {

// Call data as key/value pairs, checked as they are typed (ten at most, the QM formats).
// A pair removed from the list is sent with an empty value, which removes it on the server.
class MetadataDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MetadataDialog(const QMap<QString, QString> &current, QWidget *parent = nullptr);

    MetadataPairs changes() const;
    QStringList problems() const;
    QTableWidget *table() const { return m_table; }

private:
    void addRow(const QString &key, const QString &value);
    MetadataPairs rows() const;
    void revalidate();

    QMap<QString, QString> m_current;
    QTableWidget *m_table;
    QLabel *m_problems;
    QPushButton *m_add;
    QPushButton *m_remove;
    QDialogButtonBox *m_buttons;
};

} // namespace recbar
