#include "ImagicleKind.h"

#include "ImagicleProtocol.h"
#include "profile/Profile.h"
#include "session/HttpSession.h"

namespace recbar {

namespace {

class ImagicleControl : public RecordingControl
{
public:
    ImagicleControl(const Profile &profile, HttpSession &session)
        : m_line(profile.extension)
        , m_session(session)
    {}

    Capabilities capabilities() const override { return imagicle::capabilities(); }

    void execute(const Command &command) override
    {
        HttpCall call;
        switch (command.kind) {
        case CommandKind::Start:
            call = {"POST", imagicle::kBase + QStringLiteral("LiveRecordings"),
                    imagicle::startBody(m_line), "application/json"};
            break;
        case CommandKind::Stop:
            // Imagicle stops by recording id only: the one this bar started.
            if (m_liveId.isEmpty()) {
                refuse(command, QCoreApplication::translate(
                                    "recbar::Imagicle",
                                    "this bar did not start the recording, and Imagicle stops a "
                                    "recording only by the id its start returned"));
                return;
            }
            call = {
                "DELETE", imagicle::kBase + QStringLiteral("LiveRecordings/") + m_liveId, {}, {}};
            break;
        case CommandKind::Pause:
        case CommandKind::Resume: {
            const QString verb = command.kind == CommandKind::Pause ? QStringLiteral("Pause")
                                                                    : QStringLiteral("Resume");
            if (!m_liveId.isEmpty())
                call.path =
                    imagicle::kBase + QStringLiteral("LiveRecordings/%1/%2").arg(m_liveId, verb);
            else if (!m_line.isEmpty())
                call.path =
                    imagicle::kBase +
                    QStringLiteral("LiveRecordings/%1?directoryNumber=%2").arg(verb, m_line);
            else {
                refuse(command, QCoreApplication::translate(
                                    "recbar::Imagicle",
                                    "set your extension in the profile to pause a recording this "
                                    "bar did not start"));
                return;
            }
            call.method = "PUT";
            break;
        }
        default:
            refuse(command, imagicle::capabilities().whyNot(command.kind));
            return;
        }
        m_session.send(call, this, [this, command](const HttpAnswer &answer) {
            ControlResult result;
            if (answer.status == 429) {
                result = imagicle::interpret(command.kind, 429);
            } else if (!answer.error.ok()) {
                result.error = answer.error;
                if (answer.status > 0)
                    result.error.serverMessage =
                        imagicle::errorMessage(command.kind, answer.status, answer.body);
                if (command.kind == CommandKind::Stop && answer.status == 409) {
                    // Not live any more: stopped elsewhere, or the call ended. Either way, off.
                    result = imagicle::interpret(command.kind, 409);
                }
            } else {
                result = imagicle::interpret(command.kind, answer.status);
                if (command.kind == CommandKind::Start)
                    m_liveId = imagicle::startedId(answer.body).value_or(QString());
            }
            if (command.kind == CommandKind::Stop && result.error.ok())
                m_liveId.clear();
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

    void download(const RecordingEntry &entry, QIODevice *sink) override
    {
        m_session.download(
            imagicle::mediaPath(entry.sourceKey), sink, this,
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
        m_session.send({"GET", imagicle::recordingsPath(page), {}, {}}, this,
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
                           if (const QString *problem = std::get_if<QString>(&parsed)) {
                               emit listFailed(ServerError::malformed(*problem));
                               return;
                           }
                           const imagicle::Page &p = std::get<imagicle::Page>(parsed);
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
        QStringLiteral("imagicle"),
        QCoreApplication::translate("recbar::ServerKind", "Imagicle Call Recording"),
        [](const Profile &profile, HttpSession &session) -> std::unique_ptr<RecordingControl> {
            return std::make_unique<ImagicleControl>(profile, session);
        },
        {}, // Imagicle does not tell the call state: pair it with Finesse
        {},
        [](const Profile &, HttpSession &session) -> std::unique_ptr<RecordingsSource> {
            return std::make_unique<ImagicleRecordings>(session);
        },
    };
}

} // namespace recbar
