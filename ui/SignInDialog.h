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
