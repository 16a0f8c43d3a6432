#include "ProfileForm.h"

#include "servers/ServerKind.h"
#include "servers/recordingapi/RecordingApiProtocol.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace recbar {

ProfileForm::ProfileForm(bool showTuning, QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_control = new QComboBox(this);
    m_state = new QComboBox(this);
    for (const ServerKind &kind : ServerRegistry::kinds()) {
        m_control->addItem(kind.displayName, kind.id);
        m_state->addItem(kind.displayName, kind.id);
    }
    m_server = new QLineEdit(this);
    m_server->setPlaceholderText(QStringLiteral("https://recorder.example.com"));
    m_user = new QLineEdit(this);
    m_identifierKind = new QComboBox(this);
    for (const QString &kind : recordingapi::kIdentifierKinds)
        m_identifierKind->addItem(kind, kind);
    m_identifier = new QLineEdit(this);
    m_plainHttp = new QCheckBox(tr("Allow the password over plain HTTP (unencrypted)"), this);

    m_name->setAccessibleName(tr("Profile name"));
    m_control->setAccessibleName(tr("Recording control"));
    m_state->setAccessibleName(tr("Call-state source"));
    m_server->setAccessibleName(tr("Server address"));
    m_user->setAccessibleName(tr("User name"));
    m_plainHttp->setAccessibleName(tr("Allow plain HTTP"));
    form->addRow(tr("Profile &name:"), m_name);
    form->addRow(tr("Recording &control:"), m_control);
    form->addRow(tr("Call-&state source:"), m_state);
    form->addRow(tr("Ser&ver:"), m_server);
    form->addRow(tr("&User name:"), m_user);
    auto *agent = new QWidget(this);
    auto *agentLayout = new QHBoxLayout(agent);
    agentLayout->setContentsMargins(0, 0, 0, 0);
    agentLayout->addWidget(m_identifierKind);
    agentLayout->addWidget(m_identifier, 1);
    form->addRow(tr("&Agent known as:"), agent);
    m_identifierKind->setAccessibleName(tr("Agent identifier kind"));
    m_identifier->setAccessibleName(tr("Agent identifier"));
    form->addRow(QString(), m_plainHttp);

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
        form->addRow(tr("Status read on a &call every:"), m_pollOnCall);
        form->addRow(tr("Status read when &idle every:"), m_pollIdle);
        form->addRow(tr("Auto-&resume a pause after:"), m_autoResume);
    }
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    QPalette palette = m_problems->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    m_problems->setPalette(palette);
    m_problems->setAccessibleName(tr("Problems with the profile"));
    form->addRow(m_problems);

    for (QLineEdit *edit : {m_name, m_server, m_user, m_identifier})
        connect(edit, &QLineEdit::textChanged, this, &ProfileForm::revalidate);
    for (QComboBox *combo : {m_control, m_state, m_identifierKind})
        connect(combo, &QComboBox::currentIndexChanged, this, &ProfileForm::revalidate);
    connect(m_plainHttp, &QCheckBox::toggled, this, &ProfileForm::revalidate);
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
    m_server->setText(p.serverUrl.toString());
    m_user->setText(p.user);
    m_identifierKind->setCurrentIndex(
        std::max(0, m_identifierKind->findData(p.agentIdentifierKind)));
    m_identifier->setText(p.agentIdentifier);
    m_plainHttp->setChecked(p.allowPlainHttp);
    if (m_pollOnCall) {
        m_pollOnCall->setValue(p.pollOnCallMs / 1000.0);
        m_pollIdle->setValue(p.pollIdleMs / 1000.0);
        m_autoResume->setValue(p.autoResumeSec);
    }
    revalidate();
}

Profile ProfileForm::profile() const
{
    Profile p = m_base;
    p.name = m_name->text().trimmed();
    p.controlKind = m_control->currentData().toString();
    p.stateKind = m_state->currentData().toString();
    p.serverUrl = QUrl::fromUserInput(m_server->text().trimmed());
    if (m_server->text().trimmed().isEmpty())
        p.serverUrl = QUrl();
    p.user = m_user->text().trimmed();
    p.agentIdentifierKind = m_identifierKind->currentData().toString();
    p.agentIdentifier = m_identifier->text().trimmed();
    p.allowPlainHttp = m_plainHttp->isChecked();
    if (m_pollOnCall) {
        p.pollOnCallMs = int(m_pollOnCall->value() * 1000);
        p.pollIdleMs = int(m_pollIdle->value() * 1000);
        p.autoResumeSec = m_autoResume->value();
    }
    return p;
}

void ProfileForm::revalidate()
{
    const QStringList problems = profile().problems();
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_plainHttp->setVisible(profile().serverUrl.scheme() == u"http" || m_plainHttp->isChecked());
    emit edited();
}

} // namespace recbar
