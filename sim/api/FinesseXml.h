#pragma once

#include "../model/SimModel.h"

class QXmlStreamWriter;

namespace recsim {

// Times as Finesse writes them: ISO 8601, UTC, with milliseconds.
QString finesseTime(qint64 ms);

// Finesse's User and Dialog documents as the REST API and the notification service both send
// them, from the model.
class FinesseXml
{
public:
    explicit FinesseXml(const SimModel &model);

    void writeUser(QXmlStreamWriter &xml, const Agent &agent) const;
    // The summary a Team lists for each of its users (no dialogs, no roles).
    void writeTeamUser(QXmlStreamWriter &xml, const Agent &agent) const;
    // `monitoring`: the extension of a supervisor silently monitoring the call, listed as a
    // participant of its own.
    void writeDialog(QXmlStreamWriter &xml, const Call &call, const QString &monitoring = {}) const;
    QByteArray user(const Agent &agent) const;
    // A Team Users event's data as the developer guide's payload format has it: <user> with
    // uri, loginId, names, state and its time (no extension).
    QByteArray teamUserEvent(const Agent &agent) const;
    QByteArray dialog(const Call &call) const;
    // The agent's dialogs: live calls, and a dropped one while the agent wraps it up.
    QList<const Call *> dialogsOf(const Agent &agent) const;

private:
    const SimModel &m_model;
};

} // namespace recsim
