#include "ProfileForm.h"

#include "servers/ServerKind.h"
#include "servers/recordingapi/RecordingApiProtocol.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace recbar {

ProfileForm::ProfileForm(bool showTuning, QWidget *parent)
    : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_control = new QComboBox(this);
    m_state = new QComboBox(this);
    for (const ServerKind &kind : ServerRegistry::kinds()) {
        if (kind.providesControl())
            m_control->addItem(kind.displayName, kind.id);
        if (kind.providesState())
            m_state->addItem(kind.displayName, kind.id);
    }
    m_recordings = new QComboBox(this);
    m_recordings->addItem(tr("None"), QString());
    for (const ServerKind &kind : ServerRegistry::kinds()) {
        if (kind.makeRecordingsSource)
            m_recordings->addItem(kind.displayName, kind.id);
    }
    m_recordings->setAccessibleName(tr("Recordings list"));
    m_pairing = new QLabel(this);
    m_pairing->setWordWrap(true);
    m_server = new QLineEdit(this);
    m_server->setPlaceholderText(QStringLiteral("https://recorder.example.com"));
    m_stateServer = new QLineEdit(this);
    m_stateServer->setPlaceholderText(tr("the same server"));
    m_user = new QLineEdit(this);
    m_identifierKind = new QComboBox(this);
    for (const QString &kind : recordingapi::kIdentifierKinds)
        m_identifierKind->addItem(kind, kind);
    m_identifier = new QLineEdit(this);
    m_peripheral = new QLineEdit(this);
    m_peripheral->setPlaceholderText(QStringLiteral("5001"));
    m_extension = new QLineEdit(this);
    m_extension->setPlaceholderText(tr("the server's own record"));
    m_plainHttp = new QCheckBox(tr("Allow the password over plain HTTP (unencrypted)"), this);
    m_autoStart = new QCheckBox(tr("Start recording when a call is answered (always on)"), this);

    m_name->setAccessibleName(tr("Profile name"));
    m_control->setAccessibleName(tr("Recording control"));
    m_state->setAccessibleName(tr("Call-state source"));
    m_server->setAccessibleName(tr("Server address"));
    m_stateServer->setAccessibleName(tr("Call-state server address"));
    m_user->setAccessibleName(tr("User name"));
    m_identifierKind->setAccessibleName(tr("Agent identifier kind"));
    m_identifier->setAccessibleName(tr("Agent identifier"));
    m_peripheral->setAccessibleName(tr("Peripheral id"));
    m_extension->setAccessibleName(tr("Extension"));
    m_plainHttp->setAccessibleName(tr("Allow plain HTTP"));
    m_autoStart->setAccessibleName(tr("Always on"));

    m_form->addRow(tr("Profile &name:"), m_name);
    m_form->addRow(tr("Recording &control:"), m_control);
    m_form->addRow(tr("Call &state from:"), m_state);
    m_form->addRow(QString(), m_pairing);
    m_form->addRow(tr("Recordings &list from:"), m_recordings);
    m_form->addRow(tr("Ser&ver:"), m_server);
    m_form->addRow(tr("Call-state ser&ver:"), m_stateServer);
    m_form->addRow(tr("&User name:"), m_user);
    m_agent = new QWidget(this);
    auto *agentLayout = new QHBoxLayout(m_agent);
    agentLayout->setContentsMargins(0, 0, 0, 0);
    agentLayout->addWidget(m_identifierKind);
    agentLayout->addWidget(m_identifier, 1);
    m_form->addRow(tr("&Agent known as:"), m_agent);
    m_form->addRow(tr("&Peripheral id:"), m_peripheral);
    m_form->addRow(tr("E&xtension:"), m_extension);
    m_form->addRow(QString(), m_plainHttp);
    m_form->addRow(QString(), m_autoStart);

    if (showTuning) {
        m_pollOnCall = new QDoubleSpinBox(this);
        m_pollOnCall->setRange(0.2, 60);
        m_pollOnCall->setSuffix(tr(" s"));
        m_pollOnCall->setSingleStep(0.5);
        m_pollIdle = new QDoubleSpinBox(this);
        m_pollIdle->setRange(0.5, 300);
        m_pollIdle->setSuffix(tr(" s"));
        m_autoResume = new QSpinBox(this);
        m_autoResume->setRange(0, 3600);
        m_autoResume->setSuffix(tr(" s"));
        m_autoResume->setSpecialValueText(tr("Off"));
        m_form->addRow(tr("Status read on a &call every:"), m_pollOnCall);
        m_form->addRow(tr("Status read when &idle every:"), m_pollIdle);
        m_form->addRow(tr("Auto-&resume a pause after:"), m_autoResume);
    }
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    QPalette palette = m_problems->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    m_problems->setPalette(palette);
    m_problems->setAccessibleName(tr("Problems with the profile"));
    m_form->addRow(m_problems);

    for (QLineEdit *edit :
         {m_name, m_server, m_stateServer, m_user, m_identifier, m_peripheral, m_extension})
        connect(edit, &QLineEdit::textChanged, this, &ProfileForm::revalidate);
    for (QComboBox *combo : {m_control, m_state, m_recordings, m_identifierKind})
        connect(combo, &QComboBox::currentIndexChanged, this, &ProfileForm::revalidate);
    for (QCheckBox *box : {m_plainHttp, m_autoStart})
        connect(box, &QCheckBox::toggled, this, &ProfileForm::revalidate);
    if (showTuning) {
        for (QDoubleSpinBox *spin : {m_pollOnCall, m_pollIdle})
            connect(spin, &QDoubleSpinBox::valueChanged, this, &ProfileForm::revalidate);
        connect(m_autoResume, &QSpinBox::valueChanged, this, &ProfileForm::revalidate);
    }
    setProfile(Profile());
}

