#include "FinesseProtocol.h"

#include "domain/BoundedParse.h"

#include <QJsonObject>
#include <QXmlStreamReader>

namespace recbar::finesse {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("recbar::finesse", text);
}

// A document too large is refused whole, one with another root by its name; the reader is left
// at the root's start.
Result<void> openDocument(QXmlStreamReader &xml, const QByteArray &document, QStringView root,
                          const QString &otherwise)
{
    if (Result<void> bounds = checkXmlBounds(document); !bounds)
        return bounds;
    xml.addData(document);
    if (!xml.readNextStartElement() || xml.name() != root)
        return fail(otherwise);
    return {};
}

// The text of each child element of the current one, by name.
QMap<QString, QString> readFields(QXmlStreamReader &xml)
{
    QMap<QString, QString> fields;
    while (xml.readNextStartElement()) {
        const QString name = xml.name().toString();
        fields.insert(name, elementText(xml).trimmed());
    }
    return fields;
}

// Each `item` element in the `container` children of the current element: `each` is called
// with the reader at the item's start and reads it to its end. Other elements are skipped.
template <typename Each>
void forEachIn(QXmlStreamReader &xml, QStringView container, QStringView item, Each each)
{
    while (xml.readNextStartElement()) {
        if (xml.name() != container) {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == item)
                each();
            else
                xml.skipCurrentElement();
        }
    }
}

// A team user summary (a Team's <User>, a Team Users event's <user>), the reader at its start.
TeamUser readTeamUser(QXmlStreamReader &xml)
{
    const QMap<QString, QString> fields = readFields(xml);
    TeamUser user;
    user.loginId = fields.value(QStringLiteral("loginId"));
    user.extension = fields.value(QStringLiteral("extension"));
    user.state = fields.value(QStringLiteral("state"));
    user.name = (fields.value(QStringLiteral("firstName")) + u' ' +
                 fields.value(QStringLiteral("lastName")))
                    .trimmed();
    user.stateChangeTime =
        QDateTime::fromString(fields.value(QStringLiteral("stateChangeTime")), Qt::ISODateWithMs);
    if (user.loginId.isEmpty() || user.state.isEmpty())
        user.problem = tr("a team user lacks loginId or state");
    return user;
}

// The guide's examples spell the data's element <user> and <User>, the event "put" and "PUT":
// names and events are compared without case.
bool sameWord(QStringView name, const char *wanted)
{
    return name.compare(QLatin1String(wanted), Qt::CaseInsensitive) == 0;
}

int liveliness(const QString &participantState)
{
    if (participantState == u"ACTIVE")
        return 4;
    if (participantState == u"ALERTING" || participantState == u"INITIATED" ||
        participantState == u"INITIATING" || participantState == u"ACCEPTED")
        return 3;
    if (participantState == u"HELD")
        return 2;
    if (participantState.isEmpty() || participantState == u"DROPPED" ||
        participantState == u"WRAP_UP" || participantState == u"FAILED")
        return 0; // no longer a call the agent is on (or not the agent's at all)
    return 1;     // a state the guide does not list: a call, in a state nobody can name
}

} // namespace

bool isAgentOn(const Dialog &dialog)
{
    return liveliness(dialog.participantState) > 0;
}

