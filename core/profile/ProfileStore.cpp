#include "ProfileStore.h"

#include "servers/ServerKind.h"

#include <QSettings>
#include <QUuid>

namespace recbar {

namespace {

QStringList profileIds(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("profiles"));
    const QStringList ids = settings.childGroups();
    settings.endGroup();
    return ids;
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
    const auto setting = [&](const char *key, const QVariant &fallback = {}) {
        return value(group + QLatin1String(key), fallback, locked);
    };
    Profile p;
    const Profile defaults;
    p.id = id;
    p.name = setting("name").toString();
    p.controlKind = setting("controlKind", defaults.controlKind).toString().trimmed();
    p.stateKind = setting("stateKind", defaults.stateKind).toString().trimmed();
    p.recordingsKind = setting("recordingsKind").toString().trimmed();
    p.serverUrl = setting("serverUrl").toUrl();
    p.stateServerUrl = setting("stateServerUrl").toUrl();
    p.user = setting("user").toString();
    p.stateUser = setting("stateUser").toString();
    for (const ServerKind &kind : ServerRegistry::kinds()) {
        for (const KindField &field : kind.fields) {
            const QVariant stored = value(group + field.key, {}, locked);
            if (stored.isValid())
                p.fields.insert(field.key, stored.toString());
        }
    }
    p.autoStart = setting("autoStart", false).toBool();
    p.askBeforeStop = setting("askBeforeStop", true).toBool();
    p.allowPlainHttp = setting("allowPlainHttp", false).toBool();
    p.rememberPassword = setting("rememberPassword", true).toBool();
    p.pollOnCallMs = setting("pollOnCallMs", defaults.pollOnCallMs).toInt();
    p.pollIdleMs = setting("pollIdleMs", defaults.pollIdleMs).toInt();
    p.autoResumeSec = setting("autoResumeSec", 0).toInt();
    p.requestTimeoutMs = setting("requestTimeoutMs", defaults.requestTimeoutMs).toInt();
    p.role = setting("role", defaults.role).toString().trimmed();
    p.teamNotRecordedSec = setting("teamNotRecordedSec", defaults.teamNotRecordedSec).toInt();
    p.teamPausedMinutes = setting("teamPausedMinutes", defaults.teamPausedMinutes).toInt();
    return p;
}

bool ProfileStore::save(const Profile &p)
{
    if (isLocked(p.id))
        return false;
    m_settings.beginGroup(QStringLiteral("profiles/") + p.id);
    m_settings.setValue(QStringLiteral("name"), p.name);
    m_settings.setValue(QStringLiteral("controlKind"), p.controlKind);
    m_settings.setValue(QStringLiteral("stateKind"), p.stateKind);
    m_settings.setValue(QStringLiteral("recordingsKind"), p.recordingsKind);
    m_settings.setValue(QStringLiteral("serverUrl"), p.serverUrl);
    m_settings.setValue(QStringLiteral("stateServerUrl"), p.stateServerUrl);
    m_settings.setValue(QStringLiteral("user"), p.user);
    m_settings.setValue(QStringLiteral("stateUser"), p.stateUser);
    for (auto it = p.fields.begin(); it != p.fields.end(); ++it) {
        if (ServerRegistry::field(it.key()))
            m_settings.setValue(it.key(), it.value());
    }
    m_settings.setValue(QStringLiteral("autoStart"), p.autoStart);
    m_settings.setValue(QStringLiteral("askBeforeStop"), p.askBeforeStop);
    m_settings.setValue(QStringLiteral("allowPlainHttp"), p.allowPlainHttp);
    m_settings.setValue(QStringLiteral("rememberPassword"), p.rememberPassword);
    m_settings.setValue(QStringLiteral("pollOnCallMs"), p.pollOnCallMs);
    m_settings.setValue(QStringLiteral("pollIdleMs"), p.pollIdleMs);
    m_settings.setValue(QStringLiteral("autoResumeSec"), p.autoResumeSec);
    m_settings.setValue(QStringLiteral("requestTimeoutMs"), p.requestTimeoutMs);
    m_settings.setValue(QStringLiteral("role"), p.role);
    m_settings.setValue(QStringLiteral("teamNotRecordedSec"), p.teamNotRecordedSec);
    m_settings.setValue(QStringLiteral("teamPausedMinutes"), p.teamPausedMinutes);
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
    m_settings.setValue(QStringLiteral("activeProfile"), id);
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
