#include "FinesseKind.h"

#include "FinesseAgent.h"
#include "FinessePush.h"
#include "FinesseSso.h"
#include "FinesseTeam.h"
#include "Logging.h"
#include "domain/Backoff.h"
#include "profile/Profile.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

namespace recbar {

namespace {

using finesse::FinesseAgent;

class FinesseText
{
    Q_DECLARE_TR_FUNCTIONS(recbar::Finesse)
};

constexpr char kUpdatesKey[] = "finesseUpdates";
constexpr char kNotificationUrlKey[] = "finesseNotificationUrl";
constexpr char kKeepAliveKey[] = "finesseKeepAliveSec";
constexpr int kMinKeepAliveSec = 2;
constexpr int kMaxKeepAliveSec = 300;

// Where the notification service is: the profile's address, or Cisco's port for third-party
// clients on the Finesse host (8445, wss); over plain http, the service's plain port (7071).
QUrl notificationUrl(const Profile &profile, const HttpSession &session)
{
    const QString configured = profile.field(QString::fromLatin1(kNotificationUrlKey)).trimmed();
    if (!configured.isEmpty())
        return QUrl(configured);
    const QUrl base = session.baseUrl();
    QUrl url;
    const bool tls = base.scheme() == u"https";
    url.setScheme(tls ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(base.host());
    url.setPort(tls ? 8445 : 7071);
    url.setPath(QStringLiteral("/ws"));
    return url;
}

QString checkNotificationUrl(const QString &value)
{
    if (value.trimmed().isEmpty())
        return {};
    const QUrl url(value.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"wss" && url.scheme() != u"ws"))
        return FinesseText::tr("Enter the notification service as wss://host:8445/ws");
    return {};
}

QString checkKeepAlive(const QString &value)
{
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (!ok || seconds < kMinKeepAliveSec || seconds > kMaxKeepAliveSec)
        return FinesseText::tr("Enter a keep-alive between %1 and %2 seconds")
            .arg(kMinKeepAliveSec)
            .arg(kMaxKeepAliveSec);
    return {};
}

finesse::PushConfig pushConfig(const Profile &profile, const HttpSession &session)
{
    finesse::PushConfig push;
    push.wanted = profile.field(QString::fromLatin1(kUpdatesKey)) != u"poll";
    push.url = notificationUrl(profile, session);
    const QString keepAlive = profile.field(QString::fromLatin1(kKeepAliveKey));
    if (checkKeepAlive(keepAlive).isEmpty())
        push.keepAlive = std::chrono::seconds(keepAlive.toInt());
    return push;
}

// How the call state is had: read over REST, and pushed by the notification service where the
// profile asks for it (the default). Push needs what a first read tells (the agent's id, the
// XMPP domains); until it is live, and whenever it is lost, reads carry on as before.
class FinesseStateSource : public CallStateSource
{
public:
    using Push = finesse::PushConfig;

    FinesseStateSource(FinesseAgent &agent, Push push)
        : m_agent(agent)
        , m_push(std::move(push))
        , m_retry(agent.session().clock(), this)
        , m_readPacing(agent.session().clock(), this)
    {
        m_delivery.mode =
            m_push.wanted ? StateDelivery::Mode::Connecting : StateDelivery::Mode::Polled;
        connect(&m_retry, &ClockTimer::timeout, this, &FinesseStateSource::connectPush);
        m_flush.setSingleShot(true);
        connect(&m_flush, &QTimer::timeout, this, &FinesseStateSource::flushPushed);
        connect(&m_readPacing, &ClockTimer::timeout, this, [this] {
            if (std::exchange(m_readWanted, false))
                askForRead();
        });
    }

    // Finesse serves every agent of the contact center: not more than a read a second.
    static constexpr std::chrono::milliseconds kMinimumInterval = std::chrono::seconds(1);
    std::chrono::milliseconds minimumInterval() const override { return kMinimumInterval; }
    StateDelivery delivery() const override { return m_delivery; }

    void poll() override
    {
        m_agent.read(this, [this](const ServerError &error) {
            if (!error.ok()) {
                emit pollFailed(error);
                return;
            }
            const ObservedState observed = m_agent.observed();
            keepAliveFor(observed);
            emit polled(observed);
            if (m_agent.needsRead())
                askForRead(); // events kept coming during the read: it did not stand
            if (m_push.wanted && !m_started) {
                m_started = true;
                connectPush();
            }
        });
    }

