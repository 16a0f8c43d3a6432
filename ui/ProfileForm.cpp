#include "ProfileForm.h"

#include "MessageLabel.h"
#include "servers/ServerKind.h"
#include "servers/ServerProbe.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFocusEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace recbar {

namespace {

QString textOf(const QWidget *editor)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(editor))
        return line->text().trimmed();
    if (const auto *combo = qobject_cast<const QComboBox *>(editor))
        return combo->currentData().toString();
    if (const auto *box = qobject_cast<const QCheckBox *>(editor))
        return box->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

void setTextOf(QWidget *editor, const QString &value)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(value);
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    else if (auto *box = qobject_cast<QCheckBox *>(editor))
        box->setChecked(value == u"true");
}

} // namespace

ProfileForm::ProfileForm(bool showTuning, QWidget *parent)
    : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_control = new QComboBox(this);
    m_state = new QComboBox(this);
    m_recordings = new QComboBox(this);
    m_recordings->addItem(tr("None"), QString());
    for (const ServerKind &kind : ServerRegistry::current().kinds()) {
        if (kind.providesControl())
            m_control->addItem(kind.displayName, kind.id);
        if (kind.providesState())
            m_state->addItem(kind.displayName, kind.id);
        if (kind.providesRecordings())
            m_recordings->addItem(kind.displayName, kind.id);
    }
    m_pairing = new QLabel(this);
    // Not wrapped: a wrapped label's height is guessed before the form has its width and
    // corrected later, moving every field below it as the agent reaches for one.
    m_server = new QLineEdit(this);
    m_server->setPlaceholderText(QStringLiteral("https://recorder.example.com"));
    m_stateServer = new QLineEdit(this);
    m_stateServer->setPlaceholderText(tr("the same server"));
    m_user = new QLineEdit(this);
    m_stateUser = new QLineEdit(this);
    m_stateUser->setPlaceholderText(tr("the same user"));
    m_plainHttp = new QCheckBox(tr("Allow the password over plain HTTP (unencrypted)"), this);
    m_autoStart = new QCheckBox(tr("Start recording when a call is answered (always on)"), this);
    m_askBeforeStop = new QCheckBox(tr("Ask before stopping or restarting a recording"), this);

    m_name->setAccessibleName(tr("Profile name"));
    m_control->setAccessibleName(tr("Recording control"));
    m_state->setAccessibleName(tr("Call-state source"));
    m_recordings->setAccessibleName(tr("Recordings list"));
    m_server->setAccessibleName(tr("Server address"));
    m_stateServer->setAccessibleName(tr("Call-state server address"));
    m_user->setAccessibleName(tr("User name"));
    m_stateUser->setAccessibleName(tr("User name on the call-state server"));
    m_plainHttp->setAccessibleName(tr("Allow plain HTTP"));
    m_autoStart->setAccessibleName(tr("Always on"));
    m_askBeforeStop->setAccessibleName(tr("Ask before stopping"));

    m_form->addRow(tr("Profile &name:"), m_name);
    m_form->addRow(tr("Recording &control:"), m_control);
    m_form->addRow(tr("Call s&tate from:"), m_state);
    m_form->addRow(QString(), m_pairing);
    m_form->addRow(tr("Recordings &list from:"), m_recordings);
    m_form->addRow(tr("Ser&ver:"), m_server);
    m_form->addRow(tr("User na&me:"), m_user);
    m_form->addRow(tr("Call-state s&erver:"), m_stateServer);
    m_form->addRow(tr("User name t&here:"), m_stateUser);
    addKindFields();
    m_form->addRow(QString(), m_plainHttp);
    m_form->addRow(QString(), m_autoStart);
    m_form->addRow(QString(), m_askBeforeStop);
    if (showTuning)
        addTuning();
    m_problems = new MessageLabel(this);
    m_problems->setAccessibleName(tr("Problems with the profile"));
    m_form->addRow(m_problems);

    // Tab goes down the rows as they are shown, not in the order the editors were made.
    QWidget *previous = nullptr;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        QLayoutItem *item = m_form->itemAt(row, QFormLayout::FieldRole);
        if (!item)
            item = m_form->itemAt(row, QFormLayout::SpanningRole);
        QWidget *editor = item ? item->widget() : nullptr;
        if (!editor || editor->focusPolicy() == Qt::NoFocus)
            continue;
        if (previous)
            setTabOrder(previous, editor);
        previous = editor;
    }

    track(QStringLiteral("name"), m_name);
    track(QStringLiteral("controlKind"), m_control);
    track(QStringLiteral("stateKind"), m_state);
    track(QStringLiteral("recordingsKind"), m_recordings);
    track(QStringLiteral("serverUrl"), m_server);
    track(QStringLiteral("stateServerUrl"), m_stateServer);
    track(QStringLiteral("user"), m_user);
    track(QStringLiteral("stateUser"), m_stateUser);
    for (auto it = m_kindFields.cbegin(); it != m_kindFields.cend(); ++it)
        track(it.key(), it.value());
    if (m_pollOnCall) {
        track(QStringLiteral("poll"), m_pollOnCall);
        track(QStringLiteral("autoResume"), m_autoResume);
    }

    for (QLineEdit *edit : {m_name, m_server, m_stateServer, m_user, m_stateUser})
        connect(edit, &QLineEdit::textChanged, this, &ProfileForm::revalidate);
    for (QComboBox *combo : {m_control, m_state, m_recordings})
        connect(combo, &QComboBox::currentIndexChanged, this, &ProfileForm::revalidate);
    for (QCheckBox *box : {m_plainHttp, m_autoStart, m_askBeforeStop})
        connect(box, &QCheckBox::toggled, this, &ProfileForm::revalidate);
    setProfile(Profile());
}

