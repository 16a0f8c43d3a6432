#include "ProfileStore.h"

#include "servers/ServerKind.h"

#include <QSettings>
#include <QUuid>

#include <tuple>
#include <type_traits>

namespace recbar {

namespace {

QStringList profileIds(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("profiles"));
    const QStringList ids = settings.childGroups();
    settings.endGroup();
    return ids;
}

// One stored setting of a profile: its key, and the member it is read into and written from. A
// setting not stored reads as the member's default in Profile.
template <typename T>
struct Setting
{
    const char *key;
    T Profile::*member;
    bool trimmed = false; // a word the administrator's file may pad with spaces
};

// Every setting a profile stores besides its kinds' fields, named once.
const auto kSettings = std::tuple{
    Setting<QString>{"name", &Profile::name},
    Setting<QString>{"controlKind", &Profile::controlKind, true},
    Setting<QString>{"stateKind", &Profile::stateKind, true},
    Setting<QString>{"recordingsKind", &Profile::recordingsKind, true},
    Setting<QUrl>{"serverUrl", &Profile::serverUrl},
    Setting<QUrl>{"stateServerUrl", &Profile::stateServerUrl},
    Setting<QString>{"user", &Profile::user},
    Setting<QString>{"stateUser", &Profile::stateUser},
    Setting<bool>{"autoStart", &Profile::autoStart},
    Setting<bool>{"askBeforeStop", &Profile::askBeforeStop},
    Setting<bool>{"allowPlainHttp", &Profile::allowPlainHttp},
    Setting<bool>{"rememberPassword", &Profile::rememberPassword},
    Setting<int>{"pollOnCallMs", &Profile::pollOnCallMs},
    Setting<int>{"pollIdleMs", &Profile::pollIdleMs},
    Setting<int>{"autoResumeSec", &Profile::autoResumeSec},
    Setting<int>{"requestTimeoutMs", &Profile::requestTimeoutMs},
    Setting<QString>{"role", &Profile::role, true},
    Setting<int>{"teamNotRecordedSec", &Profile::teamNotRecordedSec},
    Setting<int>{"teamPausedMinutes", &Profile::teamPausedMinutes},
};

// Calls `each` with every setting of kSettings.
template <typename Each>
void forEachSetting(Each each)
{
    std::apply([&](const auto &...setting) { (each(setting), ...); }, kSettings);
}

} // namespace

std::unique_ptr<QSettings> ProfileStore::systemSettings()
{
    const QString file = qEnvironmentVariable("RECBAR_SYSTEM_SETTINGS");
    if (!file.isEmpty())
        return std::make_unique<QSettings>(file, QSettings::IniFormat);
    return std::make_unique<QSettings>(QSettings::SystemScope, QStringLiteral("RecBar"),
                                       QStringLiteral("RecBar"));
}

QVariant ProfileStore::value(const QString &key, const QVariant &fallback, bool locked) const
{
    if (m_admin && (locked || !m_settings.contains(key)))
        return m_admin->value(key, fallback);
    return m_settings.value(key, fallback);
}

QStringList ProfileStore::lockedList(const QString &name) const
{
    QStringList out;
    if (!m_admin)
        return out;
    for (const QString &item : m_admin->value(QStringLiteral("locked/") + name).toStringList())
        out.append(item.trimmed());
    return out;
}

bool ProfileStore::isLocked(const QString &profileId) const
{
    return lockedList(QStringLiteral("profiles")).contains(profileId);
}

bool ProfileStore::isPreferenceLocked(const QString &name) const
{
    return lockedList(QStringLiteral("preferences")).contains(name);
}

