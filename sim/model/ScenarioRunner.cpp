#include "ScenarioRunner.h"

#include "JsonReader.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSimScenario, "recsim.scenario", QtWarningMsg)

namespace recsim {

namespace {

const QStringList kActions = {
    QStringLiteral("ring"),     QStringLiteral("dial"),     QStringLiteral("answer"),
    QStringLiteral("hold"),     QStringLiteral("retrieve"), QStringLiteral("consult"),
    QStringLiteral("transfer"), QStringLiteral("hangup"),   QStringLiteral("state")};

} // namespace

std::variant<Scenario, QString> ScenarioRunner::parse(const QByteArray &json, const SimModel &model)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("invalid JSON at offset %1: %2")
            .arg(parseError.offset)
            .arg(parseError.errorString());
    if (!document.isObject())
        return QStringLiteral("a scenario must be a JSON object");

    QStringList errors;
    JsonReader root(document.object(), {}, &errors);
    Scenario scenario;
    scenario.name = root.string(QStringLiteral("name"), QStringLiteral("scenario"));
    scenario.loop = root.boolean(QStringLiteral("loop"), false);
    scenario.loopGapMs = qint64(root.integer(QStringLiteral("loopGapSec"), 5, 0, 86'400)) * 1000;
    const QJsonArray events = root.array(QStringLiteral("events"));
    root.rejectUnknown({QStringLiteral("name"), QStringLiteral("loop"),
                        QStringLiteral("loopGapSec"), QStringLiteral("events"),
                        QStringLiteral("comment")});
    if (events.isEmpty() && errors.isEmpty())
        errors.append(QStringLiteral("events: at least one event is needed"));

    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString path = QStringLiteral("events[%1]").arg(i);
        if (!events[i].isObject()) {
            errors.append(path + QStringLiteral(": expected an object"));
            continue;
        }
        JsonReader in(events[i].toObject(), path, &errors);
        ScenarioEvent event;
        const QJsonValue at = events[i].toObject().value(QStringLiteral("at"));
        if (!at.isDouble() || at.toDouble() < 0 || at.toDouble() > 7 * 86'400)
            in.error(QStringLiteral("at"),
                     QStringLiteral("expected seconds from the start (>= 0)"));
        event.atMs = qint64(at.toDouble() * 1000);
        event.action = in.string(QStringLiteral("action"), {}, true);
        event.agent = in.string(QStringLiteral("agent"));
        event.call = in.string(QStringLiteral("call"));
        event.as = in.string(QStringLiteral("as"));
        event.from = in.string(QStringLiteral("from"));
        event.to = in.string(QStringLiteral("to"));
        event.queue = in.string(QStringLiteral("queue"));
        event.state = in.string(QStringLiteral("state"));
        event.included = in.boolean(QStringLiteral("included"), true);
        in.rejectUnknown({QStringLiteral("at"), QStringLiteral("action"), QStringLiteral("agent"),
                          QStringLiteral("call"), QStringLiteral("as"), QStringLiteral("from"),
                          QStringLiteral("to"), QStringLiteral("queue"), QStringLiteral("state"),
                          QStringLiteral("included"), QStringLiteral("comment")});
        if (!event.action.isEmpty() && !kActions.contains(event.action))
            in.error(QStringLiteral("action"),
                     QStringLiteral("unknown action; use one of ") + kActions.join(u", "));
        scenario.events.append(event);
    }
    std::stable_sort(
        scenario.events.begin(), scenario.events.end(),
        [](const ScenarioEvent &a, const ScenarioEvent &b) { return a.atMs < b.atMs; });

    // Names must be introduced before they are used, agents must exist.
    QSet<QString> names;
    for (const ScenarioEvent &event : std::as_const(scenario.events)) {
        const QString where =
            QStringLiteral("event \"%1\" at %2 s").arg(event.action).arg(double(event.atMs) / 1000);
        const bool needsAgent =
            event.action == u"ring" || event.action == u"dial" || event.action == u"state";
        if (needsAgent && !model.agentByName(event.agent))
            errors.append(where + QStringLiteral(": no agent \"%1\"").arg(event.agent));
        if (event.action == u"ring" || event.action == u"dial") {
            if (event.call.isEmpty())
                errors.append(where + QStringLiteral(": needs a \"call\" name"));
            if ((event.action == u"ring" ? event.from : event.to).isEmpty())
                errors.append(where + (event.action == u"ring" ? QStringLiteral(": needs \"from\"")
                                                               : QStringLiteral(": needs \"to\"")));
            names.insert(event.call);
            continue;
        }
        if (event.action == u"state") {
            if (event.state != u"READY" && event.state != u"NOT_READY" && event.state != u"LOGOUT")
                errors.append(where + QStringLiteral(": state must be READY, NOT_READY or LOGOUT"));
            continue;
        }
        if (!names.contains(event.call))
            errors.append(where +
                          QStringLiteral(": call \"%1\" is not defined earlier").arg(event.call));
        if ((event.action == u"consult" || event.action == u"transfer") && event.to.isEmpty())
            errors.append(where + QStringLiteral(": needs \"to\""));
        if (event.action == u"consult" && event.as.isEmpty())
            errors.append(where + QStringLiteral(": needs \"as\", a name for the consult call"));
        if (!event.as.isEmpty())
            names.insert(event.as);
    }
    if (!errors.isEmpty())
        return errors.join(u'\n');
    return scenario;
}

void ScenarioRunner::start(const Scenario &scenario)
{
    stop();
    m_scenario = scenario;
    m_running = true;
    m_iteration = 0;
    m_failures = 0;
    startIteration(m_generation);
}

void ScenarioRunner::stop()
{
    ++m_generation;
    m_running = false;
}

QJsonObject ScenarioRunner::status() const
{
    return {{QStringLiteral("name"), m_scenario.name},
            {QStringLiteral("running"), m_running},
            {QStringLiteral("loop"), m_scenario.loop},
            {QStringLiteral("iteration"), m_iteration},
            {QStringLiteral("failedEvents"), m_failures}};
}

void ScenarioRunner::startIteration(int generation)
{
    if (generation != m_generation)
        return;
    ++m_iteration;
    m_calls.clear();
    const qint64 base = m_model.now();
    for (const ScenarioEvent &event : std::as_const(m_scenario.events)) {
        m_model.schedule(base + event.atMs, [this, event, generation] {
            if (generation == m_generation)
                run(event);
        });
    }
    if (m_scenario.loop)
        m_model.schedule(base + m_scenario.lengthMs(),
                         [this, generation] { startIteration(generation); });
    else
        m_model.schedule(base + m_scenario.lengthMs(), [this, generation] {
            if (generation == m_generation)
                m_running = false;
        });
}

Call *ScenarioRunner::named(const QString &name) const
{
    return m_model.call(m_calls.value(name));
}

void ScenarioRunner::run(const ScenarioEvent &event)
{
    QString error;
    const QString &a = event.action;
    if (a == u"ring" || a == u"dial") {
        SimModel::NewCall spec;
        spec.agentId = m_model.agentByName(event.agent)->id;
        spec.direction = a == u"ring" ? Direction::Inbound : Direction::Outbound;
        spec.remoteNumber = a == u"ring" ? event.from : event.to;
        spec.dialedNumber = a == u"ring" ? event.to : QString();
        spec.queueName = event.queue;
        spec.included = event.included;
        if (Call *call = m_model.createCall(spec, &error))
            m_calls.insert(event.call, call->id);
    } else if (a == u"state") {
        m_model.setBaseState(m_model.agentByName(event.agent), event.state);
    } else if (Call *call = named(event.call)) {
        std::optional<QString> failure;
        if (a == u"answer")
            failure = m_model.answer(call);
        else if (a == u"hold")
            failure = m_model.hold(call);
        else if (a == u"retrieve")
            failure = m_model.retrieve(call);
        else if (a == u"hangup")
            failure = m_model.hangup(call);
        else if (a == u"consult" || a == u"transfer") {
            Call *created = a == u"consult" ? m_model.consult(call, event.to, &error)
                                            : m_model.transfer(call, event.to, &error);
            if (created && !event.as.isEmpty())
                m_calls.insert(event.as, created->id);
        }
        if (failure)
            error = *failure;
    } else {
        error = QStringLiteral("call \"%1\" does not exist in this iteration").arg(event.call);
    }
    if (!error.isEmpty()) {
        // A test or an API may have changed the world under the scenario; carry on.
        ++m_failures;
        qCInfo(lcSimScenario) << "scenario event" << a << "skipped:" << error;
    }
}

} // namespace recsim