// One row per field the kinds declare; a key two kinds share is one row.
void ProfileForm::addKindFields()
{
    for (const ServerKind &kind : ServerRegistry::current().kinds()) {
        for (const KindField &field : kind.fields) {
            if (m_kindFields.contains(field.key))
                continue;
            QWidget *editor = nullptr;
            switch (field.type) {
            case KindField::Type::Text: {
                auto *line = new QLineEdit(this);
                line->setPlaceholderText(field.placeholder);
                connect(line, &QLineEdit::textChanged, this, &ProfileForm::revalidate);
                editor = line;
                break;
            }
            case KindField::Type::Choice: {
                auto *combo = new QComboBox(this);
                for (qsizetype i = 0; i < field.choices.size(); ++i)
                    combo->addItem(i < field.choiceLabels.size() ? field.choiceLabels[i]
                                                                 : field.choices[i],
                                   field.choices[i]);
                connect(combo, &QComboBox::currentIndexChanged, this, &ProfileForm::revalidate);
                editor = combo;
                break;
            }
            case KindField::Type::Flag: {
                auto *box = new QCheckBox(field.label, this);
                connect(box, &QCheckBox::toggled, this, &ProfileForm::revalidate);
                editor = box;
                break;
            }
            }
            editor->setAccessibleName(field.accessibleName);
            m_form->addRow(field.type == KindField::Type::Flag ? QString() : field.label, editor);
            m_kindFields.insert(field.key, editor);
        }
    }
}

void ProfileForm::addTuning()
{
    m_pollOnCall = new QDoubleSpinBox(this);
    m_pollOnCall->setRange(Profile::kMinPollOnCall.count() / 1000.0,
                           Profile::kMaxPollOnCall.count() / 1000.0);
    m_pollOnCall->setSuffix(tr(" s"));
    m_pollOnCall->setSingleStep(0.5);
    m_pollIdle = new QDoubleSpinBox(this);
    m_pollIdle->setRange(Profile::kMinPollIdle.count() / 1000.0,
                         Profile::kMaxPollIdle.count() / 1000.0);
    m_pollIdle->setSuffix(tr(" s"));
    m_autoResume = new QSpinBox(this);
    m_autoResume->setRange(0, int(Profile::kMaxAutoResume.count()));
    m_autoResume->setSuffix(tr(" s"));
    m_autoResume->setSpecialValueText(tr("Off"));
    m_form->addRow(tr("Status read &on a call every:"), m_pollOnCall);
    m_form->addRow(tr("Status read when &idle every:"), m_pollIdle);
    m_form->addRow(tr("Auto-&resume a pause after:"), m_autoResume);
    for (QDoubleSpinBox *spin : {m_pollOnCall, m_pollIdle})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ProfileForm::revalidate);
    connect(m_autoResume, &QSpinBox::valueChanged, this, &ProfileForm::revalidate);
}