namespace {

// A User element's content; the reader is at its start.
Result<User> readUser(QXmlStreamReader &xml)
{
    const QMap<QString, QString> fields = readFields(xml);
    if (xml.hasError())
        return fail(tr("malformed User document: %1").arg(xml.errorString()));
    User user;
    user.loginId = fields.value(QStringLiteral("loginId"));
    user.extension = fields.value(QStringLiteral("extension"));
    user.state = fields.value(QStringLiteral("state"));
    user.name = (fields.value(QStringLiteral("firstName")) + u' ' +
                 fields.value(QStringLiteral("lastName")))
                    .trimmed();
    if (user.loginId.isEmpty() || user.state.isEmpty())
        return fail(tr("the User document lacks loginId or state"));
    return user;
}

// A Dialog element's content, seen from the agent's own device; the reader is at its start.
Result<Dialog> readDialog(QXmlStreamReader &xml, const QString &extension)
{
    Dialog dialog;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"id")
            dialog.id = xml.readElementText();
        else if (name == u"state")
            dialog.state = xml.readElementText();
        else if (name == u"fromAddress")
            dialog.fromAddress = xml.readElementText();
        else if (name == u"toAddress")
            dialog.toAddress = xml.readElementText();
        else if (name == u"mediaProperties") {
            const QMap<QString, QString> media = readFields(xml);
            dialog.dialedNumber = media.value(QStringLiteral("dialedNumber"));
            dialog.callType = media.value(QStringLiteral("callType"));
        } else if (name == u"participants") {
            while (xml.readNextStartElement()) {
                QString address;
                QString state;
                QString start;
                QStringList actions;
                while (xml.readNextStartElement()) {
                    const auto field = xml.name();
                    if (field == u"actions") {
                        while (xml.readNextStartElement())
                            actions.append(xml.readElementText());
                    } else if (field == u"mediaAddress") {
                        address = xml.readElementText();
                    } else if (field == u"state") {
                        state = xml.readElementText();
                    } else if (field == u"startTime") {
                        start = xml.readElementText();
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                if (address == extension) {
                    dialog.participantState = state;
                    dialog.actions = actions;
                    dialog.startTime = QDateTime::fromString(start, Qt::ISODateWithMs);
                }
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    if (dialog.id.isEmpty())
        return fail(tr("a Dialog without an id"));
    return dialog;
}

// The Dialog elements inside the current element (Dialogs, or an Update's <dialogs>).
Result<QList<Dialog>> readDialogs(QXmlStreamReader &xml, const QString &extension)
{
    QList<Dialog> dialogs;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"Dialog") {
            xml.skipCurrentElement();
            continue;
        }
        auto dialog = readDialog(xml, extension);
        if (!dialog)
            return dialog.failure();
        dialogs.append(*dialog);
    }
    return dialogs;
}

} // namespace

Result<User> parseUser(const QByteArray &document)
{
    QXmlStreamReader xml;
    if (const Result<void> opened =
            openDocument(xml, document, u"User", tr("not a Finesse User document"));
        !opened)
        return opened.failure();
    auto user = readUser(xml);
    if (xml.hasError())
        return fail(tr("malformed User document: %1").arg(xml.errorString()));
    return user;
}

Result<QList<Dialog>> parseDialogs(const QByteArray &document, const QString &extension)
{
    QXmlStreamReader xml;
    if (const Result<void> opened =
            openDocument(xml, document, u"Dialogs", tr("not a Finesse Dialogs document"));
        !opened)
        return opened.failure();
    auto dialogs = readDialogs(xml, extension);
    if (xml.hasError())
        return fail(tr("malformed Dialogs document: %1").arg(xml.errorString()));
    return dialogs;
}

namespace {

// An <Update>'s envelope.
struct Envelope
{
    QString event; // upper-cased: the guide writes both cases
    QString source;
    QString requestId;
};

// Reads an <Update> document: its envelope, and each child of its <data> through `data`, called
// with the reader at the child's start, which reads it to its end and returns a problem or
// nothing. Returns the first problem.
template <typename Data>
Result<void> readUpdate(const QByteArray &document, Envelope &envelope, Data data)
{
    QXmlStreamReader xml;
    if (Result<void> opened = openDocument(xml, document, u"Update", tr("not a Finesse Update"));
        !opened)
        return opened;
    bool haveData = false;
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        if (sameWord(name, "event")) {
            envelope.event = xml.readElementText().trimmed().toUpper();
        } else if (sameWord(name, "source")) {
            envelope.source = xml.readElementText().trimmed();
        } else if (sameWord(name, "requestId")) {
            envelope.requestId = xml.readElementText().trimmed();
        } else if (sameWord(name, "data")) {
            haveData = true;
            while (xml.readNextStartElement()) {
                if (Result<void> read = data(xml); !read)
                    return read;
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return fail(tr("malformed Update: %1").arg(xml.errorString()));
    if (!haveData && envelope.event != u"DELETE")
        return fail(tr("an Update without data"));
    return {};
}

QString apiErrors(QXmlStreamReader &xml)
{
    QStringList errors;
    while (xml.readNextStartElement()) {
        const QMap<QString, QString> fields = readFields(xml);
        QString type;
        QString message;
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (sameWord(it.key(), "errorType"))
                type = it.value();
            else if (sameWord(it.key(), "errorMessage"))
                message = it.value();
        }
        errors.append(message.isEmpty() ? plainExcerpt(type.toUtf8())
                                        : tr("%1: %2").arg(plainExcerpt(type.toUtf8()),
                                                           plainExcerpt(message.toUtf8())));
    }
    return errors.join(QStringLiteral("; "));
}

} // namespace

Result<Update> parseUpdate(const QByteArray &document, const QString &extension)
{
    Update update;
    Envelope envelope;
    const Result<void> read =
        readUpdate(document, envelope, [&](QXmlStreamReader &xml) -> Result<void> {
            const QStringView kind = xml.name();
            if (sameWord(kind, "User")) {
                auto user = readUser(xml);
                if (!user)
                    return user.failure();
                update.kind = Update::Kind::User;
                update.user = *user;
            } else if (sameWord(kind, "Dialog")) {
                auto dialog = readDialog(xml, extension);
                if (!dialog)
                    return dialog.failure();
                update.kind = Update::Kind::Dialog;
                update.dialogs = {*dialog};
            } else if (sameWord(kind, "dialogs")) {
                auto dialogs = readDialogs(xml, extension);
                if (!dialogs)
                    return dialogs.failure();
                update.kind = Update::Kind::Dialogs;
                update.dialogs = *dialogs;
            } else if (sameWord(kind, "apiErrors")) {
                update.kind = Update::Kind::Errors;
                update.error = apiErrors(xml);
            } else {
                xml.skipCurrentElement();
            }
            return {};
        });
    if (!read)
        return read.failure();
    update.event = envelope.event;
    update.source = envelope.source;
    update.requestId = envelope.requestId;
    return update;
}

ObservedState observe(const User &user, const QList<Dialog> &dialogs,
                      const std::optional<QString> &deployment)
{
    ObservedState state;
    state.agentName = user.name.isEmpty() ? user.loginId : user.name;
    state.extension = user.extension;
    const Dialog *chosen = nullptr;
    int live = 0;
    for (const Dialog &dialog : dialogs) {
        const int rank = liveliness(dialog.participantState);
        if (rank == 0)
            continue;
        ++live;
        if (!chosen || rank > liveliness(chosen->participantState))
            chosen = &dialog;
    }
    state.otherCalls = std::max(0, live - 1);
    state.recording = RecordingState::Off;
    if (!chosen)
        return state;

    const QString &p = chosen->participantState;
    const int rank = liveliness(p);
    state.call = p == u"ACTIVE" ? CallState::Talking
                 : p == u"HELD" ? CallState::Held
                 : rank == 3    ? CallState::Ringing
                                : CallState::Unknown;
    state.callId = chosen->id;
    const bool outbound =
        chosen->callType.startsWith(QStringLiteral("OUT")) || chosen->fromAddress == user.extension;
    state.direction = outbound ? Direction::Outbound : Direction::Inbound;
    state.remoteNumber = outbound ? chosen->toAddress : chosen->fromAddress;
    state.dialedNumber = chosen->dialedNumber;
    state.callStartedAt = chosen->startTime;
    // START_RECORDING offered to a connected agent: the call can be recorded and is not. Its
    // absence proves nothing (Unified CCE never offers it; neither does a call on hold), so
    // then the state is unknown, never "recording".
    if (p == u"ACTIVE" && chosen->actions.contains(QStringLiteral("START_RECORDING"))) {
        state.recording = RecordingState::Off;
        return state;
    }
    state.recording = RecordingState::Unknown;
    if (deployment && *deployment != u"UCCX")
        state.recordingNote = tr("Finesse on %1 does not say whether calls are recorded")
                                  .arg(*deployment == u"UCCE" ? tr("Unified CCE") : *deployment);
    else if (p == u"ACTIVE")
        state.recordingNote = tr("Finesse does not say whether this call is recorded");
    else if (p == u"HELD")
        state.recordingNote = tr("On hold, Finesse does not say whether the call is recorded");
    else if (state.call == CallState::Unknown)
        state.recordingNote = tr("Finesse describes the call in words RecBar does not know");
    else
        state.recording = RecordingState::Off; // ringing: nothing is recorded before the answer
    return state;
}

Result<QList<TeamRef>> parseSupervisedTeams(const QByteArray &document)
{
    QXmlStreamReader xml;
    if (const Result<void> opened =
            openDocument(xml, document, u"User", tr("not a Finesse User document"));
        !opened)
        return opened.failure();
    QList<TeamRef> teams;
    forEachIn(xml, u"teams", u"Team", [&] {
        const QMap<QString, QString> fields = readFields(xml);
        if (!fields.value(QStringLiteral("id")).isEmpty())
            teams.append(
                {fields.value(QStringLiteral("id")), fields.value(QStringLiteral("name"))});
    });
    if (xml.hasError())
        return fail(tr("malformed User document: %1").arg(xml.errorString()));
    return teams;
}

Result<QList<TeamUser>> parseTeam(const QByteArray &document)
{
    QXmlStreamReader xml;
    if (const Result<void> opened =
            openDocument(xml, document, u"Team", tr("not a Finesse Team document"));
        !opened)
        return opened.failure();
    QList<TeamUser> users;
    forEachIn(xml, u"users", u"User", [&] { users.append(readTeamUser(xml)); });
    if (xml.hasError())
        return fail(tr("malformed Team document: %1").arg(xml.errorString()));
    return users;
}

Result<TeamUpdate> parseTeamUpdate(const QByteArray &document)
{
    TeamUpdate update;
    Envelope envelope;
    // The guide's payload format has <data><user>, its sample <data><team><users><User>.
    const Result<void> read =
        readUpdate(document, envelope, [&](QXmlStreamReader &xml) -> Result<void> {
            if (sameWord(xml.name(), "user")) {
                update.users.append(readTeamUser(xml));
            } else if (sameWord(xml.name(), "team")) {
                update.wholeTeam = true;
                forEachIn(xml, u"users", u"User", [&] { update.users.append(readTeamUser(xml)); });
            } else {
                xml.skipCurrentElement();
            }
            return {};
        });
    if (!read)
        return read.failure();
    update.event = envelope.event;
    return update;
}

ObservedState observeTeamUser(const TeamUser &user)
{
    ObservedState state;
    state.agentName = user.name.isEmpty() ? user.loginId : user.name;
    state.extension = user.extension;
    // On UCCX an agent on hold stays TALKING; HOLD is UCCE's. RESERVED: a call offered.
    if (user.state == u"TALKING")
        state.call = CallState::Talking;
    else if (user.state == u"HOLD")
        state.call = CallState::Held;
    else if (user.state.startsWith(QStringLiteral("RESERVED")))
        state.call = CallState::Ringing;
    if (state.call == CallState::Talking || state.call == CallState::Held) {
        // The summary has no dialog: the call is known by when the agent's state last changed.
        state.callStartedAt = user.stateChangeTime.toUTC();
        state.callId = user.stateChangeTime.toString(Qt::ISODateWithMs);
        state.recordingNote = tr("Finesse does not report whether an agent's call is recorded");
    }
    return state;
}

QByteArray silentMonitorBody(const QString &supervisorExtension, const QString &agentExtension)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(QStringLiteral("Dialog"));
    xml.writeTextElement(QStringLiteral("requestedAction"), QStringLiteral("SILENT_MONITOR"));
    xml.writeTextElement(QStringLiteral("fromAddress"), supervisorExtension);
    xml.writeTextElement(QStringLiteral("toAddress"), agentExtension);
    xml.writeEndElement();
    return out;
}

QByteArray startRecordingBody(const QString &extension)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(QStringLiteral("Dialog"));
    xml.writeTextElement(QStringLiteral("requestedAction"), QStringLiteral("START_RECORDING"));
    xml.writeTextElement(QStringLiteral("targetMediaAddress"), extension);
    xml.writeEndElement();
    return out;
}

