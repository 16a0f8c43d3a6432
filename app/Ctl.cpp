#include "Ctl.h"

#include "audit/AuditKey.h"
#include "audit/AuditLog.h"
#include "ipc/ControlClient.h"
#include "ipc/ControlProtocol.h"
#include "ipc/UrlCommand.h"
#include "session/CredentialStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace recbar {

QString usage()
{
    return QCoreApplication::translate(
        "recbar::Ctl",
        "RecBar: call-recording controls for contact-center agents.\n"
        "\n"
        "  recbar [--demo] [--minimized]     start the bar (or show the running one)\n"
        "  recbar ctl status [--json]        the running bar's state\n"
        "  recbar ctl start | stop | pause | resume | tag\n"
        "  recbar ctl metadata KEY=VALUE...  attach call data\n"
        "  recbar ctl duplicate-start | duplicate-stop | screen-start | screen-stop\n"
        "  recbar ctl library                open the recordings library\n"
        "  recbar ctl team [--json]          every agent's call and recording (supervisors)\n"
        "  recbar ctl team start | resume AGENT   record that agent's call; end their pause\n"
        "  recbar ctl team show              open the team window\n"
        "  recbar ctl diagnostics [--json]   memory, handles, objects and timers held\n"
        "  recbar ctl audit verify [FILE]    check the audit log's chain (no running bar needed)\n"
        "  recbar scan [--json] FILE|FOLDER... spoken card numbers in recordings (no bar needed)\n"
        "  recbar recbar:pause               a link's command (show, start, stop, pause, resume,\n"
        "                                    tag, metadata?KEY=VALUE&...) to the running bar\n"
        "\n"
        "ctl commands wait until the server confirms them. Exit codes: 0 done, 1 refused or\n"
        "failed, 2 bad usage, 3 RecBar is not running.");
}

namespace {

int verifyAudit(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty() || args.first() != u"verify" || args.size() > 2) {
        err << QCoreApplication::translate("recbar::Ctl", "usage: recbar ctl audit verify [FILE]")
            << Qt::endl;
        return kCtlUsage;
    }
    const QString path = args.size() == 2 ? args[1] : AuditLog::defaultPath();
    // The key is in the keychain; without it the chain is checked, not the keyed macs.
    CredentialStore store;
    const AuditKey::Answer answer = AuditKey::wait(store, AuditKey::IfMissing::Leave);
    const QByteArray &key = answer.key;
    const QString &keyProblem = answer.problem;
    const AuditLog::Verification v = AuditLog::verify(path, key);
    if (!v.ok) {
        err << QCoreApplication::translate("recbar::Ctl",
                                           "%1: the audit log is broken after %n good entries. %2",
                                           nullptr, int(v.entries))
                   .arg(path, v.problem)
            << Qt::endl;
        return kCtlFailed;
    }
    out << QCoreApplication::translate("recbar::Ctl", "%1: %n entries, the chain is intact",
                                       nullptr, int(v.entries))
               .arg(path)
        << Qt::endl;
    if (v.keyedEntries > 0)
        out << QCoreApplication::translate("recbar::Ctl",
                                           "%n entries rest on the keychain's key (their HMAC was "
                                           "checked with it)",
                                           nullptr, int(v.keyedEntries))
            << Qt::endl;
    if (v.unkeyedEntries > 0 && v.upgradeEntry > 0)
        out << QCoreApplication::translate("recbar::Ctl",
                                           "%n entries do not: written before the log had a key, "
                                           "they are accounted for by entry %1, written with it",
                                           nullptr, int(v.unkeyedEntries))
                   .arg(v.upgradeEntry)
            << Qt::endl;
    else if (v.unkeyedEntries > 0)
        out << QCoreApplication::translate(
                   "recbar::Ctl",
                   "%n entries do not rest on any key: anyone who can write "
                   "the file could have written them",
                   nullptr, int(v.unkeyedEntries))
            << Qt::endl;
    if (v.uncheckedMacs > 0)
        out << QCoreApplication::translate("recbar::Ctl",
                                           "%n keyed entries could not be checked without the "
                                           "keychain's key (%1)",
                                           nullptr, int(v.uncheckedMacs))
                   .arg(keyProblem)
            << Qt::endl;
    if (v.tornLines > 0)
        out << QCoreApplication::translate("recbar::Ctl",
                                           "%n line(s) torn by a crash, each noted by the entry "
                                           "after it",
                                           nullptr, int(v.tornLines))
            << Qt::endl;
    return kCtlDone;
}

} // namespace

