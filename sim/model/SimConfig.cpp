#include "SimConfig.h"

#include "JsonReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>

namespace recsim {

namespace {

const QStringList kRoles = {QStringLiteral("agent"), QStringLiteral("supervisor"),
                            QStringLiteral("admin")};

void readSettings(JsonReader &in, ServerSettings &s)
{
    s.sessionLifetimeSec =
        in.integer(QStringLiteral("sessionLifetimeSec"), s.sessionLifetimeSec, 1, 30 * 24 * 3600);
    s.serverHost = in.string(QStringLiteral("serverHost"), s.serverHost);
    s.undocumentedValues = in.boolean(QStringLiteral("undocumentedValues"), s.undocumentedValues);
    s.recordingApi.read(in);
    s.qm.read(in);
    s.finesse.read(in);
    s.imagicle.read(in);
    s.ids.read(in);
    // The keys are those written: a module's keys are named once, in its write().
    in.rejectUnknown(settingsToJson(ServerSettings{}).keys());
}

Agent readAgent(JsonReader &in)
{
    Agent a;
    a.id = in.integer(QStringLiteral("id"), 0, 1, 1'000'000'000, true);
    a.businessUnit = in.integer(QStringLiteral("businessUnit"), 0, 0, 1'000'000);
    a.phone = in.string(QStringLiteral("phone"), {}, true);
    a.loginId = in.string(QStringLiteral("loginId"), {}, true);
    a.systemUsername = in.string(QStringLiteral("systemUsername"), a.loginId);
    a.crmUsername = in.string(QStringLiteral("crmUsername"));
    a.username = in.nullableString(QStringLiteral("username"));
    a.deviceId = in.string(QStringLiteral("deviceId"), a.phone);
    a.deviceAlias = in.string(QStringLiteral("deviceAlias"));
    a.deviceName = in.string(QStringLiteral("deviceName"), QStringLiteral("SEP00000000") + a.phone);
    a.firstName = in.string(QStringLiteral("firstName"), a.loginId);
    a.lastName = in.string(QStringLiteral("lastName"));
    a.teamId = in.string(QStringLiteral("teamId"), QStringLiteral("1"));
    a.teamName = in.string(QStringLiteral("teamName"), QStringLiteral("Default"));
    a.qmUserId = in.string(QStringLiteral("qmUserId"), a.loginId);
    a.peripheralId = in.string(QStringLiteral("peripheralId"), QStringLiteral("5001"));
    a.recordingMethod = in.string(QStringLiteral("recordingMethod"), a.recordingMethod);
    if (a.recordingMethod != u"server" && a.recordingMethod != u"network" &&
        a.recordingMethod != u"desktop")
        in.error(QStringLiteral("recordingMethod"),
                 QStringLiteral("must be \"server\", \"network\" or \"desktop\""));
    a.autoRecord = in.boolean(QStringLiteral("autoRecord"), false);
    a.monitorable = in.boolean(QStringLiteral("monitorable"), true);
    a.imagicleAutomatic = in.boolean(QStringLiteral("imagicleAutomatic"), false);
    a.wrapUpSec = in.integer(QStringLiteral("wrapUpSec"), 0, 0, 3600);
    a.baseState = in.string(QStringLiteral("state"), a.baseState);
    if (a.baseState != u"READY" && a.baseState != u"NOT_READY" && a.baseState != u"LOGOUT")
        in.error(QStringLiteral("state"), QStringLiteral("must be READY, NOT_READY or LOGOUT"));
    in.rejectUnknown({QStringLiteral("id"),
                      QStringLiteral("businessUnit"),
                      QStringLiteral("phone"),
                      QStringLiteral("loginId"),
                      QStringLiteral("systemUsername"),
                      QStringLiteral("crmUsername"),
                      QStringLiteral("username"),
                      QStringLiteral("deviceId"),
                      QStringLiteral("deviceAlias"),
                      QStringLiteral("deviceName"),
                      QStringLiteral("firstName"),
                      QStringLiteral("lastName"),
                      QStringLiteral("teamId"),
                      QStringLiteral("teamName"),
                      QStringLiteral("qmUserId"),
                      QStringLiteral("peripheralId"),
                      QStringLiteral("recordingMethod"),
                      QStringLiteral("autoRecord"),
                      QStringLiteral("monitorable"),
                      QStringLiteral("imagicleAutomatic"),
                      QStringLiteral("wrapUpSec"),
                      QStringLiteral("state")});
    return a;
}

User readUser(JsonReader &in)
{
    User u;
    u.name = in.string(QStringLiteral("name"), {}, true);
    u.password = in.string(QStringLiteral("password"), {}, true);
    u.level = in.integer(QStringLiteral("level"), 1, 0, 10);
    u.roles = in.stringList(QStringLiteral("roles"));
    for (const QString &role : std::as_const(u.roles)) {
        if (!kRoles.contains(role))
            in.error(QStringLiteral("roles"), QStringLiteral("unknown role \"%1\"").arg(role));
    }
    if (in.has(QStringLiteral("agent")))
        u.agentId = in.integer(QStringLiteral("agent"), 0, 1, 1'000'000'000);
    u.extension = in.string(QStringLiteral("extension"));
    in.rejectUnknown({QStringLiteral("name"), QStringLiteral("password"), QStringLiteral("level"),
                      QStringLiteral("roles"), QStringLiteral("agent"),
                      QStringLiteral("extension")});
    return u;
}

} // namespace

std::optional<SimConfig> SimConfig::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("invalid JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("the configuration must be a JSON object");
        return std::nullopt;
    }

    QStringList errors;
    JsonReader root(document.object(), {}, &errors);
    SimConfig config;

    const QString clock = root.string(QStringLiteral("clock"), QStringLiteral("real"));
    if (clock == u"manual")
        config.clock = SimClock::Mode::Manual;
    else if (clock != u"real")
        root.error(QStringLiteral("clock"), QStringLiteral("must be \"real\" or \"manual\""));
    if (root.has(QStringLiteral("startTime"))) {
        config.startTime =
            QDateTime::fromString(root.string(QStringLiteral("startTime")), Qt::ISODateWithMs);
        if (!config.startTime.isValid())
            root.error(QStringLiteral("startTime"), QStringLiteral("expected an ISO 8601 time"));
    }

    JsonReader settings(root.object(QStringLiteral("settings")), QStringLiteral("settings"),
                        &errors);
    readSettings(settings, config.settings);

    const QJsonArray agents = root.array(QStringLiteral("agents"));
    QSet<int> ids;
    QSet<QString> phones;
    QSet<QString> logins;
    for (qsizetype i = 0; i < agents.size(); ++i) {
        const QString path = QStringLiteral("agents[%1]").arg(i);
        if (!agents[i].isObject()) {
            errors.append(path + QStringLiteral(": expected an object"));
            continue;
        }
        JsonReader in(agents[i].toObject(), path, &errors);
        Agent agent = readAgent(in);
        if (ids.contains(agent.id))
            errors.append(path + QStringLiteral(".id: duplicate agent id %1").arg(agent.id));
        if (phones.contains(agent.phone))
            errors.append(path + QStringLiteral(".phone: duplicate phone %1").arg(agent.phone));
        if (logins.contains(agent.loginId))
            errors.append(path + QStringLiteral(".loginId: duplicate login %1").arg(agent.loginId));
        ids.insert(agent.id);
        phones.insert(agent.phone);
        logins.insert(agent.loginId);
        config.agents.append(agent);
    }

    const QJsonArray users = root.array(QStringLiteral("users"));
    QSet<QString> names;
    for (qsizetype i = 0; i < users.size(); ++i) {
        const QString path = QStringLiteral("users[%1]").arg(i);
        if (!users[i].isObject()) {
            errors.append(path + QStringLiteral(": expected an object"));
            continue;
        }
        JsonReader in(users[i].toObject(), path, &errors);
        User user = readUser(in);
        if (names.contains(user.name))
            errors.append(path + QStringLiteral(".name: duplicate user %1").arg(user.name));
        if (user.agentId && !ids.contains(*user.agentId))
            errors.append(path + QStringLiteral(".agent: no agent with id %1").arg(*user.agentId));
        names.insert(user.name);
        config.users.append(user);
    }

    const QJsonArray keys = root.array(QStringLiteral("qmMetadataKeys"));
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString path = QStringLiteral("qmMetadataKeys[%1]").arg(i);
        if (!keys[i].isObject()) {
            errors.append(path + QStringLiteral(": expected an object"));
            continue;
        }
        JsonReader in(keys[i].toObject(), path, &errors);
        MetadataKey key;
        key.name = in.string(QStringLiteral("name"), {}, true);
        const QString type = in.string(QStringLiteral("type"), QStringLiteral("text"));
        if (type == u"number")
            key.type = MetadataKey::Type::Number;
        else if (type == u"date")
            key.type = MetadataKey::Type::Date;
        else if (type != u"text")
            in.error(QStringLiteral("type"), QStringLiteral("must be text, number or date"));
        in.rejectUnknown({QStringLiteral("name"), QStringLiteral("type")});
        config.qmMetadataKeys.append(key);
    }

