#pragma once

#include "domain/AgentSnapshot.h"

#include <QMessageBox>

namespace recbar {

// Deleting a recording cannot be undone: the agent is told exactly what goes, and keeping it
// is the default.
class DeleteConfirmation : public QMessageBox
{
    Q_OBJECT

public:
    DeleteConfirmation(const AgentSnapshot &snapshot, QWidget *parent = nullptr);

    static QString whatIsLost(const AgentSnapshot &snapshot, const QDateTime &now);
    QAbstractButton *deleteButton() const { return m_delete; }

private:
    QAbstractButton *m_delete = nullptr;
};

} // namespace recbar
