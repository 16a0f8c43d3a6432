#include "ImagicleKind.h"

#include "ImagicleProtocol.h"
#include "domain/BoundedParse.h"
#include "profile/Profile.h"
#include "session/HttpSession.h"

namespace recbar {

namespace {

class ImagicleText
{
    Q_DECLARE_TR_FUNCTIONS(recbar::Imagicle)
};

class ImagicleControl : public RecordingControl
{
public:
    ImagicleControl(const Profile &profile, HttpSession &session)
        : m_line(profile.field(QStringLiteral("extension")))
        , m_session(session)
    {}

    Capabilities capabilities() const override { return imagicle::capabilities(); }

    // A live recording's id belongs to the call it was started on.
    void callChanged(const QString &) override { m_liveId.clear(); }

    void execute(const Command &command) override
    {
        HttpCall call;
        switch (command.kind) {
        case CommandKind::Start:
            call = {.method = "POST",
                    .path = imagicle::kBase + QStringLiteral("LiveRecordings"),
                    .body = imagicle::startBody(m_line),
                    .contentType = "application/json"};
            break;
        case CommandKind::Stop:
            // Imagicle stops by recording id only: the one this bar started on this call.
            if (m_liveId.isEmpty()) {
                refuse(command,
                       ImagicleText::tr("this bar did not start the recording on this call, and "
                                        "Imagicle stops a recording only by the id its start "
                                        "returned"));
                return;
            }
            call = {.method = "DELETE",
                    .path = imagicle::kBase + QStringLiteral("LiveRecordings/") + m_liveId};
            break;
        case CommandKind::Pause:
        case CommandKind::Resume: {
            const QString verb = command.kind == CommandKind::Pause ? QStringLiteral("Pause")
                                                                    : QStringLiteral("Resume");
            if (!m_liveId.isEmpty())
                call.path =
                    imagicle::kBase + QStringLiteral("LiveRecordings/%1/%2").arg(m_liveId, verb);
            else if (!m_line.isEmpty())
                call.path = imagicle::kBase +
                            QStringLiteral("LiveRecordings/%1?directoryNumber=%2")
                                .arg(verb, QString::fromLatin1(QUrl::toPercentEncoding(m_line)));
            else {
                refuse(command, ImagicleText::tr("set your extension in the profile to pause a "
                                                 "recording this bar did not start"));
                return;
            }
            call.method = "PUT";
            break;
        }
        case CommandKind::Metadata:
        case CommandKind::StartDuplicate:
        case CommandKind::StopDuplicate:
        case CommandKind::StartScreen:
        case CommandKind::StopScreen:
        case CommandKind::Tag:
        case CommandKind::Restart:
        case CommandKind::Delete:
        case CommandKind::StartSegment:
        case CommandKind::StopSegment:
        case CommandKind::Login:
        case CommandKind::Logout:
            refuse(command, imagicle::capabilities().whyNot(command.kind));
            return;
        }
        const QString sentWith = m_liveId;
        m_session.send(call, this, [this, command, sentWith](const HttpAnswer &answer) {
            ControlResult result = imagicle::interpret(command.kind, answer.status);
            if (answer.status != 429 && !answer.error.ok()) {
                result = {.error = answer.error};
                if (answer.status > 0)
                    result.error.serverMessage =
                        imagicle::errorMessage(command.kind, answer.status, answer.body);
                if (answer.status == 409 && !sentWith.isEmpty() &&
                    command.kind != CommandKind::Start) {
                    // That id is not live: stopped elsewhere, or another recording is the live
                    // one. Whether anything is recorded now, a 409 does not say.
                    if (m_liveId == sentWith)
                        m_liveId.clear();
                    result.recording = RecordingEffect::Unknown;
                }
            } else if (command.kind == CommandKind::Start && answer.status != 429) {
                m_liveId = imagicle::startedId(answer.body).value_or(QString());
            } else if (command.kind == CommandKind::Stop && m_liveId == sentWith) {
                m_liveId.clear();
            }
            emit executed(command, result);
        });
    }

private:
    void refuse(const Command &command, const QString &why)
    {
        ControlResult result;
        result.error.kind = ServerError::Kind::Rejected;
        result.error.serverMessage = why;
        QMetaObject::invokeMethod(
            this, [this, command, result] { emit executed(command, result); },
            Qt::QueuedConnection);
    }

