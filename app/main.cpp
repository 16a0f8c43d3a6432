#include "Ctl.h"
#include "RecBarApp.h"
#include "Scan.h"
#include "Translations.h"
#include "desktop/QuitOnSignals.h"
#include "ipc/UrlCommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

void describe(QCoreApplication &app)
{
    app.setOrganizationName(QStringLiteral("RecBar"));
    app.setApplicationName(QStringLiteral("RecBar"));
    app.setApplicationVersion(QStringLiteral(RECBAR_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // Whatever RecBar writes (settings, the library, recordings, logs) is the user's alone.
    ::umask(077);
#endif
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (first == u"scan")
        return recbar::execScan(argc, argv);
    // `recbar ctl ...`, --version and --help need no display: no QApplication for them.
    if (first == u"ctl" || first == u"--version" || first == u"-v" || first == u"--help" ||
        first == u"-h") {
        QCoreApplication app(argc, argv);
        describe(app);
        recbar::installTranslations();
        if (first == u"ctl")
            return recbar::runCtl(app.arguments().mid(2));
        QTextStream out(stdout);
        if (first == u"--version" || first == u"-v")
            out << "recbar " << app.applicationVersion() << Qt::endl;
        else
            out << recbar::usage() << Qt::endl;
        return 0;
    }

    // A recbar: link, as a browser hands it over: for the running bar.
    QString notice;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (!recbar::control::isRecbarUrl(argument))
            continue;
        QCoreApplication app(argc, argv);
        describe(app);
        recbar::installTranslations();
        const int code = recbar::openLink(argument);
        if (code != recbar::kCtlNotRunning)
            return code;
        notice = QCoreApplication::translate(
            "recbar::Ctl", "RecBar was not running, so the link's command was not sent. "
                           "RecBar is starting now; use the link again once you are signed in.");
        break;
    }

    // Another instance? Hand it the window and leave.
    if (recbar::showRunningInstance())
        return 0;

    QApplication app(argc, argv);
    describe(app);
    recbar::installTranslations();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.recbar.RecBar"));
    QApplication::setQuitOnLastWindowClosed(false);

    QCommandLineParser parser;
    parser.setApplicationDescription(recbar::usage());
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Start the recsim simulator in-process with a "
                                                 "looping scenario and sign in to it."));
    const QCommandLineOption demoScenario(QStringLiteral("demo-scenario"),
                                          QStringLiteral("With --demo: a scenario file, or "
                                                         "\"none\" for no calls."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption demoServer(
        QStringLiteral("demo-server"),
        QStringLiteral("Like --demo, but sign in to a recsim already running on this machine."),
        QStringLiteral("URL"));
    const QCommandLineOption demoPoll(
        QStringLiteral("demo-poll"),
        QStringLiteral("With --demo: read the agent's state this often (a compressed day)."),
        QStringLiteral("MS"));
    const QCommandLineOption demoKind(
        QStringLiteral("demo-kind"),
        QStringLiteral("With --demo: the server kind to speak to recsim: recording-api (the "
                       "default) or finesse (call state pushed, start only)."),
        QStringLiteral("KIND"));
    const QCommandLineOption demoRole(
        QStringLiteral("demo-role"),
        QStringLiteral("With --demo: agent (the default) or supervisor (every agent's call and "
                       "recording too: recbar ctl team)."),
        QStringLiteral("ROLE"));
    const QCommandLineOption demoAuth(
        QStringLiteral("demo-auth"),
        QStringLiteral("With --demo: password (the default) or sso (Finesse in single sign-on: "
                       "sign in through recsim's identity service, in your browser)."),
        QStringLiteral("AUTH"));
    const QCommandLineOption minimized(QStringLiteral("minimized"),
                                       QStringLiteral("Start in the tray, if there is one."));
    parser.addOptions(
        {demo, demoScenario, demoServer, demoPoll, demoKind, demoRole, demoAuth, minimized});
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    recbar::quitOnSignals();
    recbar::RecBarApp recbarApp(
        {parser.isSet(demo) || parser.isSet(demoServer), parser.value(demoScenario),
         QUrl(parser.value(demoServer)), parser.value(demoPoll).toInt(), parser.value(demoKind),
         parser.value(demoRole), parser.value(demoAuth), parser.isSet(minimized), notice});
    if (const recbar::Result<void> started = recbarApp.start(); !started) {
        QTextStream(stderr) << "recbar: " << started.error() << Qt::endl;
        return 1;
    }
    return app.exec();
}
