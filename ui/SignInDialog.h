#pragma once

#include "ProfileForm.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
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
    QString password() const;

private:
    void revalidate();

    ProfileForm *m_form;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QDialogButtonBox *m_buttons;
};

} // namespace recbar
