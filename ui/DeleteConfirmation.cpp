#include "DeleteConfirmation.h"

#include "PlainText.h"

#include <QLocale>
#include <QPushButton>

namespace recbar {

QString DeleteConfirmation::whatIsLost(const AgentSnapshot &s, const QDateTime &now)
{
    const QString number = s.remoteNumber.isEmpty() ? tr("an unknown number") : s.remoteNumber;
    QString call = tr("the call with %1").arg(number);
    if (s.callStartedAt.isValid())
        call =
            tr("the call with %1, started at %2 (%3 so far)")
                .arg(number,
                     QLocale().toString(s.callStartedAt.toLocalTime().time(), QLocale::ShortFormat),
                     SnapshotText::duration(s.callStartedAt.secsTo(now)));
    QString lost = tr("The audio and screen recording of %1 will be deleted").arg(call);
    if (!s.metadata.isEmpty())
        lost = tr("%1, with its call data (%2)")
                   .arg(lost, QStringList(s.metadata.keys()).join(QStringLiteral(", ")));
    return tr("%1. Only the basic contact record (time and numbers) is kept. This cannot be "
              "undone, "
              "and the call cannot be recorded again.")
        .arg(lost);
}

DeleteConfirmation::DeleteConfirmation(const AgentSnapshot &snapshot, QWidget *parent)
    : QMessageBox(parent)
{
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Delete this call's recording?"));
    setText(tr("Delete this call's recording?"));
    setInformativeText(whatIsLost(snapshot, QDateTime::currentDateTimeUtc()));
    QPushButton *keep = addButton(tr("Keep the recording"), QMessageBox::RejectRole);
    m_delete = addButton(tr("Delete the recording"), QMessageBox::DestructiveRole);
    setDefaultButton(keep);
    setEscapeButton(keep);
    // What is lost names the caller's number: as text, never markup.
    PlainText::enforce(this);
}

} // namespace recbar