// An id no kind has (a typo in an administrator's file) stays selected, marked, so the profile
// says what is wrong instead of quietly becoming another kind.
void ProfileForm::selectKind(QComboBox *combo, const QString &id)
{
    for (int i = combo->count() - 1; i >= 0; --i) {
        if (combo->itemData(i, Qt::UserRole + 1).toBool())
            combo->removeItem(i);
    }
    int index = combo->findData(id);
    if (index < 0 && !id.isEmpty()) {
        combo->addItem(tr("%1 (unknown)").arg(id), id);
        index = combo->count() - 1;
        combo->setItemData(index, true, Qt::UserRole + 1);
    }
    combo->setCurrentIndex(std::max(0, index));
}

void ProfileForm::track(const QString &key, QWidget *editor)
{
    m_editors.insert(key, editor);
    editor->installEventFilter(this);
}

bool ProfileForm::eventFilter(QObject *watched, QEvent *event)
{
    // Leaving a field is when its problem is worth saying; a popup (a combo's list) or
    // another window taking the focus is not leaving it.
    if (event->type() == QEvent::FocusOut) {
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason) {
            for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
                if (it.value() == watched && !m_touched.contains(it.key())) {
                    m_touched.insert(it.key());
                    revalidate();
                    break;
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

QStringList ProfileForm::visibleProblems() const
{
    QStringList out;
    for (const Profile::Problem &problem : profile().fieldProblems()) {
        // A problem with no editor here (a setting only an administrator's file has) is
        // always said: nothing the agent does in the form would bring it up.
        if (m_showAll || m_touched.contains(problem.field) || !m_editors.contains(problem.field))
            out.append(problem.text);
    }
    return out;
}

void ProfileForm::showAllProblems()
{
    m_showAll = true;
    revalidate();
}

QWidget *ProfileForm::firstProblemEditor() const
{
    for (const Profile::Problem &problem : profile().fieldProblems()) {
        if (QWidget *editor = m_editors.value(problem.field); editor && editor->isEnabled())
            return editor;
    }
    return nullptr;
}

void ProfileForm::setCompact(bool compact)
{
    m_compact = compact;
    m_compactKeys.clear();
    if (compact) {
        for (const Profile::Problem &problem : profile().fieldProblems())
            m_compactKeys.insert(problem.field);
    }
    revalidate();
}

void ProfileForm::setShowsProblems(bool shows)
{
    m_showsProblems = shows;
    revalidate();
}

void ProfileForm::setProfile(const Profile &p)
{
    m_base = p;
    // What the profile brings is the agent's (or the administrator's) already: a problem with
    // it is said at once. What it leaves blank is said once the agent has been there.
    m_showAll = false;
    m_touched.clear();
    const auto given = [&](const QString &key, bool present) {
        if (present)
            m_touched.insert(key);
    };
    given(QStringLiteral("name"), !p.name.isEmpty());
    given(QStringLiteral("controlKind"), true);
    given(QStringLiteral("stateKind"), true);
    given(QStringLiteral("recordingsKind"), true);
    given(QStringLiteral("serverUrl"), !p.serverUrl.isEmpty());
    given(QStringLiteral("stateServerUrl"), !p.stateServerUrl.isEmpty());
    given(QStringLiteral("user"), !p.user.isEmpty());
    given(QStringLiteral("stateUser"), !p.stateUser.isEmpty());
    given(QStringLiteral("poll"), true);
    given(QStringLiteral("autoResume"), true);
    for (auto it = p.fields.cbegin(); it != p.fields.cend(); ++it)
        given(it.key(), !it.value().toString().isEmpty());
    m_name->setText(p.name);
    selectKind(m_control, p.controlKind);
    selectKind(m_state, p.stateKind);
    selectKind(m_recordings, p.recordingsKind);
    m_server->setText(p.serverUrl.toString());
    m_stateServer->setText(p.stateServerUrl.toString());
    m_user->setText(p.user);
    m_stateUser->setText(p.stateUser);
    for (auto it = m_kindFields.begin(); it != m_kindFields.end(); ++it)
        setTextOf(it.value(), p.field(it.key()));
    m_plainHttp->setChecked(p.allowPlainHttp);
    m_autoStart->setChecked(p.autoStart);
    m_askBeforeStop->setChecked(p.askBeforeStop);
    if (m_pollOnCall) {
        m_pollOnCall->setValue(p.pollOnCallMs / 1000.0);
        m_pollIdle->setValue(p.pollIdleMs / 1000.0);
        m_autoResume->setValue(p.autoResumeSec);
    }
    revalidate();
}

Profile ProfileForm::profile() const
{
    // A bare host is https://host: the password never goes in clear by default.
    const auto url = [](const QLineEdit *edit) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return QUrl();
        const QUrl normalized = ServerProbe::normalized(text);
        return normalized.isValid() ? normalized : QUrl(text);
    };
    Profile p = m_base;
    p.name = m_name->text().trimmed();
    p.controlKind = m_control->currentData().toString();
    p.stateKind = m_state->currentData().toString();
    p.recordingsKind = m_recordings->currentData().toString();
    p.serverUrl = url(m_server);
    p.stateServerUrl = url(m_stateServer);
    p.user = m_user->text().trimmed();
    p.stateUser = p.stateServerUrl.isEmpty() ? QString() : m_stateUser->text().trimmed();
    for (auto it = m_kindFields.begin(); it != m_kindFields.end(); ++it)
        p.setField(it.key(), textOf(it.value()));
    p.allowPlainHttp = m_plainHttp->isChecked();
    p.autoStart = m_autoStart->isChecked();
    p.askBeforeStop = m_askBeforeStop->isChecked();
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
    const ServerKind *control = ServerRegistry::current().find(p.controlKind);
    const ServerKind *state = ServerRegistry::current().find(p.stateKind);
    // Only the fields the chosen kinds declare.
    for (auto it = m_kindFields.begin(); it != m_kindFields.end(); ++it) {
        const auto declares = [&](const ServerKind *kind) {
            return kind && std::any_of(kind->fields.begin(), kind->fields.end(),
                                       [&](const KindField &f) { return f.key == it.key(); });
        };
        showRow(it.value(), (declares(control) || declares(state)) &&
                                (!m_compact || m_compactKeys.contains(it.key())));
    }
    const auto full = [this](const QString &key) {
        return !m_compact || m_compactKeys.contains(key);
    };
    const bool twoServers = p.controlKind != p.stateKind;
    showRow(m_stateServer, twoServers && full(QStringLiteral("stateServerUrl")));
    showRow(m_stateUser, twoServers && !p.stateServerUrl.isEmpty());
    // The control's server may take no password (QM): then only the other one has a user.
    const QList<ServerAccess> servers = p.servers();
    showRow(m_user, servers.first().needsCredentials || servers.size() == 1);
    for (QWidget *row : std::initializer_list<QWidget *>{
             m_name, m_control, m_state, m_pairing, m_recordings, m_autoStart, m_askBeforeStop})
        showRow(row, !m_compact);
    showRow(m_server, full(QStringLiteral("serverUrl")));
    if (m_pollOnCall) {
        for (QWidget *row :
             std::initializer_list<QWidget *>{m_pollOnCall, m_pollIdle, m_autoResume})
            showRow(row, !m_compact);
    }
    m_pairing->setText(!twoServers ? tr("One server does both.")
                                   : tr("%1 carries the commands; %2 tells the call state.\nTheir "
                                        "recording state comes from the answers to your commands.")
                                         .arg(m_control->currentText(), m_state->currentText()));

    m_problems->setMessages(m_showsProblems ? visibleProblems() : QStringList());
    m_plainHttp->setVisible(p.serverUrl.scheme() == u"http" ||
                            p.stateServerUrl.scheme() == u"http" || m_plainHttp->isChecked());
    emit edited();
}

} // namespace recbar