    void stop() override
    {
        m_retry.stop();
#ifdef RECBAR_HAVE_WEBSOCKETS
        if (m_notifications)
            m_notifications->close();
#endif
    }

private:
    void setDelivery(StateDelivery delivery)
    {
        if (delivery == m_delivery)
            return;
        m_delivery = std::move(delivery);
        emit deliveryChanged();
    }

    void fallBack(const QString &reason)
    {
        const std::chrono::milliseconds wait = m_pushRetry.next(timing::kPushRetryMax);
        qCInfo(lcAgent) << "live updates unavailable:" << reason << "- next try in" << wait.count()
                        << "ms";
        m_retry.start(wait);
        setDelivery({StateDelivery::Mode::Fallback, reason,
                     m_agent.session().clock().now().addMSecs(wait.count())});
    }

    // On a call, a stalled connection must be noticed sooner than between calls.
    std::chrono::milliseconds keepAlive(const ObservedState &observed) const
    {
        return observed.call == CallState::None
                   ? m_push.keepAlive
                   : std::min(m_push.keepAlive, timing::kPushPingOnCall);
    }

    void keepAliveFor(const ObservedState &observed)
    {
#ifdef RECBAR_HAVE_WEBSOCKETS
        if (m_notifications)
            m_notifications->setPingInterval(keepAlive(observed));
#else
        Q_UNUSED(observed)
#endif
    }

    void connectPush()
    {
        const HttpSession &session = m_agent.session();
        const std::optional<finesse::SystemInfo> &info = m_agent.systemInfo();
        if (const QString why = finesse::pushBlocked(m_push, session, info); !why.isEmpty()) {
            fallBack(why);
            return;
        }
#ifdef RECBAR_HAVE_WEBSOCKETS
        if (!m_notifications) {
            m_notifications = new FinesseNotifications(session.trust(), session.clock(), this);
            connect(m_notifications, &FinesseNotifications::live, this, [this] {
                m_pushRetry.reset();
                setDelivery({StateDelivery::Mode::Pushed, {}, {}});
            });
            connect(m_notifications, &FinesseNotifications::failed, this,
                    &FinesseStateSource::fallBack);
            connect(m_notifications, &FinesseNotifications::current, this, [this] {
                flushPushed(); // what arrived before the answer comes first
                m_agent.confirmedNow();
                emit pushCurrent();
            });
            connect(m_notifications, &FinesseNotifications::eventPublished, this,
                    &FinesseStateSource::onEvent);
            connect(m_notifications, &FinesseNotifications::eventsSkipped, this, [this] {
                m_agent.markStale();
                askForRead();
            });
        }
        FinesseNotifications::Settings settings =
            finesse::pushSettings(m_push, session, *info, m_agent.last()->user.loginId);
        settings.nodes = m_agent.nodes();
        settings.pingInterval = keepAlive(m_agent.observed());
        setDelivery({m_delivery.mode == StateDelivery::Mode::Fallback
                         ? StateDelivery::Mode::Fallback
                         : StateDelivery::Mode::Connecting,
                     m_delivery.detail,
                     {}});
        m_notifications->open(settings);
#endif
    }

    void onEvent(const QString &node, const QByteArray &payload)
    {
        const QString extension = m_agent.last() ? m_agent.last()->user.extension : QString();
        auto parsed = finesse::parseUpdate(payload, extension);
        if (!parsed) {
            qCWarning(lcAgent) << "unreadable event on" << node << ":" << parsed.error();
            emit readNeeded();
            return;
        }
        const finesse::Update &update = *parsed;
        if (update.kind == finesse::Update::Kind::Errors) {
            if (!update.requestId.isEmpty()) {
                flushPushed(); // the state the failure follows
                emit pushedFailure(update.requestId, update.error);
            }
            return;
        }
        switch (m_agent.apply(update)) {
        case FinesseAgent::Applied::Yes:
            m_dirty = true;
            if (!m_flush.isActive()) {
                // The first change of a burst shows at once; the rest of it together, once a
                // frame, however many events the server sends.
                const qint64 since = m_lastFlush.isValid() ? m_lastFlush.elapsed() : kFrameMs;
                if (since >= kFrameMs)
                    flushPushed();
                else
                    m_flush.start(int(kFrameMs - since));
            }
            break;
        case FinesseAgent::Applied::NeedsRead:
            emit readNeeded();
            break;
        case FinesseAgent::Applied::Ignored:
            break;
        }
    }

