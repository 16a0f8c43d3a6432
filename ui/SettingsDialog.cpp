#include "SettingsDialog.h"

#include "PlainText.h"
#include "profile/ProfileStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace recbar {

SettingsDialog::SettingsDialog(ProfileStore &store, const QString &activeProfileId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_loginItem(QCoreApplication::applicationFilePath())
{
    setWindowTitle(tr("RecBar settings"));
    auto *layout = new QVBoxLayout(this);
    // Two pages, and the long one scrolls: the dialog fits a 1024x768 screen at any scale, with
    // Close always in reach.
    auto *pages = new QTabWidget(this);
    pages->addTab(makeProfiles(), tr("&Profiles"));
    pages->addTab(makeBarSettings(), tr("The &bar"));
    layout->addWidget(pages, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    loadProfiles(activeProfileId);
    PlainText::enforce(this);
}

// As large as the form asks, within the screen: Qt's first size for a window stops at two
// thirds of the screen, which cut the form's lines and hid most of its rows at 1024x768.
void SettingsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_sized || !screen())
        return;
    m_sized = true;
    const QSize room = screen()->availableGeometry().size() - (frameGeometry().size() - size());
    // A scroll area asks for no more than 36 lines' width and 24 lines' height, whatever is in
    // it: what the form wants beyond its viewport is added here.
    const QSize beyond =
        (m_form->sizeHint() - m_formScroll->viewport()->size()).expandedTo(QSize(0, 0));
    resize((size() + beyond).boundedTo(room));
}

// The profiles: choose one, edit it, save it, use it.
QWidget *SettingsDialog::makeProfiles()
{
    auto *profiles = new QWidget(this);
    auto *profilesLayout = new QVBoxLayout(profiles);
    auto *chooser = new QHBoxLayout;
    m_profiles = new QComboBox(profiles);
    m_profiles->setAccessibleName(tr("Profile"));
    auto *add = new QPushButton(tr("Ne&w"), profiles);
    add->setAccessibleName(tr("New profile"));
    m_delete = new QPushButton(tr("&Delete"), profiles);
    chooser->addWidget(m_profiles, 1);
    chooser->addWidget(add);
    chooser->addWidget(m_delete);
    profilesLayout->addLayout(chooser);
    m_formScroll = new QScrollArea(profiles);
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    m_form = new ProfileForm(true, m_formScroll);
    m_formScroll->setWidget(m_form);
    profilesLayout->addWidget(m_formScroll, 1);
    m_administered = new QLabel(tr("This profile is set by your administrator."), profiles);
    m_administered->setAccessibleName(m_administered->text());
    profilesLayout->addWidget(m_administered);
    auto *profileButtons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save profile"), profiles);
    m_use = new QPushButton(tr("Save and &use this profile"), profiles);
    profileButtons->addStretch(1);
    profileButtons->addWidget(m_save);
    profileButtons->addWidget(m_use);
    profilesLayout->addLayout(profileButtons);

    add->setEnabled(m_store.canAddProfiles());
    if (!add->isEnabled())
        add->setToolTip(tr("Your administrator provides the profiles"));
    connect(m_profiles, &QComboBox::currentIndexChanged, this, &SettingsDialog::showSelected);
    connect(add, &QPushButton::clicked, this, [this] {
        // A draft until it is saved: closing without saving leaves nothing behind.
        Profile fresh;
        fresh.id = ProfileStore::newId();
        fresh.name = tr("New profile");
        m_draft = fresh;
        loadProfiles(fresh.id);
        m_form->setFocus();
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_draft && m_draft->id == currentId())
            m_draft.reset();
        else
            m_store.remove(currentId());
        loadProfiles({});
    });
    connect(m_save, &QPushButton::clicked, this, &SettingsDialog::save);
    connect(m_use, &QPushButton::clicked, this, [this] {
        save();
        emit useProfileRequested(m_form->profile());
    });
    connect(m_form, &ProfileForm::edited, this, [this] {
        m_save->setEnabled(m_profiles->count() > 0 && !m_store.isLocked(currentId()));
        m_use->setEnabled(m_form->isValid());
    });
    return profiles;
}

