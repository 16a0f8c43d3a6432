#include "SignInDialog.h"

#include "MessageLabel.h"
#include "PlainText.h"
#include "profile/ProfileStore.h"
#include "servers/ServerKind.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFocusEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace recbar {

SignInDialog::SignInDialog(const Profile &profile, const QString &reason, bool keychainAvailable,
                           QWidget *parent)
    : QDialog(parent)
    , m_firstRun(profile.serverUrl.isEmpty())
    , m_newId(ProfileStore::newId())
{
    setWindowTitle(tr("Sign in to the recording server"));
    auto *layout = new QVBoxLayout(this);
    if (!reason.isEmpty()) {
        auto *why = new QLabel(reason, this);
        why->setWordWrap(true);
        why->setAccessibleName(tr("Why you are asked to sign in"));
        layout->addWidget(why);
    }
    if (m_firstRun) {
        auto *addressRow = new QHBoxLayout;
        auto *addressLabel = new QLabel(tr("Recording &server:"), this);
        m_address = new QLineEdit(this);
        m_address->setPlaceholderText(QStringLiteral("recorder.example.com"));
        m_address->setAccessibleName(tr("Server address"));
        m_address->setToolTip(tr("Its address, as your administrator gave it: https is used "
                                 "unless you write http://"));
        addressLabel->setBuddy(m_address);
        m_continue = new QPushButton(tr("C&ontinue"), this);
        addressRow->addWidget(addressLabel);
        addressRow->addWidget(m_address, 1);
        addressRow->addWidget(m_continue);
        layout->addLayout(addressRow);
        connect(m_continue, &QPushButton::clicked, this, &SignInDialog::probe);
        connect(m_address, &QLineEdit::returnPressed, this, &SignInDialog::probe);
        connect(m_address, &QLineEdit::textEdited, this, [this] {
            // Another address: what was found for the last one no longer holds.
            showDetails(false);
            m_found->clear();
            m_continue->setDefault(true);
        });
    }
    m_found = new QLabel(this);
    m_found->setWordWrap(true);
    m_found->setAccessibleName(tr("What the server is"));
    layout->addWidget(m_found);

    m_details = new QWidget(this);
    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    auto *pairingRow = new QHBoxLayout;
    m_pairingLabel = new QLabel(tr("Server t&ype:"), m_details);
    m_pairing = new QComboBox(m_details);
    m_pairing->setAccessibleName(tr("Server type"));
    m_pairingLabel->setBuddy(m_pairing);
    pairingRow->addWidget(m_pairingLabel);
    pairingRow->addWidget(m_pairing, 1);
    details->addLayout(pairingRow);
    connect(m_pairing, &QComboBox::currentIndexChanged, this, &SignInDialog::usePairing);

    // The whole profile (Advanced) scrolls: the dialog fits a small screen at any scale.
    auto *scroll = new QScrollArea(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_form = new ProfileForm(false, scroll);
    m_form->setShowsProblems(false);
    Profile initial = profile;
    if (initial.name.isEmpty())
        initial.name = tr("Recording server");
    m_form->setProfile(initial);
    m_form->setCompact(true);
    scroll->setWidget(m_form);
    details->addWidget(scroll, 1);

    m_ssoNote = new QLabel(tr("You sign in through your company's sign-in page, in your "
                              "browser: RecBar opens it for you."),
                           m_details);
    m_ssoNote->setWordWrap(true);
    m_ssoNote->setAccessibleName(tr("How you sign in"));
    m_ssoNote->hide();
    details->addWidget(m_ssoNote);
    m_credentials = new QFormLayout;
    auto *credentials = m_credentials;
    m_password = new QLineEdit(m_details);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    credentials->addRow(tr("&Password:"), m_password);
    m_statePassword = new QLineEdit(m_details);
    m_statePassword->setEchoMode(QLineEdit::Password);
    m_statePassword->setAccessibleName(tr("Password on the call-state server"));
    credentials->addRow(tr("Pass&word there:"), m_statePassword);
    m_remember = new QCheckBox(tr("&Remember the password in the system keychain"), m_details);
    m_remember->setChecked(profile.rememberPassword && keychainAvailable);
    m_remember->setEnabled(keychainAvailable);
    if (!keychainAvailable)
        m_remember->setToolTip(tr("No keychain is available: the password is kept for this "
                                  "session only"));
    credentials->addRow(QString(), m_remember);
    details->addLayout(credentials);
    for (QLineEdit *field : {m_password, m_statePassword})
        field->installEventFilter(this);
    m_advanced = new QToolButton(m_details);
    m_advanced->setText(tr("&Advanced"));
    m_advanced->setCheckable(true);
    m_advanced->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advanced->setArrowType(Qt::RightArrow);
    m_advanced->setAccessibleDescription(tr("Every setting of the profile"));
    connect(m_advanced, &QToolButton::toggled, this, [this](bool all) {
        m_advanced->setArrowType(all ? Qt::DownArrow : Qt::RightArrow);
        m_form->setCompact(!all);
        adjustSize();
    });
    details->addWidget(m_advanced);
    layout->addWidget(m_details);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_signIn = m_buttons->button(QDialogButtonBox::Ok);
    m_signIn->setText(tr("Sign in"));
    if (m_firstRun) {
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
    m_pairingLabel->hide();
    m_pairing->hide();
    showDetails(!m_firstRun);
    revalidate();
    if (m_firstRun) {
        m_continue->setDefault(true);
        m_address->setFocus();
    } else {
        m_password->setFocus();
    }
    PlainText::enforce(this);
}

void SignInDialog::setSingleSignOn()
{
    m_ssoKnown = true;
    revalidate();
    if (m_password->isHidden() && m_statePassword->isHidden())
        m_signIn->setFocus();
}

bool SignInDialog::surelySso(const ServerAccess &server) const
{
    const Profile p = m_form->profile();
    const std::optional<ServerAccess> sso = p.singleSignOnServer();
    return sso && sso->role == server.role && (m_ssoKnown || p.alwaysSingleSignOn());
}

bool SignInDialog::maybeSso(const ServerAccess &server) const
{
    const std::optional<ServerAccess> sso = m_form->profile().singleSignOnServer();
    return sso && sso->role == server.role;
}

void SignInDialog::setAdministered()
{
    m_form->setEnabled(false);
    m_form->setToolTip(tr("Set by your administrator"));
    m_advanced->hide();
    if (m_demo)
        m_demo->hide();
    m_password->setFocus();
}

QList<SignInDialog::Pairing> SignInDialog::pairingsFor(const QStringList &kinds)
{
    QList<Pairing> out;
    const auto kind = [](const QString &id) { return ServerRegistry::current().find(id); };
    QString stateKind; // the first answering kind that tells the call state
    for (const QString &id : kinds) {
        if (const ServerKind *k = kind(id); k && k->providesState() && stateKind.isEmpty())
            stateKind = id;
    }
    for (const QString &id : kinds) {
        const ServerKind *k = kind(id);
        if (!k || !k->providesControl())
            continue;
        const QString recordings = k->providesRecordings() ? id : QString();
        if (k->providesState()) {
            out.append({id, id, recordings, k->displayName});
            continue;
        }
        // A control that cannot tell the call state needs a source that can: on this server
        // if it answered as one, else on another server, asked for in the form.
        QString state = stateKind;
        if (state.isEmpty()) {
            for (const ServerKind &candidate : ServerRegistry::current().kinds()) {
                if (candidate.providesState() && candidate.needsCredentials) {
                    state = candidate.id;
                    break;
                }
            }
        }
        if (const ServerKind *s = kind(state))
            out.append(
                {id, state, recordings, tr("%1 with %2").arg(k->displayName, s->displayName)});
    }
    // Two-server pairings are what a site chooses when it has both: listed first.
    std::stable_sort(out.begin(), out.end(), [](const Pairing &a, const Pairing &b) {
        return (a.control != a.state) > (b.control != b.state);
    });
    return out;
}

void SignInDialog::probe()
{
    const QUrl url = ServerProbe::normalized(m_address->text());
    if (!url.isValid()) {
        m_found->setText(tr("Enter the server's address, e.g. recorder.example.com"));
        adjustSize(); // the line wraps: its whole height, never clipped
        return;
    }
    m_address->setText(url.toString());
    m_found->setText(tr("Asking %1 what it is…").arg(url.host()));
    adjustSize();
    m_continue->setEnabled(false);
    emit probeRequested(url);
}

void SignInDialog::probed(const ServerProbe::Result &result)
{
    m_continue->setEnabled(true);
    m_pairings = pairingsFor(result.kinds);
    if (m_pairings.isEmpty()) {
        m_found->setText(
            !result.plainAlternative.isEmpty()
                ? tr("%1 does not answer over https, but does over plain HTTP: to use it, type "
                     "%2 (your password would travel unencrypted).")
                      .arg(result.url.host(), result.plainAlternative.toString())
            : !result.problem.isEmpty()
                ? tr("%1 could not be asked: %2").arg(result.url.host(), result.problem)
                : tr("%1 answered, but not as a recording server RecBar knows (the Recording "
                     "API, QM Recording Controls, Cisco Finesse, Imagicle). Check the address, "
                     "or choose the server type under Advanced.")
                      .arg(result.url.host()));
        // Not there (or not over https): the address is what to fix, and the form stays at it.
        if (!result.problem.isEmpty() || !result.plainAlternative.isEmpty()) {
            showDetails(false);
            m_address->setFocus();
            return;
        }
        // There, but no kind RecBar knows: whoever knows better may still set it up by hand.
        Profile p = m_form->profile();
        p.serverUrl = result.url;
        m_form->setProfile(p);
        m_advanced->setChecked(true);
        showDetails(true);
        return;
    }
    m_advanced->setChecked(false); // recognised: only what this server needs
    {
        const QSignalBlocker block(m_pairing);
        m_pairing->clear();
        for (const Pairing &pairing : std::as_const(m_pairings))
            m_pairing->addItem(pairing.label);
        m_pairing->setCurrentIndex(0);
    }
    m_pairingLabel->setVisible(m_pairings.size() > 1);
    m_pairing->setVisible(m_pairings.size() > 1);
    Profile p = m_form->profile();
    p.serverUrl = result.url;
    p.name = result.url.host();
    m_form->setProfile(p);
    usePairing(0);
    showDetails(true);
    m_signIn->setDefault(true);
}

void SignInDialog::usePairing(int index)
{
    if (index < 0 || index >= m_pairings.size())
        return;
    const Pairing &pairing = m_pairings[index];
    Profile p = m_form->profile();
    p.controlKind = pairing.control;
    p.stateKind = pairing.state;
    p.recordingsKind = pairing.recordings;
    m_form->setProfile(p);
    m_form->setCompact(!m_advanced->isChecked());
    m_found->setText(tr("%1 is %2.").arg(p.serverUrl.host(), pairing.label));
    QWidget *first = m_form->firstProblemEditor();
    (first ? first : static_cast<QWidget *>(m_password))->setFocus();
}

void SignInDialog::showDetails(bool shown)
{
    m_details->setVisible(shown);
    m_signIn->setEnabled(shown && !m_signingIn);
    adjustSize();
}

Profile SignInDialog::profile() const
{
    Profile p = m_form->profile();
    p.rememberPassword = m_remember->isChecked();
    if (p.id.isEmpty())
        p.id = m_newId; // one id for the sign-in: the one the session uses is the one saved
    return p;
}

Passwords SignInDialog::passwords() const
{
    Passwords out;
    for (const ServerAccess &server : m_form->profile().servers()) {
        if (server.needsCredentials && !surelySso(server))
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
    show(m_password, first.needsCredentials && !surelySso(first),
         two ? tr("&Password (%1):").arg(first.kindName) : tr("&Password:"));
    show(m_statePassword, two && servers.last().needsCredentials && !surelySso(servers.last()),
         tr("Pass&word (%1):").arg(servers.last().kindName));
    bool sso = false;
    for (const ServerAccess &server : servers) {
        QLineEdit *field = server.role == ServerRole::Control ? m_password : m_statePassword;
        field->setPlaceholderText(maybeSso(server) ? tr("none if your company's page signs you in")
                                                   : QString());
        sso = sso || surelySso(server);
    }
    m_ssoNote->setVisible(sso);
    m_signIn->setText(sso ? tr("Sign in in the &browser") : tr("Sign in"));
    const bool passwords =
        m_password->isVisibleTo(m_details) || m_statePassword->isVisibleTo(m_details);
    m_remember->setText(sso && !passwords ? tr("&Stay signed in (kept in the system keychain)")
                                          : tr("&Remember the password in the system keychain"));
}

QList<SignInDialog::MissingPassword> SignInDialog::missingPasswords() const
{
    QList<MissingPassword> out;
    const QList<ServerAccess> servers = m_form->profile().servers();
    for (const ServerAccess &server : servers) {
        QLineEdit *field = server.role == ServerRole::Control ? m_password : m_statePassword;
        if (server.needsCredentials && field->text().isEmpty() && !maybeSso(server))
            out.append({field, servers.size() == 2
                                   ? tr("Enter the password for %1").arg(server.kindName)
                                   : tr("Enter the password")});
    }
    return out;
}

void SignInDialog::revalidate()
{
    updatePasswordFields();
    QStringList messages;
    if (m_signingIn && !m_ssoNote->isHidden())
        messages.append(tr("Finish signing in in your browser…"));
    else if (m_signingIn)
        messages.append(tr("Signing in to %1…").arg(m_form->profile().serverUrl.host()));
    if (m_signingIn && !m_signingInNote.isEmpty())
        messages.append(m_signingInNote);
    else if (!m_answer.isEmpty())
        messages.append(m_answer);
    messages += m_form->visibleProblems();
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
    if (m_signingIn || !m_details->isVisible())
        return;
    if (m_form->isValid() && missingPasswords().isEmpty()) {
        m_signingIn = true;
        m_answer.clear();
        m_signIn->setEnabled(false);
        revalidate();
        emit signInRequested();
        return;
    }
    m_showAll = true;
    m_form->showAllProblems();
    QWidget *first = m_form->firstProblemEditor();
    // A problem in a field the compact form does not show is one the agent must see.
    if (first && !first->isVisibleTo(m_form))
        m_advanced->setChecked(true);
    revalidate();
    if (!first && !missingPasswords().isEmpty())
        first = missingPasswords().first().field;
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::setSigningInNote(const QString &note)
{
    m_signingInNote = note;
    revalidate();
}

void SignInDialog::signInFinished(bool signedIn, const QString &problem)
{
    if (!m_signingIn)
        return;
    m_signingIn = false;
    m_signingInNote.clear();
    if (signedIn) {
        QDialog::accept();
        return;
    }
    m_answer = problem;
    m_signIn->setEnabled(true);
    revalidate();
}

} // namespace recbar