    config.faults = root.array(QStringLiteral("faults"));

    JsonReader history(root.object(QStringLiteral("history")), QStringLiteral("history"), &errors);
    config.history.perAgent = history.integer(QStringLiteral("perAgent"), 0, 0, 100'000);
    config.history.days = history.integer(QStringLiteral("days"), 14, 1, 3650);
    config.history.seed = quint32(history.integer(QStringLiteral("seed"), 1, 0, 1'000'000'000));
    history.rejectUnknown(
        {QStringLiteral("perAgent"), QStringLiteral("days"), QStringLiteral("seed")});

    config.generatedAgents = root.integer(QStringLiteral("generatedAgents"), 0, 0, 100'000);

    root.rejectUnknown({QStringLiteral("clock"), QStringLiteral("startTime"),
                        QStringLiteral("settings"), QStringLiteral("agents"),
                        QStringLiteral("users"), QStringLiteral("qmMetadataKeys"),
                        QStringLiteral("faults"), QStringLiteral("history"),
                        QStringLiteral("generatedAgents"), QStringLiteral("comment")});

    if (!errors.isEmpty()) {
        *error = errors.join(u'\n');
        return std::nullopt;
    }
    return config;
}

SimConfig SimConfig::demo()
{
    QFile file(QStringLiteral(":/recsim/demo-config.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("recsim: the built-in demo configuration is missing from the resources");
    QString error;
    const std::optional<SimConfig> config = fromJson(file.readAll(), &error);
    if (!config)
        qFatal("recsim: the built-in demo configuration is invalid: %s", qPrintable(error));
    return *config;
}

std::optional<QString> applySettings(ServerSettings &settings, const QJsonObject &patch)
{
    QStringList errors;
    ServerSettings updated = settings;
    JsonReader in(patch, {}, &errors);
    readSettings(in, updated);
    if (!errors.isEmpty())
        return errors.join(u'\n');
    settings = updated;
    return std::nullopt;
}

QJsonObject settingsToJson(const ServerSettings &s)
{
    QJsonObject out{
        {QStringLiteral("sessionLifetimeSec"), s.sessionLifetimeSec},
        {QStringLiteral("serverHost"), s.serverHost},
        {QStringLiteral("undocumentedValues"), s.undocumentedValues},
    };
    s.recordingApi.write(out);
    s.qm.write(out);
    s.finesse.write(out);
    s.imagicle.write(out);
    s.ids.write(out);
    return out;
}

} // namespace recsim
