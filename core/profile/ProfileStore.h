#pragma once

#include "Profile.h"

#include <QList>

class QSettings;

namespace recbar {

// Profiles and preferences in QSettings. Never a password.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings &settings)
        : m_settings(settings)
    {}

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    void save(const Profile &profile);
    void remove(const QString &id);
    QString activeProfileId() const;
    void setActiveProfileId(const QString &id);
    static QString newId();

    Preferences preferences() const;
    void savePreferences(const Preferences &preferences);

private:
    QSettings &m_settings;
};

} // namespace recbar
