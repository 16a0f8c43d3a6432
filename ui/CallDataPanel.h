#pragma once

#include "domain/Capabilities.h"
#include "domain/MetadataRules.h"

#include <QFrame>
#include <QMap>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace recbar {

// Call data, in the bar itself: it covers no state and blocks no command. The profile's fields
// are offered by name, each with the server key it goes to (the administrator's map); a server
// that takes any key (QM) gets free rows. Everything is checked as it is typed, with the rules
// every server shares and this server's own, before Send is possible; what was typed stays when
// the server refuses it. A row removed is sent with an empty value, which removes it there.
class CallDataPanel : public QFrame
{
    Q_OBJECT

public:
    using ServerCheck = std::function<QString(const MetadataPairs &)>;

    explicit CallDataPanel(QWidget *parent = nullptr);

    // Opens with the call's data as the server has it, the fields to offer (empty: free keys)
    // and the server's own check.
    void open(const QMap<QString, QString> &current,
              const QList<Capabilities::CallDataField> &fields, ServerCheck serverCheck);
    // The server answered: done (the panel closes), or refused (the input stays, with why).
    void finished(bool succeeded, const QString &message);

    MetadataPairs changes() const;
    QStringList problems() const;
    QTableWidget *table() const { return m_table; }

signals:
    void sendRequested(const recbar::MetadataPairs &changes);
    void closed();

private:
    void build();
    void addRow(const QString &key, const QString &value, const QString &shownKey = {});
    MetadataPairs rows() const;
    void revalidate();

    QMap<QString, QString> m_current;
    bool m_fixedKeys = false;
    ServerCheck m_serverCheck;
    QTableWidget *m_table = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_close = nullptr;
    bool m_sending = false;
};

} // namespace recbar