void ProfileForm::setProfile(const Profile &p)
{
    m_base = p;
    m_name->setText(p.name);
    m_control->setCurrentIndex(std::max(0, m_control->findData(p.controlKind)));
    m_state->setCurrentIndex(std::max(0, m_state->findData(p.stateKind)));
    m_recordings->setCurrentIndex(std::max(0, m_recordings->findData(p.recordingsKind)));
    m_server->setText(p.serverUrl.toString());
    m_stateServer->setText(p.stateServerUrl.toString());
    m_user->setText(p.user);
    m_identifierKind->setCurrentIndex(
        std::max(0, m_identifierKind->findData(p.agentIdentifierKind)));
    m_identifier->setText(p.agentIdentifier);
    m_peripheral->setText(p.peripheralId);
    m_extension->setText(p.extension);
    m_plainHttp->setChecked(p.allowPlainHttp);
    m_autoStart->setChecked(p.autoStart);
    if (m_pollOnCall) {
        m_pollOnCall->setValue(p.pollOnCallMs / 1000.0);
        m_pollIdle->setValue(p.pollIdleMs / 1000.0);
        m_autoResume->setValue(p.autoResumeSec);
    }
    revalidate();
}

Profile ProfileForm::profile() const
{
    const auto url = [](const QLineEdit *edit) {
        const QString text = edit->text().trimmed();
        return text.isEmpty() ? QUrl() : QUrl::fromUserInput(text);
    };
    Profile p = m_base;
    p.name = m_name->text().trimmed();
    p.controlKind = m_control->currentData().toString();
    p.stateKind = m_state->currentData().toString();
    p.recordingsKind = m_recordings->currentData().toString();
    p.serverUrl = url(m_server);
    p.stateServerUrl = url(m_stateServer);
    p.user = m_user->text().trimmed();
    p.agentIdentifierKind = m_identifierKind->currentData().toString();
    p.agentIdentifier = m_identifier->text().trimmed();
    p.peripheralId = m_peripheral->text().trimmed();
    p.extension = m_extension->text().trimmed();
    p.allowPlainHttp = m_plainHttp->isChecked();
    p.autoStart = m_autoStart->isChecked();
    if (m_pollOnCall) {
        p.pollOnCallMs = int(m_pollOnCall->value() * 1000);
        p.pollIdleMs = int(m_pollIdle->value() * 1000);
        p.autoResumeSec = m_autoResume->value();
    }
    return p;
}

void ProfileForm::showRow(QWidget *field, bool visible)
{
    field->setVisible(visible);
    if (QWidget *label = m_form->labelForField(field))
        label->setVisible(visible);
}

void ProfileForm::revalidate()
{
    const Profile p = profile();
    const QString control = m_control->currentData().toString();
    const QString state = m_state->currentData().toString();
    const bool recordingApi = control == u"recording-api" || state == u"recording-api";
    const bool qm = control == u"qm";
    // Only the fields the chosen kinds use.
    showRow(m_agent, recordingApi || qm);
    m_identifierKind->setVisible(recordingApi);
    m_identifier->setPlaceholderText(qm && !recordingApi ? tr("QM user id (sender_id)")
                                                         : QString());
    showRow(m_peripheral, qm);
    showRow(m_extension, qm || control == u"imagicle");
    showRow(m_stateServer, control != state);
    m_pairing->setText(control == state
                           ? tr("One server does both.")
                           : tr("%1 carries the commands; %2 tells the call state. Their "
                                "recording state comes from the answers to your commands.")
                                 .arg(m_control->currentText(), m_state->currentText()));

    const QStringList problems = p.problems();
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_plainHttp->setVisible(p.serverUrl.scheme() == u"http" ||
                            p.stateServerUrl.scheme() == u"http" || m_plainHttp->isChecked());
    emit edited();
}

} // namespace recbar