bool ProfileStore::canAddProfiles() const
{
    return !m_admin || m_admin->value(QStringLiteral("locked/newProfiles"), true).toBool();
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> out;
    QStringList ids;
    if (m_admin)
        ids = profileIds(*m_admin);
    for (const QString &id : profileIds(m_settings)) {
        if (!ids.contains(id))
            ids.append(id);
    }
    for (const QString &id : ids) {
        if (const std::optional<Profile> p = profile(id))
            out.append(*p);
    }
    return out;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    const QString group = QStringLiteral("profiles/") + id + u'/';
    if (id.isEmpty() || !value(group + QStringLiteral("name"), {}).isValid())
        return std::nullopt;
    const bool locked = isLocked(id);
    Profile p;
    const Profile defaults;
    p.id = id;
    forEachSetting([&](const auto &setting) {
        auto read = value(group + QLatin1String(setting.key), defaults.*setting.member, locked)
                        .template value<std::remove_cvref_t<decltype(p.*setting.member)>>();
        if constexpr (std::is_same_v<decltype(read), QString>) {
            if (setting.trimmed)
                read = read.trimmed();
        }
        p.*setting.member = read;
    });
    for (const ServerKind &kind : ServerRegistry::current().kinds()) {
        for (const KindField &field : kind.fields) {
            const QVariant stored = value(group + field.key, {}, locked);
            if (stored.isValid())
                p.fields.insert(field.key, stored.toString());
        }
    }
    return p;
}

bool ProfileStore::save(const Profile &p)
{
    if (isLocked(p.id))
        return false;
    m_settings.beginGroup(QStringLiteral("profiles/") + p.id);
    forEachSetting([&](const auto &setting) {
        m_settings.setValue(QLatin1String(setting.key), p.*setting.member);
    });
    for (auto it = p.fields.begin(); it != p.fields.end(); ++it) {
        if (ServerRegistry::current().field(it.key()))
            m_settings.setValue(it.key(), it.value());
    }
    m_settings.endGroup();
    return true;
}

bool ProfileStore::canRemove(const QString &profileId) const
{
    // The administrator's profiles come back from their file: removing them would only pretend.
    return !m_admin ||
           !m_admin->contains(QStringLiteral("profiles/") + profileId + QStringLiteral("/name"));
}

bool ProfileStore::remove(const QString &id)
{
    if (!canRemove(id))
        return false;
    m_settings.remove(QStringLiteral("profiles/") + id);
    return true;
}

QString ProfileStore::activeProfileId() const
{
    return value(QStringLiteral("activeProfile"), {}).toString();
}

void ProfileStore::setActiveProfileId(const QString &id)
{
    // Every sign-in names its profile: unchanged, the settings file is not written again (with
    // its flush to disk) on the way to the first state.
    const QString key = QStringLiteral("activeProfile");
    if (m_settings.contains(key) && m_settings.value(key).toString() == id)
        return;
    m_settings.setValue(key, id);
}

QString ProfileStore::newId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

Preferences ProfileStore::preferences() const
{
    Preferences p;
    const auto read = [this](const QString &name, bool fallback) {
        return value(QStringLiteral("preferences/") + name, fallback, isPreferenceLocked(name))
            .toBool();
    };
    p.alwaysOnTop = read(QStringLiteral("alwaysOnTop"), p.alwaysOnTop);
    p.startMinimized = read(QStringLiteral("startMinimized"), p.startMinimized);
    p.notifications = read(QStringLiteral("notifications"), p.notifications);
    const QString appearance = value(QStringLiteral("preferences/appearance"), p.appearance,
                                     isPreferenceLocked(QStringLiteral("appearance")))
                                   .toString();
    if (Preferences::appearances().contains(appearance))
        p.appearance = appearance;
    const QString modifier = value(QStringLiteral("preferences/keyModifier"), p.keyModifier,
                                   isPreferenceLocked(QStringLiteral("keyModifier")))
                                 .toString();
    if (Preferences::keyModifiers().contains(modifier))
        p.keyModifier = modifier;
    p.plainKeys = read(QStringLiteral("plainKeys"), p.plainKeys);
    return p;
}

void ProfileStore::savePreferences(const Preferences &p)
{
    const auto write = [this](const QString &name, bool on) {
        if (!isPreferenceLocked(name))
            m_settings.setValue(QStringLiteral("preferences/") + name, on);
    };
    write(QStringLiteral("alwaysOnTop"), p.alwaysOnTop);
    write(QStringLiteral("startMinimized"), p.startMinimized);
    write(QStringLiteral("notifications"), p.notifications);
    if (!isPreferenceLocked(QStringLiteral("appearance")))
        m_settings.setValue(QStringLiteral("preferences/appearance"), p.appearance);
    if (!isPreferenceLocked(QStringLiteral("keyModifier")))
        m_settings.setValue(QStringLiteral("preferences/keyModifier"), p.keyModifier);
    write(QStringLiteral("plainKeys"), p.plainKeys);
}

} // namespace recbar