QString errorType(const QByteArray &document)
{
    if (!checkXmlBounds(document).ok())
        return {};
    QXmlStreamReader xml(document);
    while (xml.readNextStartElement()) {
        if (xml.name() == u"ErrorType")
            return xml.readElementText();
        if (xml.name() != u"ApiErrors" && xml.name() != u"ApiError")
            xml.skipCurrentElement();
    }
    return {};
}

QString errorMessage(const QByteArray &document)
{
    if (!checkXmlBounds(document).ok())
        return plainExcerpt(document);
    QXmlStreamReader xml(document);
    QString type;
    QString message;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"ErrorType")
            type = xml.readElementText();
        else if (xml.name() == u"ErrorMessage")
            message = xml.readElementText();
        else if (xml.name() != u"ApiErrors" && xml.name() != u"ApiError")
            xml.skipCurrentElement();
    }
    if (type.isEmpty())
        return plainExcerpt(document);
    return message.isEmpty()
               ? plainExcerpt(type.toUtf8())
               : tr("%1: %2").arg(plainExcerpt(type.toUtf8()), plainExcerpt(message.toUtf8()));
}

std::optional<SystemInfo> parseSystemInfo(const QByteArray &document)
{
    if (!checkXmlBounds(document).ok())
        return std::nullopt;
    QXmlStreamReader xml(document);
    if (!xml.readNextStartElement() || xml.name() != u"SystemInfo")
        return std::nullopt;
    const QMap<QString, QString> fields = readFields(xml);
    if (xml.hasError())
        return std::nullopt;
    SystemInfo info;
    info.deploymentType = fields.value(QStringLiteral("deploymentType"));
    info.xmppDomain = fields.value(QStringLiteral("xmppDomain"));
    info.xmppPubSubDomain = fields.value(QStringLiteral("xmppPubSubDomain"));
    info.authMode = fields.value(QStringLiteral("systemAuthMode")).trimmed().toUpper();
    return info;
}

QString parseUserAuthMode(const QByteArray &body)
{
    QString mode;
    const QJsonObject json = jsonObject(body);
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key().compare(u"authmode", Qt::CaseInsensitive) == 0)
            mode = it.value().toString();
    }
    if (json.isEmpty() && checkXmlBounds(body).ok()) {
        QXmlStreamReader xml(body);
        while (mode.isEmpty() && xml.readNextStartElement()) {
            if (xml.name().compare(u"authMode", Qt::CaseInsensitive) == 0)
                mode = xml.readElementText();
        }
    }
    mode = mode.trimmed().toUpper();
    return mode == u"SSO" || mode == u"NON_SSO" ? mode : QString();
}

} // namespace recbar::finesse
