#pragma once

#include "ProfileForm.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace recbar {

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

private:
    void revalidate();
    // One password field per server that takes one; the second shows only for two servers.
    void updatePasswordFields();

    ProfileForm *m_form;
    QFormLayout *m_credentials;
    QLineEdit *m_password;      // the control's server (or the only one)
    QLineEdit *m_statePassword; // the call-state server, when it is another one
    QCheckBox *m_remember;
    QDialogButtonBox *m_buttons;
};

} // namespace recbar
