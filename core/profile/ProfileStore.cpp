#include "ProfileStore.h"

#include <QSettings>
#include <QUuid>

namespace recbar {

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> out;
    m_settings.beginGroup(QStringLiteral("profiles"));
    const QStringList ids = m_settings.childGroups();
    m_settings.endGroup();
    for (const QString &id : ids) {
        if (const std::optional<Profile> p = profile(id))
            out.append(*p);
    }
    return out;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    const QString group = QStringLiteral("profiles/") + id;
    if (id.isEmpty() || !m_settings.contains(group + QStringLiteral("/name")))
        return std::nullopt;
    m_settings.beginGroup(group);
    Profile p;
    const Profile defaults;
    p.id = id;
    p.name = m_settings.value(QStringLiteral("name")).toString();
    p.controlKind =
        m_settings.value(QStringLiteral("controlKind"), defaults.controlKind).toString();
    p.stateKind = m_settings.value(QStringLiteral("stateKind"), defaults.stateKind).toString();
    p.serverUrl = m_settings.value(QStringLiteral("serverUrl")).toUrl();
    p.stateServerUrl = m_settings.value(QStringLiteral("stateServerUrl")).toUrl();
    p.peripheralId = m_settings.value(QStringLiteral("peripheralId")).toString();
    p.extension = m_settings.value(QStringLiteral("extension")).toString();
    p.autoStart = m_settings.value(QStringLiteral("autoStart"), false).toBool();
    p.recordingsKind = m_settings.value(QStringLiteral("recordingsKind")).toString();
    p.user = m_settings.value(QStringLiteral("user")).toString();
    p.agentIdentifierKind =
        m_settings.value(QStringLiteral("agentIdentifierKind"), defaults.agentIdentifierKind)
            .toString();
    p.agentIdentifier = m_settings.value(QStringLiteral("agentIdentifier")).toString();
    p.allowPlainHttp = m_settings.value(QStringLiteral("allowPlainHttp"), false).toBool();
    p.rememberPassword = m_settings.value(QStringLiteral("rememberPassword"), true).toBool();
    p.pollOnCallMs =
        m_settings.value(QStringLiteral("pollOnCallMs"), defaults.pollOnCallMs).toInt();
    p.pollIdleMs = m_settings.value(QStringLiteral("pollIdleMs"), defaults.pollIdleMs).toInt();
    p.autoResumeSec = m_settings.value(QStringLiteral("autoResumeSec"), 0).toInt();
    p.requestTimeoutMs =
        m_settings.value(QStringLiteral("requestTimeoutMs"), defaults.requestTimeoutMs).toInt();
    m_settings.endGroup();
    return p;
}

void ProfileStore::save(const Profile &p)
{
    m_settings.beginGroup(QStringLiteral("profiles/") + p.id);
    m_settings.setValue(QStringLiteral("name"), p.name);
    m_settings.setValue(QStringLiteral("controlKind"), p.controlKind);
    m_settings.setValue(QStringLiteral("stateKind"), p.stateKind);
    m_settings.setValue(QStringLiteral("serverUrl"), p.serverUrl);
    m_settings.setValue(QStringLiteral("stateServerUrl"), p.stateServerUrl);
    m_settings.setValue(QStringLiteral("peripheralId"), p.peripheralId);
    m_settings.setValue(QStringLiteral("extension"), p.extension);
    m_settings.setValue(QStringLiteral("autoStart"), p.autoStart);
    m_settings.setValue(QStringLiteral("recordingsKind"), p.recordingsKind);
    m_settings.setValue(QStringLiteral("user"), p.user);
    m_settings.setValue(QStringLiteral("agentIdentifierKind"), p.agentIdentifierKind);
    m_settings.setValue(QStringLiteral("agentIdentifier"), p.agentIdentifier);
    m_settings.setValue(QStringLiteral("allowPlainHttp"), p.allowPlainHttp);
    m_settings.setValue(QStringLiteral("rememberPassword"), p.rememberPassword);
    m_settings.setValue(QStringLiteral("pollOnCallMs"), p.pollOnCallMs);
    m_settings.setValue(QStringLiteral("pollIdleMs"), p.pollIdleMs);
    m_settings.setValue(QStringLiteral("autoResumeSec"), p.autoResumeSec);
    m_settings.setValue(QStringLiteral("requestTimeoutMs"), p.requestTimeoutMs);
    m_settings.endGroup();
}

void ProfileStore::remove(const QString &id)
{
    m_settings.remove(QStringLiteral("profiles/") + id);
}

QString ProfileStore::activeProfileId() const
{
    return m_settings.value(QStringLiteral("activeProfile")).toString();
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
    p.alwaysOnTop =
        m_settings.value(QStringLiteral("preferences/alwaysOnTop"), p.alwaysOnTop).toBool();
    p.startMinimized =
        m_settings.value(QStringLiteral("preferences/startMinimized"), p.startMinimized).toBool();
    p.notifications =
        m_settings.value(QStringLiteral("preferences/notifications"), p.notifications).toBool();
    return p;
}

void ProfileStore::savePreferences(const Preferences &p)
{
    m_settings.setValue(QStringLiteral("preferences/alwaysOnTop"), p.alwaysOnTop);
    m_settings.setValue(QStringLiteral("preferences/startMinimized"), p.startMinimized);
    m_settings.setValue(QStringLiteral("preferences/notifications"), p.notifications);
}

} // namespace recbar
