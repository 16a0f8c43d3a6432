// Single sign-on through a real browser (issue 27): headless Chromium opens the address the bar's
// engine asks for, recsim's identity provider's form is filled in it as an agent would, the
// browser follows the redirect to the bar's loopback listener, and the bar ends connected with
// pushed state; then a refresh during a call that nothing on the bar shows, and a refused one
// that asks the agent to sign in again with the call still shown.
#include "HeadlessChromium.h"
#include "SsoRig.h"

using namespace recbar;

TEST_CASE("Single sign-on in headless Chromium: signed in, pushed, refreshed mid-call, refused",
          "[sso][browser]")
{
    BarRig rig;
    setSim(rig, R"({"finesseAuthMode":"SSO","idsTokenLifetimeSec":4})");
    HeadlessChromium chromium;
    QString problem;
    bool opened = false;
    QStringList asked;
    QObject::connect(&rig.session, &AgentSession::openBrowser,
                     [&](const QUrl &url) { opened = chromium.open(url, &problem); });
    QObject::connect(&rig.session, &AgentSession::singleSignOnNeeded,
                     [&asked](const Profile &, const QString &why) { asked.append(why); });

    rig.session.signIn(ssoProfile(rig), {});
    REQUIRE(waitFor([&] { return opened || !problem.isEmpty(); }, 30000));
    INFO(problem.toStdString());
    REQUIRE(opened);

    // recsim's sign-in page, as the agent sees it: their name already there (the login hint).
    REQUIRE(waitFor(
        [&] {
            return chromium.evaluate(QStringLiteral(
                       "!!document.querySelector('input[name=password]')")) == QJsonValue(true);
        },
        20000));
    CHECK(
        chromium.evaluate(QStringLiteral("document.querySelector('input[name=username]').value")) ==
        QJsonValue(QStringLiteral("bob")));
    chromium.evaluate(
        QStringLiteral("document.querySelector('input[name=password]').value = 'bob-demo';"
                       "document.querySelector('form').submit(); true"));

    REQUIRE(
        waitFor([&] { return rig.session.controller() && rig.snapshot().isConnected(); }, 20000));
    REQUIRE(waitFor([&] { return rig.snapshot().delivery.mode == StateDelivery::Mode::Pushed; }));
    // Where the browser landed: the loopback's page, plain text, and nothing else.
    REQUIRE(waitFor([&] {
        return chromium.evaluate(QStringLiteral("document.contentType")) ==
               QJsonValue(QStringLiteral("text/plain"));
    }));
    CHECK(chromium.evaluate(QStringLiteral("document.body.innerText")).toString().trimmed() ==
          QStringLiteral("You can close this tab."));
    CHECK(chromium.evaluate(QStringLiteral("location.hostname")) ==
          QJsonValue(QStringLiteral("127.0.0.1")));

    recordThroughRefreshAndRevocation(rig, asked);
}
