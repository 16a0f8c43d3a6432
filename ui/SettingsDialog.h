#pragma once

#include "ProfileForm.h"
#include "desktop/Autostart.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

class QScrollArea;

namespace recbar {

class ProfileStore;

// Profiles (which servers, how often to read status, auto-resume) and the bar's own
// preferences. "Use this profile" switches servers without a restart.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(ProfileStore &store, const QString &activeProfileId, QWidget *parent = nullptr);

    Preferences preferences() const;

signals:
    void useProfileRequested(const recbar::Profile &profile);
    void preferencesChanged(const recbar::Preferences &preferences);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *makeProfiles();
    QWidget *makeBarSettings();
    void loadProfiles(const QString &select);
    void showSelected();
    void save();
    QString currentId() const;

    ProfileStore &m_store;
    QComboBox *m_profiles;
    ProfileForm *m_form;
    QPushButton *m_save;
    QPushButton *m_use;
    QPushButton *m_delete;
    QLabel *m_administered;
    QCheckBox *m_onTop;
    QCheckBox *m_minimized;
    QCheckBox *m_notifications;
    QComboBox *m_appearance;
    QComboBox *m_keyModifier;
    QCheckBox *m_plainKeys;
    QCheckBox *m_autostart;
    QLabel *m_autostartProblem;
    Autostart m_loginItem;
    std::optional<Profile> m_draft; // a new profile, until it is saved
    bool m_sized = false;
    QScrollArea *m_formScroll = nullptr;
};

} // namespace recbar
