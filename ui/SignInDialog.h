#pragma once

#include "ProfileForm.h"
#include "servers/ServerProbe.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace recbar {

class MessageLabel;

// Signing in. A first run starts from the server's address (https unless the agent writes
// http://): the dialog asks the server which APIs it speaks (probeRequested, then probed()) and
// then asks only for what that kind needs, the rest under "Advanced". Sign in does not close it:
// it stays, saying so, until the server has answered (signInFinished), with any refusal inline,
// so that a typo never becomes a profile that retries forever.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(const Profile &profile, const QString &reason, bool keychainAvailable,
                 QWidget *parent = nullptr);

    // The administrator set this profile: only the password is the agent's to give.
    void setAdministered();
    // The server has said this user signs in through single sign-on: no password is asked for
    // that server, and Sign in opens the browser.
    void setSingleSignOn();
    Profile profile() const;
    Passwords passwords() const;
    // Asks the server only with a complete form; otherwise says everything that is missing,
    // below the fields, and puts the focus on the first of them.
    void accept() override;
    // What the address turned out to speak.
    void probed(const ServerProbe::Result &result);
    // Something the agent should know while the sign-in waits (the browser did not open).
    void setSigningInNote(const QString &note);
    // The server answered the sign-in: done (the dialog closes), or why not (it stays).
    void signInFinished(bool signedIn, const QString &problem);
    bool isSigningIn() const { return m_signingIn; }

    // A way to use what an address speaks: one kind alone, or a control with a state source.
    struct Pairing
    {
        QString control;
        QString state;
        QString recordings;
        QString label;
    };
    static QList<Pairing> pairingsFor(const QStringList &kinds);

signals:
    // "Try the demo": someone with no server yet wants to see RecBar work.
    void demoRequested();
    void probeRequested(const QUrl &url);
    void signInRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void probe();
    void usePairing(int index);
    void showDetails(bool shown);
    void revalidate();
    struct MissingPassword
    {
        QLineEdit *field;
        QString text;
    };
    QList<MissingPassword> missingPasswords() const;
    // One password field per server that takes one; the second shows only for two servers.
    void updatePasswordFields();
    // Whether this server's sign-in is surely the browser's, or may be (a Finesse that has not
    // said yet how this user signs in: its password may stay empty).
    bool surelySso(const ServerAccess &server) const;
    bool maybeSso(const ServerAccess &server) const;

    bool m_firstRun = false;
    QLineEdit *m_address = nullptr;
    QPushButton *m_continue = nullptr;
    QLabel *m_found = nullptr;
    QLabel *m_pairingLabel = nullptr;
    QComboBox *m_pairing = nullptr;
    QList<Pairing> m_pairings;
    QWidget *m_details = nullptr;
    QToolButton *m_advanced = nullptr;
    const QString m_newId;
    ProfileForm *m_form;
    QFormLayout *m_credentials;
    QLineEdit *m_password;      // the control's server (or the only one)
    QLineEdit *m_statePassword; // the call-state server, when it is another one
    QCheckBox *m_remember;
    QLabel *m_ssoNote;
    bool m_ssoKnown = false;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_demo = nullptr;
    MessageLabel *m_messages;
    QSet<QLineEdit *> m_leftPasswords; // password fields the agent has been to
    bool m_showAll = false;
    bool m_signingIn = false;
    QString m_answer; // the server's last refusal, shown until the next try
    QString m_signingInNote;
};

} // namespace recbar
