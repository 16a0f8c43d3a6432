#pragma once

#include "SimModel.h"

#include <QHash>
#include <QJsonObject>

#include <variant>

namespace recsim {

struct ScenarioEvent
{
    qint64 atMs = 0;
    QString action; // ring, dial, answer, hold, retrieve, consult, transfer, hangup, state
    QString agent;
    QString call; // the scenario's name for a call
    QString as;   // name given to the call a consult or transfer creates
    QString from;
    QString to;
    QString queue;
    QString state;
    bool included = true;
};

struct Scenario
{
    QString name;
    QList<ScenarioEvent> events; // sorted by time
    bool loop = false;
    qint64 loopGapMs = 5000;

    qint64 lengthMs() const { return events.isEmpty() ? 0 : events.last().atMs + loopGapMs; }
};

// Drives calls from a JSON timeline, once or looping, through the model's scheduler.
class ScenarioRunner
{
public:
    explicit ScenarioRunner(SimModel &model)
        : m_model(model)
    {}

    static std::variant<Scenario, QString> parse(const QByteArray &json, const SimModel &model);

    void start(const Scenario &scenario);
    void stop();
    QJsonObject status() const;

private:
    void startIteration(int generation);
    void run(const ScenarioEvent &event);
    Call *named(const QString &name) const;

    SimModel &m_model;
    Scenario m_scenario;
    int m_generation = 0; // bumps on start/stop so events already scheduled become no-ops
    bool m_running = false;
    int m_iteration = 0;
    int m_failures = 0;
    QHash<QString, QString> m_calls; // scenario name -> call id, per iteration
};

} // namespace recsim