int runCtl(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = arguments;
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    if (args.isEmpty()) {
        err << usage() << Qt::endl;
        return kCtlUsage;
    }
    control::Request request;
    request.command = args.takeFirst();
    if (request.command == u"audit")
        return verifyAudit(args);
    if (!control::allowedCommands().contains(request.command) ||
        request.command == control::word::kShow) {
        err << QCoreApplication::translate("recbar::Ctl", "recbar ctl: unknown command \"%1\"")
                   .arg(request.command)
            << Qt::endl;
        return kCtlUsage;
    }
    if (request.command == u"metadata") {
        const auto pairs = control::parseMetadataArguments(args);
        if (!pairs) {
            err << "recbar ctl metadata: " << pairs.error() << Qt::endl;
            return kCtlUsage;
        }
        request.metadata = *pairs;
    } else if (request.command == control::word::kTeam && !args.isEmpty()) {
        const bool show = args.size() == 1 && args[0] == control::kTeamShow;
        if (!show && (args.size() != 2 ||
                      (args[0] != control::kTeamStart && args[0] != control::kTeamResume))) {
            err << QCoreApplication::translate("recbar::Ctl",
                                               "recbar ctl team: start AGENT, resume AGENT or show")
                << Qt::endl;
            return kCtlUsage;
        }
        request.teamAction = args[0];
        request.agent = args.value(1);
    } else if (!args.isEmpty()) {
        err << QCoreApplication::translate("recbar::Ctl", "recbar ctl %1: unexpected \"%2\"")
                   .arg(request.command, args.first())
            << Qt::endl;
        return kCtlUsage;
    }

    const ControlClient::Reply result = ControlClient::send(request);
    if (result.outcome == ControlClient::Outcome::NotRunning) {
        err << result.error << Qt::endl;
        return kCtlNotRunning;
    }
    if (result.outcome != ControlClient::Outcome::Answered) {
        err << result.error << Qt::endl;
        return kCtlFailed;
    }
    const QJsonArray agents = result.response.status.value(QStringLiteral("agents")).toArray();
    const bool board = request.command == control::word::kTeam && request.teamAction.isEmpty();
    if (json && board && result.response.ok) {
        out << QJsonDocument(agents).toJson(QJsonDocument::Indented);
    } else if (json) {
        QJsonObject object = result.response.status;
        object.insert(QStringLiteral("ok"), result.response.ok);
        object.insert(QStringLiteral("message"), result.response.message);
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        (result.response.ok ? out : err) << result.response.message << Qt::endl;
        // One line per agent: who, the call, the recording, what is wrong.
        for (const QJsonValue &value : agents) {
            const QJsonObject a = value.toObject();
            QStringList concerns;
            for (const QJsonValue &concern : a.value(QStringLiteral("concerns")).toArray())
                concerns.append(concern.toString());
            out << a.value(QStringLiteral("id")).toString() << '\t'
                << a.value(QStringLiteral("name")).toString() << '\t'
                << a.value(QStringLiteral("extension")).toString() << '\t'
                << a.value(QStringLiteral("call")).toString() << '\t'
                << a.value(QStringLiteral("recording")).toString() << '\t' << concerns.join(u',')
                << Qt::endl;
        }
    }
    return result.response.ok ? kCtlDone : kCtlFailed;
}

int openLink(const QString &link)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto parsed = control::parseUrl(link);
    if (!parsed) {
        err << QCoreApplication::translate("recbar::Ctl", "recbar: refused the link: %1")
                   .arg(parsed.error())
            << Qt::endl;
        return kCtlUsage;
    }
    const ControlClient::Reply result = ControlClient::send(*parsed);
    if (result.outcome == ControlClient::Outcome::NotRunning)
        return kCtlNotRunning;
    if (result.outcome != ControlClient::Outcome::Answered) {
        err << result.error << Qt::endl;
        return kCtlFailed;
    }
    (result.response.ok ? out : err) << result.response.message << Qt::endl;
    return result.response.ok ? kCtlDone : kCtlFailed;
}

bool showRunningInstance()
{
    int argc = 1;
    char name[] = "recbar";
    char *argv[] = {name, nullptr};
    QCoreApplication probe(argc, argv);
    const ControlClient::Reply result =
        ControlClient::send({control::word::kShow, {}}, timing::kControlShow);
    if (result.outcome != ControlClient::Outcome::Answered)
        return false;
    QTextStream(stdout) << QCoreApplication::translate(
                               "recbar::Ctl", "RecBar is already running; its bar is shown.")
                        << Qt::endl;
    return true;
}

} // namespace recbar