    void flushPushed()
    {
        m_flush.stop();
        if (!std::exchange(m_dirty, false))
            return;
        m_lastFlush.start();
        m_dropped += m_agent.takeDropped();
        const ObservedState observed = m_agent.observed();
        keepAliveFor(observed);
        emit pushed(observed);
        if (m_agent.needsRead())
            askForRead();
    }

    // What was dropped can be known again only by a read: asked for, but not more than once
    // in the least interval between reads.
    void askForRead()
    {
        if (m_readPacing.isActive()) {
            m_readWanted = true;
            return;
        }
        if (m_dropped > 0)
            qCWarning(lcAgent) << "the server pushed more calls than the"
                               << FinesseAgent::kMaxDialogs
                               << "kept:" << std::exchange(m_dropped, 0)
                               << "of the oldest dropped; reading the state";
        emit readNeeded();
        m_readPacing.start(kMinimumInterval);
    }

    FinesseAgent &m_agent;
    Push m_push;
    StateDelivery m_delivery;
    ClockTimer m_retry;
    // A notification service that restarts is retried by every agent at once: spread over a
    // fifth either way.
    Backoff m_pushRetry{timing::kPushRetryInitial, 0.2};
    bool m_started = false;
    // A display frame: pushed changes reach the bar at most this often.
    static constexpr qint64 kFrameMs = 16;
    QTimer m_flush;
    QElapsedTimer m_lastFlush;
    bool m_dirty = false;
    ClockTimer m_readPacing;
    bool m_readWanted = false;
    qsizetype m_dropped = 0; // since the last log line
#ifdef RECBAR_HAVE_WEBSOCKETS
    FinesseNotifications *m_notifications = nullptr;
#endif
};

// Finesse can only start a recording (UCCX); it answers 202 and the dialog shows the outcome.
class FinesseControl : public RecordingControl
{
public:
    explicit FinesseControl(FinesseAgent &agent)
        : m_agent(agent)
    {}

    Capabilities capabilities() const override
    {
        Capabilities caps({CommandKind::Start});
        const QString why = FinesseText::tr("Finesse can only start a recording");
        for (CommandKind kind : CommandText::all()) {
            if (kind != CommandKind::Start)
                caps.setWhyNot(kind, why);
        }
        if (m_agent.deployment() && *m_agent.deployment() != u"UCCX")
            caps.remove(CommandKind::Start,
                        FinesseText::tr("Finesse starts recordings on Unified CCX only"));
        return caps;
    }

    void start() override
    {
        // The deployment type comes with the first read (the call-state source's, when it is
        // Finesse too); the capabilities follow it.
        m_agent.read(this, [this](const ServerError &) { emit capabilitiesChanged(); });
    }

    void execute(const Command &command) override
    {
        // The request names the dialog and the agent's own device: a reading the server
        // confirmed in the last seconds (by a read, an event or a keep-alive) has both; an
        // older one is read again.
        const auto &last = m_agent.last();
        if (last && last->at.msecsTo(m_agent.session().clock().now()) < kFresh.count()) {
            startRecording(command);
            return;
        }
        m_agent.read(this, [this, command](const ServerError &error) {
            if (!error.ok())
                emit executed(command, ControlResult{.error = error});
            else
                startRecording(command);
        });
    }

    // UCCX offers START_RECORDING on a dialog the agent may record; once asked, the offer
    // going away while the agent still talks is how the outcome shows (the event may overtake
    // the 202).
    bool settles(const RecordingSight &asked, const RecordingSight &now) const override
    {
        return asked.recording == RecordingState::Off && now.recording == RecordingState::Unknown &&
               now.call == CallState::Talking;
    }

private:
    static constexpr std::chrono::milliseconds kFresh = std::chrono::seconds(2);