// Choices about the bar itself; each is saved as it is made.
QWidget *SettingsDialog::makeBarSettings()
{
    auto *bar = new QWidget(this);
    auto *barLayout = new QVBoxLayout(bar);
    const Preferences prefs = m_store.preferences();
    m_onTop = new QCheckBox(tr("Keep the bar &above other windows"), bar);
    m_onTop->setChecked(prefs.alwaysOnTop);
    m_minimized = new QCheckBox(tr("Start &minimized to the tray"), bar);
    m_minimized->setChecked(prefs.startMinimized);
    m_notifications = new QCheckBox(tr("Show desktop &notifications"), bar);
    m_notifications->setChecked(prefs.notifications);
    const std::pair<QCheckBox *, QString> preferenceKeys[] = {
        {m_onTop, QStringLiteral("alwaysOnTop")},
        {m_minimized, QStringLiteral("startMinimized")},
        {m_notifications, QStringLiteral("notifications")}};
    for (const auto &[box, key] : preferenceKeys) {
        if (m_store.isPreferenceLocked(key)) {
            box->setEnabled(false);
            box->setToolTip(tr("Set by your administrator"));
            box->setAccessibleDescription(box->toolTip());
        }
    }
    for (QCheckBox *box : {m_onTop, m_minimized, m_notifications}) {
        barLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            m_store.savePreferences(preferences());
            emit preferencesChanged(preferences());
        });
    }
    auto *look = new QHBoxLayout;
    m_appearance = new QComboBox(bar);
    m_appearance->addItem(tr("As the desktop"), QStringLiteral("system"));
    m_appearance->addItem(tr("Light"), QStringLiteral("light"));
    m_appearance->addItem(tr("Dark"), QStringLiteral("dark"));
    m_appearance->addItem(tr("High contrast"), QStringLiteral("high-contrast"));
    m_appearance->setCurrentIndex(std::max(0, m_appearance->findData(prefs.appearance)));
    auto *lookLabel = new QLabel(tr("Appea&rance:"), bar);
    lookLabel->setBuddy(m_appearance);
    look->addWidget(lookLabel);
    look->addWidget(m_appearance, 1);
    barLayout->addLayout(look);
    if (m_store.isPreferenceLocked(QStringLiteral("appearance"))) {
        m_appearance->setEnabled(false);
        m_appearance->setToolTip(tr("Set by your administrator"));
    }
    connect(m_appearance, &QComboBox::currentIndexChanged, this, [this] {
        m_store.savePreferences(preferences());
        emit preferencesChanged(preferences());
    });
    // The keys: a letter with a modifier, and plain letters only if the agent wants them.
    auto *keys = new QHBoxLayout;
    m_keyModifier = new QComboBox(bar);
    for (const QString &modifier : Preferences::keyModifiers())
        m_keyModifier->addItem(QKeySequence(modifier + QStringLiteral("+P"))
                                       .toString(QKeySequence::NativeText)
                                       .chopped(1) +
                                   tr("letter"),
                               modifier);
    m_keyModifier->setCurrentIndex(std::max(0, m_keyModifier->findData(prefs.keyModifier)));
    auto *keysLabel = new QLabel(tr("&Keys in the bar:"), bar);
    keysLabel->setBuddy(m_keyModifier);
    keys->addWidget(keysLabel);
    keys->addWidget(m_keyModifier, 1);
    barLayout->addLayout(keys);
    m_plainKeys = new QCheckBox(tr("Also single l&etters, without a modifier"), bar);
    m_plainKeys->setChecked(prefs.plainKeys);
    m_plainKeys->setToolTip(tr("Typing meant for another window can then start, stop or pause "
                               "a recording while the bar has the focus"));
    m_plainKeys->setAccessibleDescription(m_plainKeys->toolTip());
    barLayout->addWidget(m_plainKeys);
    for (const auto &[widget, key] :
         {std::pair<QWidget *, QString>{m_keyModifier, QStringLiteral("keyModifier")},
          std::pair<QWidget *, QString>{m_plainKeys, QStringLiteral("plainKeys")}}) {
        if (m_store.isPreferenceLocked(key)) {
            widget->setEnabled(false);
            widget->setToolTip(tr("Set by your administrator"));
        }
    }
    connect(m_keyModifier, &QComboBox::currentIndexChanged, this, [this] {
        m_store.savePreferences(preferences());
        emit preferencesChanged(preferences());
    });
    connect(m_plainKeys, &QCheckBox::toggled, this, [this] {
        m_store.savePreferences(preferences());
        emit preferencesChanged(preferences());
    });
    // The system keeps this one: the box shows what it has, and says when it refuses.
    m_autostart = new QCheckBox(tr("Start RecBar when I &log in"), bar);
    m_autostart->setChecked(m_loginItem.isEnabled());
    barLayout->addWidget(m_autostart);
    m_autostartProblem = new QLabel(bar);
    m_autostartProblem->setWordWrap(true);
    m_autostartProblem->hide();
    barLayout->addWidget(m_autostartProblem);
    connect(m_autostart, &QCheckBox::toggled, this, [this](bool on) {
        const Result<void> done = m_loginItem.setEnabled(on);
        m_autostartProblem->setText(done ? QString() : done.error());
        m_autostartProblem->setVisible(!done);
        if (!done) {
            const QSignalBlocker block(m_autostart);
            m_autostart->setChecked(m_loginItem.isEnabled());
        }
    });

    barLayout->addStretch(1);
    return bar;
}

Preferences SettingsDialog::preferences() const
{
    Preferences p;
    p.alwaysOnTop = m_onTop->isChecked();
    p.startMinimized = m_minimized->isChecked();
    p.notifications = m_notifications->isChecked();
    p.appearance = m_appearance->currentData().toString();
    p.keyModifier = m_keyModifier->currentData().toString();
    p.plainKeys = m_plainKeys->isChecked();
    return p;
}

void SettingsDialog::loadProfiles(const QString &select)
{
    const QSignalBlocker block(m_profiles);
    m_profiles->clear();
    for (const Profile &p : m_store.profiles())
        m_profiles->addItem(p.name, p.id);
    if (m_draft)
        m_profiles->addItem(tr("%1 (not saved)").arg(m_draft->name), m_draft->id);
    const int index = m_profiles->findData(select);
    m_profiles->setCurrentIndex(index >= 0 ? index : 0);
    showSelected();
}

void SettingsDialog::showSelected()
{
    const std::optional<Profile> p =
        m_draft && m_draft->id == currentId() ? m_draft : m_store.profile(currentId());
    const bool locked = p && m_store.isLocked(p->id);
    m_form->setEnabled(p.has_value() && !locked);
    m_administered->setVisible(locked);
    m_delete->setEnabled(p.has_value() && (p == m_draft || m_store.canRemove(p->id)));
    m_save->setEnabled(p.has_value() && !locked);
    m_form->setProfile(p.value_or(Profile()));
}

QString SettingsDialog::currentId() const
{
    return m_profiles->currentData().toString();
}

void SettingsDialog::save()
{
    const Profile p = m_form->profile();
    if (p.id.isEmpty() || !m_store.save(p))
        return;
    if (m_draft && m_draft->id == p.id)
        m_draft.reset();
    loadProfiles(p.id);
}

} // namespace recbar
