#pragma once

#include "ProfileForm.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace recbar {

class MessageLabel;

class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(const Profile &profile, const QString &reason, bool keychainAvailable,
                 QWidget *parent = nullptr);

    // The administrator set this profile: only the password is the agent's to give.
    void setAdministered();
    Profile profile() const;
    Passwords passwords() const;
    // Signs in only with a complete form; otherwise says everything that is missing, below
    // the fields, and puts the focus on the first of them.
    void accept() override;

signals:
    // "Try the demo": someone with no server yet wants to see RecBar work.
    void demoRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void revalidate();
    struct MissingPassword
    {
        QLineEdit *field;
        QString text;
    };
    QList<MissingPassword> missingPasswords() const;
    // One password field per server that takes one; the second shows only for two servers.
    void updatePasswordFields();

    ProfileForm *m_form;
    QFormLayout *m_credentials;
    QLineEdit *m_password;      // the control's server (or the only one)
    QLineEdit *m_statePassword; // the call-state server, when it is another one
    QCheckBox *m_remember;
    QDialogButtonBox *m_buttons;
    QPushButton *m_demo = nullptr;
    MessageLabel *m_messages;
    QSet<QLineEdit *> m_leftPasswords; // password fields the agent has been to
    bool m_showAll = false;
};

} // namespace recbar