    void startRecording(const Command &command)
    {
        const ObservedState now = m_agent.observed();
        if (now.callId.isEmpty()) {
            ServerError none;
            none.kind = ServerError::Kind::Rejected;
            none.serverMessage = FinesseText::tr("there is no call to record");
            emit executed(command, ControlResult{.error = none});
            return;
        }
        const HttpCall put{.method = "PUT",
                           .path =
                               QStringLiteral("finesse/api/Dialog/") + finesse::encoded(now.callId),
                           .body = finesse::startRecordingBody(m_agent.last()->user.extension),
                           .contentType = "application/xml",
                           .refusal = finesse::isApiRefusal};
        m_agent.session().send(put, this, [this, command](const HttpAnswer &answer) {
            // 202 only means accepted: the outcome arrives as a change of the dialog, or as a
            // pushed error naming this request.
            emit executed(command,
                          ControlResult{.error = finesse::errorOf(answer),
                                        .provisional = true,
                                        .requestId = QString::fromLatin1(answer.requestId)});
        });
    }

    FinesseAgent &m_agent;
};

} // namespace

ServerKind finesseKind()
{
    using Field = KindField;
    return {
        .id = QStringLiteral("finesse"),
        .displayName = QCoreApplication::translate("recbar::ServerKind", "Cisco Finesse"),
        .needsCredentials = true,
        // Finesse knows the agent by the login id, which is the user name; the rest is how the
        // call state arrives.
        .fields =
            QList<KindField>{
                {.key = QString::fromLatin1(kUpdatesKey),
                 .type = Field::Type::Choice,
                 .label = FinesseText::tr("Live updates:"),
                 .accessibleName = FinesseText::tr("Live updates"),
                 .defaultValue = QStringLiteral("push"),
                 .choices = {QStringLiteral("push"), QStringLiteral("poll")},
                 .choiceLabels = {FinesseText::tr("Pushed by the notification service"),
                                  FinesseText::tr("Read every few seconds")}},
                {.key = QString::fromLatin1(kNotificationUrlKey),
                 .label = FinesseText::tr("Notification service:"),
                 .accessibleName = FinesseText::tr("Notification service address"),
                 .placeholder = FinesseText::tr("wss://<Finesse host>:8445/ws"),
                 .check = checkNotificationUrl},
                {.key = QString::fromLatin1(kKeepAliveKey),
                 .label = FinesseText::tr("&Keep-alive every (s):"),
                 .accessibleName = FinesseText::tr("Keep-alive interval in seconds"),
                 .defaultValue = QString::number(
                     std::chrono::duration_cast<std::chrono::seconds>(timing::kPushPing).count()),
                 .check = checkKeepAlive},
            } +
            finesse::singleSignOnFields(),
        .parts = {KindPart::Control, KindPart::State, KindPart::Team},
        .build =
            [](const Profile &profile, HttpSession &session, KindParts wanted) {
                KindBuild built;
                const finesse::PushConfig push = pushConfig(profile, session);
                if (wanted.testFlag(KindPart::Team))
                    built.team = std::make_unique<finesse::FinesseTeam>(session, push);
                if (!wanted.testFlag(KindPart::Control) && !wanted.testFlag(KindPart::State))
                    return built;
                // The control and the call state read the same agent: one reading, shared.
                auto *agent = new FinesseAgent(session); // the session's child: outlives both
                if (wanted.testFlag(KindPart::Control))
                    built.control = std::make_unique<FinesseControl>(*agent);
                if (wanted.testFlag(KindPart::State))
                    built.state = std::make_unique<FinesseStateSource>(*agent, push);
                return built;
            },
        // Assumed (docs/protocols/finesse.md): SystemInfo answers before anyone signs in (the
        // desktop reads systemAuthMode first); a Finesse that wants credentials for it still
        // answers in its own ApiErrors.
        .probe =
            ServerKind::Probe{
                .call = {.method = "GET", .path = QStringLiteral("finesse/api/SystemInfo")},
                .recognizes =
                    [](const HttpAnswer &answer) {
                        return (answer.status == 200 && finesse::parseSystemInfo(answer.body)) ||
                               (answer.status == 401 && !finesse::errorType(answer.body).isEmpty());
                    }},
        .singleSignOn = finesse::singleSignOn(),
    };
}

} // namespace recbar