    QString m_line;
    QString m_liveId;
    HttpSession &m_session;
};

// The server's finished recordings for the library: the list, page by page, and the MP3s.
class ImagicleRecordings : public RecordingsSource
{
public:
    explicit ImagicleRecordings(HttpSession &session)
        : m_session(session)
    {}

    QString sourceId() const override { return QStringLiteral("imagicle:") + m_session.hostKey(); }

    void list() override
    {
        m_collected.clear();
        readPage(0);
    }

    void download(const RecordingEntry &entry, QIODevice *sink, qint64 maxBytes) override
    {
        m_session.download(
            imagicle::mediaPath(entry.sourceKey), sink, maxBytes, this,
            [this, key = entry.sourceKey](const HttpAnswer &answer, qint64 expected) {
                ServerError error = answer.error;
                if (!error.ok() && answer.status > 0)
                    error.serverMessage =
                        imagicle::errorMessage(CommandKind::Start, answer.status, answer.body);
                emit downloaded(key, error, expected);
            });
    }

private:
    void readPage(int page)
    {
        m_session.send({.method = "GET", .path = imagicle::recordingsPath(page)}, this,
                       [this, page](const HttpAnswer &answer) {
                           if (!answer.error.ok()) {
                               ServerError error = answer.error;
                               if (answer.status > 0)
                                   error.serverMessage = imagicle::errorMessage(
                                       CommandKind::Start, answer.status, answer.body);
                               emit listFailed(error);
                               return;
                           }
                           auto parsed = imagicle::parseRecordings(answer.body, sourceId());
                           if (!parsed) {
                               emit listFailed(ServerError::malformed(parsed.error()));
                               return;
                           }
                           const imagicle::Page &p = *parsed;
                           m_collected += p.entries;
                           const qint64 seen = qint64(page + 1) * imagicle::kPageSize;
                           // A page shorter than asked, or the count reached: the list is complete.
                           if (seen >= p.totalCount || p.entries.size() < imagicle::kPageSize ||
                               page >= 10'000)
                               emit listed(m_collected);
                           else
                               readPage(page + 1);
                       });
    }

    HttpSession &m_session;
    QList<RecordingEntry> m_collected;
};

} // namespace

ServerKind imagicleKind()
{
    return {
        .id = QStringLiteral("imagicle"),
        .displayName = QCoreApplication::translate("recbar::ServerKind", "Imagicle Call Recording"),
        .needsCredentials = true,
        .fields = {{.key = QStringLiteral("extension"),
                    .label = ImagicleText::tr("E&xtension (line):"),
                    .accessibleName = ImagicleText::tr("Extension"),
                    .placeholder = ImagicleText::tr("the user's own line")}},
        // Imagicle does not tell the call state: pair it with Finesse.
        .parts = {KindPart::Control, KindPart::Recordings},
        .build =
            [](const Profile &profile, HttpSession &session, KindParts wanted) {
                KindBuild built;
                if (wanted.testFlag(KindPart::Control))
                    built.control = std::make_unique<ImagicleControl>(profile, session);
                if (wanted.testFlag(KindPart::Recordings))
                    built.recordings = std::make_unique<ImagicleRecordings>(session);
                return built;
            },
        .probe =
            ServerKind::Probe{
                .call = {.method = "GET",
                         .path = QStringLiteral("fw/Apps/Recorder/WebAPI/Recordings?pageSize=1")},
                .recognizes =
                    [](const HttpAnswer &answer) {
                        const QJsonObject body = jsonObject(answer.body);
                        return (answer.status == 200 &&
                                body.contains(QStringLiteral("totalCount"))) ||
                               (answer.status == 401 && body.contains(QStringLiteral("message")));
                    }},
    };
}

} // namespace recbar
