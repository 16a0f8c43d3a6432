#include "SignInDialog.h"

#include "MessageLabel.h"
#include "PlainText.h"
#include "profile/ProfileStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFocusEvent>
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
    m_form->setShowsProblems(false);
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
    for (QLineEdit *field : {m_password, m_statePassword})
        field->installEventFilter(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    if (profile.serverUrl.isEmpty()) {
        m_demo = m_buttons->addButton(tr("Try the &demo"), QDialogButtonBox::HelpRole);
        m_demo->setToolTip(tr("Start RecBar with a simulated recording server and a sample "
                              "agent, to see how it works. Nothing reaches a real server; "
                              "start RecBar again to sign in to yours."));
        connect(m_demo, &QPushButton::clicked, this, [this] {
            emit demoRequested();
            reject();
        });
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    // Below everything, the buttons too: a message appears as a field loses the focus, which
    // is the press of the next click, and nothing that click is aiming at may move.
    m_messages = new MessageLabel(this);
    m_messages->setAccessibleName(tr("What is missing"));
    layout->addWidget(m_messages);
    layout->addStretch(); // room the window has beyond what it needs goes below, not between

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
    if (m_demo)
        m_demo->hide();
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

QList<SignInDialog::MissingPassword> SignInDialog::missingPasswords() const
{
    QList<MissingPassword> out;
    const QList<ServerAccess> servers = m_form->profile().servers();
    for (const ServerAccess &server : servers) {
        QLineEdit *field = server.role == ServerRole::Control ? m_password : m_statePassword;
        if (server.needsCredentials && field->text().isEmpty())
            out.append({field, servers.size() == 2
                                   ? tr("Enter the password for %1").arg(server.kindName)
                                   : tr("Enter the password")});
    }
    return out;
}

void SignInDialog::revalidate()
{
    updatePasswordFields();
    QStringList messages = m_form->visibleProblems();
    for (const MissingPassword &missing : missingPasswords()) {
        if (m_showAll || m_leftPasswords.contains(missing.field))
            messages.append(missing.text);
    }
    m_messages->setMessages(messages);
}

bool SignInDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        auto *field = static_cast<QLineEdit *>(watched);
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason &&
            !m_leftPasswords.contains(field)) {
            m_leftPasswords.insert(field);
            revalidate();
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SignInDialog::accept()
{
    if (m_form->isValid() && missingPasswords().isEmpty()) {
        QDialog::accept();
        return;
    }
    m_showAll = true;
    m_form->showAllProblems();
    revalidate();
    QWidget *first = m_form->firstProblemEditor();
    if (!first)
        first = missingPasswords().first().field;
    first->setFocus(Qt::OtherFocusReason);
}

} // namespace recbar
