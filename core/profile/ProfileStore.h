#pragma once

#include "Profile.h"

#include <QList>
#include <QVariant>

#include <memory>

class QSettings;

namespace recbar {

// Profiles and preferences in QSettings. Never a password.
//
// An administrator's settings, when given, are read first: their profiles and preferences are
// the defaults, and what their [locked] group names cannot be changed by the user (a locked
// profile is the administrator's in every field; only the password is the agent's).
class ProfileStore
{
public:
    explicit ProfileStore(QSettings &settings, QSettings *admin = nullptr)
        : m_settings(settings)
        , m_admin(admin)
    {}

    // The administrator's settings for this machine: the file RECBAR_SYSTEM_SETTINGS names, or
    // the system scope (/etc/xdg/RecBar/RecBar.conf, HKLM\Software\RecBar\RecBar,
    // /Library/Preferences/org.recbar.RecBar.plist).
    static std::unique_ptr<QSettings> systemSettings();

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    // False, and nothing changes, for a profile the administrator has locked.
    bool save(const Profile &profile);
    bool remove(const QString &id);
    QString activeProfileId() const;
    void setActiveProfileId(const QString &id);
    static QString newId();

    bool isLocked(const QString &profileId) const;
    // The administrator's profiles stay: only the user's own can be removed.
    bool canRemove(const QString &profileId) const;
    bool isPreferenceLocked(const QString &name) const;
    bool canAddProfiles() const;

    Preferences preferences() const;
    // Locked preferences keep the administrator's value.
    void savePreferences(const Preferences &preferences);

private:
    QVariant value(const QString &key, const QVariant &fallback, bool locked = false) const;
    QStringList lockedList(const QString &name) const;

    QSettings &m_settings;
    QSettings *m_admin;
};

} // namespace recbar
