#include "SignInDialog.h"

#include "PlainText.h"
#include "profile/ProfileStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace recbar {

SignInDialog::SignInDialog(const Profile &profile, const QString &reason, bool keychainAvailable,
                           QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Sign in to the recording server"));
    auto *layout = new QVBoxLayout(this);
    if (!reason.isEmpty()) {
        auto *why = new QLabel(reason, this);
        why->setWordWrap(true);
        why->setAccessibleName(tr("Why you are asked to sign in"));
        layout->addWidget(why);
    }
    m_form = new ProfileForm(false, this);
    Profile initial = profile;
    if (initial.name.isEmpty())
        initial.name = tr("Recording server");
    m_form->setProfile(initial);
    layout->addWidget(m_form);

    m_credentials = new QFormLayout;
    auto *credentials = m_credentials;
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    credentials->addRow(tr("&Password:"), m_password);
    m_statePassword = new QLineEdit(this);
    m_statePassword->setEchoMode(QLineEdit::Password);
    m_statePassword->setAccessibleName(tr("Password on the call-state server"));
    credentials->addRow(tr("Pass&word there:"), m_statePassword);
    m_remember = new QCheckBox(tr("&Remember the password in the system keychain"), this);
    m_remember->setChecked(profile.rememberPassword && keychainAvailable);
    m_remember->setEnabled(keychainAvailable);
    if (!keychainAvailable)
        m_remember->setToolTip(tr("No keychain is available: the password is kept for this "
                                  "session only"));
    credentials->addRow(QString(), m_remember);
    layout->addLayout(credentials);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_form, &ProfileForm::edited, this, &SignInDialog::revalidate);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::revalidate);
    connect(m_statePassword, &QLineEdit::textChanged, this, &SignInDialog::revalidate);
    revalidate();
    (profile.serverUrl.isEmpty() ? static_cast<QWidget *>(m_form->serverField()) : m_password)
        ->setFocus();
    PlainText::enforce(this);
}

void SignInDialog::setAdministered()
{
    m_form->setEnabled(false);
    m_form->setToolTip(tr("Set by your administrator"));
    m_password->setFocus();
}

Profile SignInDialog::profile() const
{
    Profile p = m_form->profile();
    p.rememberPassword = m_remember->isChecked();
    if (p.id.isEmpty())
        p.id = ProfileStore::newId();
    return p;
}

Passwords SignInDialog::passwords() const
{
    Passwords out;
    for (const ServerAccess &server : m_form->profile().servers()) {
        if (server.needsCredentials)
            out.of(server.role) =
                (server.role == ServerRole::Control ? m_password : m_statePassword)->text();
    }
    return out;
}

void SignInDialog::updatePasswordFields()
{
    const QList<ServerAccess> servers = m_form->profile().servers();
    const bool two = servers.size() == 2;
    const auto show = [this](QLineEdit *field, bool visible, const QString &label) {
        field->setVisible(visible);
        if (auto *caption = qobject_cast<QLabel *>(m_credentials->labelForField(field))) {
            caption->setVisible(visible);
            caption->setText(label);
        }
    };
    const ServerAccess &first = servers.first();
    show(m_password, first.needsCredentials,
         two ? tr("&Password (%1):").arg(first.kindName) : tr("&Password:"));
    show(m_statePassword, two && servers.last().needsCredentials,
         tr("Pass&word (%1):").arg(servers.last().kindName));
}

void SignInDialog::revalidate()
{
    updatePasswordFields();
    bool complete = m_form->isValid();
    for (const ServerAccess &server : m_form->profile().servers()) {
        if (server.needsCredentials && passwords().of(server.role).isEmpty())
            complete = false;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

} // namespace recbar
