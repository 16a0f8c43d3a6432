#include "Appearance.h"
#include "CallDataPanel.h"
#include "CatchCompat.h"
#include "CertificateDialog.h"
#include "HostTool.h"
#include "ProfileForm.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "SimServer.h"
#include "StatePresentation.h"
#include "TestKind.h"
#include "desktop/Autostart.h"
#include "profile/ProfileStore.h"
#include "session/TrustStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QIcon>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace recbar;

namespace {

QPushButton *findButton(QWidget &dialog, const QString &text)
{
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == text || QString(b->text()).remove(u'&') == text)
            return b;
    }
    return nullptr;
}

QPushButton *button(QWidget &dialog, const QString &text)
{
    QPushButton *found = findButton(dialog, text);
    if (!found)
        FAIL("no button " << text.toStdString());
    return found;
}

// The password fields a sign-in form shows.
QList<QLineEdit *> shownPasswords(const SignInDialog &dialog)
{
    QList<QLineEdit *> out;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->echoMode() == QLineEdit::Password && !edit->isHidden())
            out.append(edit);
    }
    return out;
}

} // namespace

TEST_CASE("Call data (any keys) is checked as it is typed", "[ui]")
{
    CallDataPanel panel;
    panel.open({{QStringLiteral("account"), QStringLiteral("42")}}, {}, {});
    QTableWidget *table = panel.table();
    QPushButton *send = button(panel, QStringLiteral("Sen&d"));
    CHECK_FALSE(send->isEnabled()); // nothing changed yet

    table->item(0, 1)->setText(QStringLiteral("a&b"));
    CHECK_FALSE(send->isEnabled());
    CHECK(panel.problems().join(u' ').contains(QStringLiteral("&")));
    CHECK_FALSE(table->item(0, 1)->toolTip().isEmpty()); // the cell at fault says why

    table->item(0, 1)->setText(QStringLiteral("43"));
    CHECK(send->isEnabled());
    CHECK(panel.changes() == MetadataPairs{{QStringLiteral("account"), QStringLiteral("43")}});

    // Removing a row removes the key on the server (an empty value).
    table->setCurrentCell(0, 0);
    button(panel, QStringLiteral("Remo&ve item"))->click();
    CHECK(panel.changes() == MetadataPairs{{QStringLiteral("account"), QString()}});

    QPushButton *add = button(panel, QStringLiteral("Add &item"));
    for (int i = 0; i < 10; ++i) {
        REQUIRE(add->isEnabled());
        add->click();
        table->item(table->rowCount() - 1, 0)->setText(QStringLiteral("k%1").arg(i));
        table->item(table->rowCount() - 1, 1)->setText(QStringLiteral("v"));
    }
    CHECK_FALSE(add->isEnabled()); // ten at most
    CHECK(send->isEnabled());
}

TEST_CASE("Call data offers the profile's fields, checks them with the server's rules before "
          "sending, and keeps what was typed when the server refuses",
          "[ui]")
{
    CallDataPanel panel;
    QSignalSpy sent(&panel, &CallDataPanel::sendRequested);
    const QList<Capabilities::CallDataField> fields{
        {QStringLiteral("account"), QStringLiteral("user1")},
        {QStringLiteral("customer"), QStringLiteral("user2")}};
    QString serverSays;
    panel.open({}, fields, [&](const MetadataPairs &) { return serverSays; });
    QTableWidget *table = panel.table();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QStringLiteral("account (user1)"));
    CHECK(table->verticalHeaderItem(0)->text() == QStringLiteral("account (user1)"));
    CHECK_FALSE(table->item(0, 0)->flags() & Qt::ItemIsEditable); // no key name to mistype
    QPushButton *send = button(panel, QStringLiteral("Sen&d"));
    CHECK_FALSE(button(panel, QStringLiteral("Add &item"))->isVisible());

    table->item(0, 1)->setText(QStringLiteral("CRM-42"));
    CHECK(panel.changes() == MetadataPairs{{QStringLiteral("account"), QStringLiteral("CRM-42")}});
    // The server's own check is asked before Send can be pressed.
    serverSays = QStringLiteral("no place for that");
    table->item(1, 1)->setText(QStringLiteral("Ann"));
    CHECK_FALSE(send->isEnabled());
    CHECK(panel.problems().contains(QStringLiteral("no place for that")));
    serverSays.clear();
    table->item(1, 1)->setText(QStringLiteral("Anne"));
    REQUIRE(send->isEnabled());
    send->click();
    REQUIRE(sent.count() == 1);
    // Refused by the server: still open, with what was typed and why.
    panel.finished(false, QStringLiteral("Call data failed: HTTP 500"));
    CHECK(panel.isVisibleTo(panel.parentWidget() ? panel.parentWidget() : &panel));
    CHECK(table->item(0, 1)->text() == QStringLiteral("CRM-42"));
    CHECK(panel.problems().isEmpty());
    CHECK(send->isEnabled()); // and can be sent again
    panel.finished(true, {});
    CHECK(panel.isHidden());
}

TEST_CASE("Call data follows the typing: Send is ready before Enter, Tab goes value to value",
          "[ui]")
{
    CallDataPanel panel;
    QSignalSpy sent(&panel, &CallDataPanel::sendRequested);
    panel.open({},
               {{QStringLiteral("account"), QStringLiteral("user1")},
                {QStringLiteral("customer"), QStringLiteral("user2")}},
               {});
    panel.show();
    QApplication::setActiveWindow(&panel);
    REQUIRE(QTest::qWaitForWindowActive(&panel));
    QTableWidget *table = panel.table();
    QPushButton *send = button(panel, QStringLiteral("Sen&d"));
    // The agent types where the cursor is, the first value; Tab, the next value; no Enter.
    REQUIRE(table->currentColumn() == 1);
    QTest::keyClicks(table, QStringLiteral("1"));
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(qobject_cast<QLineEdit *>(editor));
    QTest::keyClicks(editor, QStringLiteral("2345"));
    CHECK(send->isEnabled());
    QTest::keyClick(editor, Qt::Key_Tab);
    CHECK(table->currentRow() == 1);
    CHECK(table->currentColumn() == 1);
    // Tab opened the next value for typing.
    REQUIRE(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Jane Doe"));
    send->click();
    REQUIRE(sent.count() == 1);
    CHECK(sent[0][0].value<MetadataPairs>() ==
          MetadataPairs{{QStringLiteral("account"), QStringLiteral("12345")},
                        {QStringLiteral("customer"), QStringLiteral("Jane Doe")}});

    // Free rows start at the field's name, in a column wide enough to read it.
    CallDataPanel free;
    free.open({}, {}, {});
    CHECK(free.table()->currentColumn() == 0);
    CHECK(free.table()->columnWidth(0) >=
          free.table()->fontMetrics().horizontalAdvance(QStringLiteral("account_number")));
}

TEST_CASE("The certificate prompt defaults to Reject and a changed one needs confirmation",
          "[ui][tls]")
{
    const TestCertificate certificate = testCertificate(0);
    CertificateDialog first(QStringLiteral("127.0.0.1:8443"), certificate.certificate, {});
    CHECK(button(first, QStringLiteral("Reject"))->isDefault());
    CHECK(button(first, QStringLiteral("Trust this certificate"))->isEnabled());
    bool showsFingerprint = false;
    for (QLabel *label : first.findChildren<QLabel *>())
        showsFingerprint |= label->text() == TrustStore::fingerprint(certificate.certificate);
    CHECK(showsFingerprint);

    CertificateDialog changed(QStringLiteral("127.0.0.1:8443"), certificate.certificate,
                              QStringLiteral("AA:BB"));
    QPushButton *trust = button(changed, QStringLiteral("Trust the new certificate"));
    CHECK_FALSE(trust->isEnabled());
    changed.findChild<QCheckBox *>()->setChecked(true);
    CHECK(trust->isEnabled());
    CHECK(button(changed, QStringLiteral("Reject"))->isDefault());
}

QLineEdit *lineEdit(QWidget &root, const QString &accessibleName)
{
    for (QLineEdit *e : root.findChildren<QLineEdit *>()) {
        if (e->accessibleName() == accessibleName)
            return e;
    }
    return nullptr;
}

QLabel *labelNamed(QWidget &root, const QString &accessibleName)
{
    for (QLabel *label : root.findChildren<QLabel *>()) {
        if (label->accessibleName() == accessibleName)
            return label;
    }
    return nullptr;
}

void leave(QWidget *field)
{
    QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
    QCoreApplication::sendEvent(field, &out);
}

// A first run's address, as the app probes it.
void probeAs(SignInDialog &dialog, const QString &typed, const QStringList &kinds)
{
    QSignalSpy asked(&dialog, &SignInDialog::probeRequested);
    lineEdit(dialog, QStringLiteral("Server address"))->setText(typed);
    button(dialog, QStringLiteral("C&ontinue"))->click();
    REQUIRE(asked.count() == 1);
    dialog.probed({asked.first().first().toUrl(), kinds, {}, false});
}

bool shown(SignInDialog &dialog, const QString &accessibleName)
{
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (w->accessibleName() == accessibleName && w->isVisibleTo(&dialog))
            return true;
    }
    return false;
}

TEST_CASE("A first sign-in starts from the address, https unless told, and asks only what "
          "that server needs",
          "[ui][signin]")
{
    SignInDialog dialog(Profile(), QStringLiteral("Welcome"), true);
    dialog.show();
    QPushButton *signIn = button(dialog, QStringLiteral("Sign in"));
    CHECK_FALSE(signIn->isEnabled()); // nothing to sign in to yet
    CHECK_FALSE(shown(dialog, QStringLiteral("Password")));

    QSignalSpy asked(&dialog, &SignInDialog::probeRequested);
    lineEdit(dialog, QStringLiteral("Server address"))->setText(QStringLiteral("rec.example.com"));
    button(dialog, QStringLiteral("C&ontinue"))->click();
    REQUIRE(asked.count() == 1);
    CHECK(asked.first().first().toUrl() == QUrl(QStringLiteral("https://rec.example.com")));
    dialog.probed({QUrl(QStringLiteral("https://rec.example.com")),
                   {QStringLiteral("recording-api")},
                   {},
                   false});
    // The Recording API: who you are there, how it knows you, the password; nothing else.
    CHECK(shown(dialog, QStringLiteral("User name")));
    CHECK(shown(dialog, QStringLiteral("Agent identifier")));
    CHECK(shown(dialog, QStringLiteral("Password")));
    for (const char *hidden : {"Profile name", "Recording control", "Call-state source",
                               "Recordings list", "Server's time zone", "Always on"})
        CHECK_FALSE(shown(dialog, QLatin1String(hidden)));
    CHECK(labelNamed(dialog, QStringLiteral("What the server is"))
              ->text()
              .contains(QStringLiteral("Recording API")));

    lineEdit(dialog, QStringLiteral("User name"))->setText(QStringLiteral("bob"));
    lineEdit(dialog, QStringLiteral("Agent identifier"))->setText(QStringLiteral("2"));
    lineEdit(dialog, QStringLiteral("Password"))->setText(QStringLiteral("bob-demo"));
    QSignalSpy signingIn(&dialog, &SignInDialog::signInRequested);
    signIn->click();
    REQUIRE(signingIn.count() == 1);
    const Profile p = dialog.profile();
    // The profile the session signs in with and the one saved once it is in are one: the next
    // start finds it active.
    CHECK_FALSE(p.id.isEmpty());
    CHECK(dialog.profile().id == p.id);
    CHECK(p.serverUrl == QUrl(QStringLiteral("https://rec.example.com")));
    CHECK(p.controlKind == QStringLiteral("recording-api"));
    CHECK(p.name == QStringLiteral("rec.example.com"));
    CHECK(dialog.passwords().control == QStringLiteral("bob-demo"));

    // It stays open until the server answers, and a refusal is said there, the input kept.
    CHECK(dialog.isVisible());
    CHECK(dialog.isSigningIn());
    CHECK_FALSE(signIn->isEnabled());
    dialog.signInFinished(false, QStringLiteral("The server refused the user name or password"));
    CHECK(dialog.isVisible());
    CHECK(labelNamed(dialog, QStringLiteral("What is missing"))
              ->text()
              .contains(QStringLiteral("refused the user name or password")));
    CHECK(lineEdit(dialog, QStringLiteral("User name"))->text() == QStringLiteral("bob"));
    CHECK(signIn->isEnabled());
    signIn->click();
    dialog.signInFinished(true, {});
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("A first sign-in over plain HTTP asks for consent, a server that pairs with Finesse "
          "is offered as such, and one nobody knows opens Advanced",
          "[ui][signin]")
{
    SECTION("plain HTTP")
    {
        SignInDialog dialog(Profile(), {}, true);
        dialog.show();
        probeAs(dialog, QStringLiteral("http://127.0.0.1:7480"), {QStringLiteral("recording-api")});
        lineEdit(dialog, QStringLiteral("User name"))->setText(QStringLiteral("bob"));
        lineEdit(dialog, QStringLiteral("Agent identifier"))->setText(QStringLiteral("2"));
        lineEdit(dialog, QStringLiteral("Password"))->setText(QStringLiteral("bob-demo"));
        QSignalSpy signingIn(&dialog, &SignInDialog::signInRequested);
        button(dialog, QStringLiteral("Sign in"))->click();
        CHECK(signingIn.isEmpty()); // not without consent
        CHECK(labelNamed(dialog, QStringLiteral("What is missing"))
                  ->text()
                  .contains(QStringLiteral("Plain HTTP")));
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
            if (box->text().contains(QStringLiteral("plain HTTP")))
                box->setChecked(true);
        }
        button(dialog, QStringLiteral("Sign in"))->click();
        CHECK(signingIn.count() == 1);
        CHECK(dialog.profile().allowPlainHttp);
    }
    SECTION("QM with Finesse")
    {
        SignInDialog dialog(Profile(), {}, true);
        dialog.show();
        probeAs(dialog, QStringLiteral("rec.example.com"),
                {QStringLiteral("qm"), QStringLiteral("finesse")});
        const Profile p = dialog.profile();
        CHECK(p.controlKind == QStringLiteral("qm"));
        CHECK(p.stateKind == QStringLiteral("finesse"));
        CHECK(shown(dialog, QStringLiteral("Peripheral id")));
        CHECK(shown(dialog, QStringLiteral("Server type"))); // Finesse alone is the other choice
    }
    SECTION("nothing RecBar knows")
    {
        SignInDialog dialog(Profile(), {}, true);
        dialog.show();
        probeAs(dialog, QStringLiteral("www.example.com"), {});
        CHECK(labelNamed(dialog, QStringLiteral("What the server is"))
                  ->text()
                  .contains(QStringLiteral("not as a recording server RecBar knows")));
        CHECK(shown(dialog, QStringLiteral("Recording control"))); // Advanced, to set it by hand
    }
}

TEST_CASE("Sign-in says what is missing once a field is left or Sign in pressed, below the "
          "fields, which never move",
          "[ui][signin]")
{
    SignInDialog dialog(
        Profile(), QStringLiteral("Welcome to RecBar. Sign in to your recording server."), true);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    probeAs(dialog, QStringLiteral("rec.example.com"), {QStringLiteral("recording-api")});
    QApplication::processEvents();
    QApplication::processEvents();
    QLabel *missing = labelNamed(dialog, QStringLiteral("What is missing"));
    REQUIRE(missing);
    CHECK(missing->isHidden()); // nothing typed yet: nothing said
    const auto positions = [&] {
        QList<QPoint> out;
        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            if ((qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                 qobject_cast<QAbstractButton *>(w)) &&
                w->isVisible())
                out.append(w->mapTo(&dialog, QPoint()));
        }
        return out;
    };
    const QList<QPoint> before = positions();

    QLineEdit *user = lineEdit(dialog, QStringLiteral("User name"));
    leave(user);
    QApplication::processEvents();
    CHECK(missing->isVisible());
    CHECK(missing->text() == QStringLiteral("Enter the user name"));

    button(dialog, QStringLiteral("Sign in"))->click();
    QApplication::processEvents();
    CHECK(dialog.isVisible());
    const QStringList said = missing->text().split(u'\n');
    CHECK(said.contains(QStringLiteral("Enter the user name")));
    CHECK(said.contains(QStringLiteral("Enter the agent's identifier for the Recording API")));
    CHECK(said.contains(QStringLiteral("Enter the password")));
    CHECK(user->hasFocus());
    // Every line has room (none cut off at the top or the bottom), and no field or button
    // moved: a message appears on the press of a click, and the release must land there too.
    CHECK(missing->height() >= missing->heightForWidth(missing->width()));
    CHECK(missing->geometry().bottom() <= dialog.contentsRect().bottom());
    CHECK(positions() == before);
}

TEST_CASE("Someone with no server yet can try the demo from the sign-in", "[ui]")
{
    SignInDialog first(Profile(), {}, true);
    QPushButton *demo = button(first, QStringLiteral("Try the demo"));
    REQUIRE(demo);
    int asked = 0;
    QObject::connect(&first, &SignInDialog::demoRequested, [&] { ++asked; });
    demo->click();
    CHECK(asked == 1);
    CHECK(first.result() == QDialog::Rejected);

    Profile configured;
    configured.serverUrl = QUrl(QStringLiteral("https://rec.example.com"));
    SignInDialog again(configured, {}, true);
    CHECK_FALSE(findButton(again, QStringLiteral("Try the demo")));
}

TEST_CASE("The Recording API's agent identifier kinds read as words", "[ui]")
{
    ProfileForm form(false);
    QStringList shown;
    for (QComboBox *combo : form.findChildren<QComboBox *>()) {
        if (combo->accessibleName() == QStringLiteral("Agent identifier kind")) {
            for (int i = 0; i < combo->count(); ++i)
                shown.append(combo->itemText(i));
            CHECK(combo->currentData().toString() == QStringLiteral("SystemUsername"));
        }
    }
    CHECK(shown.contains(QStringLiteral("Computer sign-in name")));
    CHECK_FALSE(shown.contains(QStringLiteral("SystemUsername")));
}

TEST_CASE("The state icons are drawn from their SVGs (Qt's SVG plugins are there)", "[ui]")
{
    // The Windows build deploys qsvg and qsvgicon: without them every icon would be blank.
    REQUIRE(QImageReader::supportedImageFormats().contains("svg"));
    for (const QString &name :
         {QStringLiteral("recbar"), QStringLiteral("state-recording"),
          QStringLiteral("state-paused"), QStringLiteral("state-not-recording"),
          QStringLiteral("state-idle"), QStringLiteral("state-disconnected"),
          QStringLiteral("state-error")}) {
        INFO(name.toStdString());
        const QImage drawn = StatePresentation::icon(QStringLiteral(":/icons/%1.svg").arg(name))
                                 .pixmap(48, 48)
                                 .toImage()
                                 .convertToFormat(QImage::Format_ARGB32);
        REQUIRE(drawn.size() == QSize(48, 48));
        int painted = 0;
        for (int y = 0; y < drawn.height(); ++y) {
            for (int x = 0; x < drawn.width(); ++x)
                painted += qAlpha(drawn.pixel(x, y)) > 0;
        }
        CHECK(painted > drawn.width() * drawn.height() / 10);
    }
}

TEST_CASE("One icon per state, and every icon exists", "[ui]")
{
    using Tone = Presentation::Tone;
    QStringList paths;
    for (Tone tone : {Tone::Recording, Tone::Paused, Tone::NotRecording, Tone::Idle,
                      Tone::Disconnected, Tone::Error}) {
        const QString path = StatePresentation::iconPath(tone);
        CHECK(QFile::exists(path));
        CHECK_FALSE(StatePresentation::icon(path).pixmap(22, 22).isNull());
        paths.append(path);
    }
    paths.removeDuplicates();
    CHECK(paths.size() == 6);
}

TEST_CASE("The profile form spells out the pairing and asks only for what the kinds use", "[ui]")
{
    ProfileForm form(true);
    const auto named = [&](const QString &name) -> QWidget * {
        for (QWidget *w : form.findChildren<QWidget *>()) {
            if (w->accessibleName() == name)
                return w;
        }
        FAIL("no field " << name.toStdString());
        return nullptr;
    };
    auto *control = static_cast<QComboBox *>(named(QStringLiteral("Recording control")));
    auto *state = static_cast<QComboBox *>(named(QStringLiteral("Call-state source")));
    form.show();

    control->setCurrentIndex(control->findData(QStringLiteral("recording-api")));
    state->setCurrentIndex(state->findData(QStringLiteral("recording-api")));
    CHECK(named(QStringLiteral("Agent identifier kind"))->isVisible());
    CHECK_FALSE(named(QStringLiteral("Peripheral id"))->isVisible());
    CHECK_FALSE(named(QStringLiteral("Call-state server address"))->isVisible());

    control->setCurrentIndex(control->findData(QStringLiteral("qm")));
    state->setCurrentIndex(state->findData(QStringLiteral("finesse")));
    CHECK(named(QStringLiteral("Peripheral id"))->isVisible());
    CHECK(named(QStringLiteral("Call-state server address"))->isVisible());
    CHECK_FALSE(named(QStringLiteral("Agent identifier kind"))->isVisible());
    // QM cannot tell the call state, so it is not offered as a source; Finesse is.
    CHECK(state->findData(QStringLiteral("qm")) < 0);
    CHECK(state->findData(QStringLiteral("imagicle")) < 0);
    CHECK(control->findData(QStringLiteral("finesse")) >= 0);
    const Profile p = form.profile();
    CHECK(p.controlKind == QStringLiteral("qm"));
    CHECK(p.stateKind == QStringLiteral("finesse"));
}

TEST_CASE("Settings the administrator locked cannot be changed from the settings dialog", "[ui]")
{
    QTemporaryDir dir;
    QSettings admin(QStringLiteral(RECBAR_ADMIN_EXAMPLE), QSettings::IniFormat);
    QSettings user(dir.filePath(QStringLiteral("user.ini")), QSettings::IniFormat);
    ProfileStore store(user, &admin);
    SettingsDialog dialog(store, QStringLiteral("main"));
    dialog.show();

    const auto form = dialog.findChild<ProfileForm *>();
    REQUIRE(form);
    CHECK_FALSE(form->isEnabled());
    CHECK_FALSE(button(dialog, QStringLiteral("&Save profile"))->isEnabled());
    CHECK_FALSE(button(dialog, QStringLiteral("&Delete"))->isEnabled());
    CHECK_FALSE(button(dialog, QStringLiteral("Ne&w"))->isEnabled());
    bool noted = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        noted = noted ||
                (label->isVisible() && label->text().contains(QStringLiteral("administrator")));
    CHECK(noted);

    // Typing into the server field and clicking Save, as a user would try: nothing moves.
    QTest::keyClicks(form->serverField(), QStringLiteral("x"));
    QTest::mouseClick(button(dialog, QStringLiteral("&Save profile")), Qt::LeftButton);
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    CHECK(store.profile(QStringLiteral("main"))->serverUrl ==
          QUrl(QStringLiteral("https://rec.example.com")));

    QCheckBox *onTop = nullptr;
    for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
        if (box->text().contains(QStringLiteral("above other windows")))
            onTop = box;
    }
    REQUIRE(onTop);
    CHECK_FALSE(onTop->isEnabled());
    CHECK(onTop->toolTip().contains(QStringLiteral("administrator")));
    QTest::mouseClick(onTop, Qt::LeftButton);
    CHECK_FALSE(onTop->isChecked());
    CHECK_FALSE(store.preferences().alwaysOnTop);
    user.sync();
    CHECK_FALSE(user.contains(QStringLiteral("profiles/main/serverUrl")));

    // The lab profile is the administrator's default, not locked: the user may change it.
    QComboBox *profiles = nullptr;
    for (QComboBox *combo : dialog.findChildren<QComboBox *>()) {
        if (combo->accessibleName() == u"Profile")
            profiles = combo;
    }
    REQUIRE(profiles);
    profiles->setCurrentIndex(profiles->findData(QStringLiteral("lab")));
    CHECK(form->isEnabled());
    CHECK(button(dialog, QStringLiteral("&Save profile"))->isEnabled());
    CHECK_FALSE(button(dialog, QStringLiteral("&Delete"))->isEnabled());

    // Signing in to a locked profile: the password is the agent's, the rest is not.
    SignInDialog signIn(*store.profile(QStringLiteral("main")), {}, true);
    signIn.setAdministered();
    CHECK_FALSE(signIn.findChild<ProfileForm *>()->isEnabled());
}

TEST_CASE("The settings dialog turns starting at login on and off with the system",
          "[ui][autostart]")
{
    QTemporaryDir dir;
    QSettings user(dir.filePath(QStringLiteral("user.ini")), QSettings::IniFormat);
    ProfileStore store(user);
    Autostart loginItem(QCoreApplication::applicationFilePath());
    REQUIRE(loginItem.setEnabled(false).ok());
    SettingsDialog dialog(store, {});
    QCheckBox *box = nullptr;
    for (QCheckBox *candidate : dialog.findChildren<QCheckBox *>()) {
        if (candidate->text().contains(QStringLiteral("log in")))
            box = candidate;
    }
    REQUIRE(box);
    CHECK_FALSE(box->isChecked());
    box->click();
    CHECK(loginItem.isEnabled());
    box->click();
    CHECK_FALSE(loginItem.isEnabled());
}

TEST_CASE("Appearance: RecBar's dark and high-contrast looks, and back to the desktop's",
          "[ui][appearance]")
{
    const QString desktopStyle = QApplication::style()->name();
    const QPalette desktop = QApplication::palette();
    const auto contrast = [](const QColor &a, const QColor &b) {
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
                   0.0722 * channel(c.blueF());
        };
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    };
    for (const char *name : {"light", "dark", "high-contrast"}) {
        INFO(name);
        const QPalette p = Appearance::palette(QString::fromLatin1(name));
        // WCAG AA for text everywhere; AAA (7:1) for high contrast, disabled text included.
        const double floor = QLatin1String(name) == QLatin1String("high-contrast") ? 7.0 : 4.5;
        CHECK(contrast(p.color(QPalette::Window), p.color(QPalette::WindowText)) >= floor);
        CHECK(contrast(p.color(QPalette::Button), p.color(QPalette::ButtonText)) >= floor);
        CHECK(contrast(p.color(QPalette::Base), p.color(QPalette::Text)) >= floor);
        CHECK(contrast(p.color(QPalette::Highlight), p.color(QPalette::HighlightedText)) >= 4.5);
        if (QLatin1String(name) != QLatin1String("light"))
            CHECK(contrast(p.color(QPalette::Disabled, QPalette::Window),
                           p.color(QPalette::Disabled, QPalette::WindowText)) >= 4.5);
    }

    QTemporaryDir dir;
    QSettings user(dir.filePath(QStringLiteral("user.ini")), QSettings::IniFormat);
    ProfileStore store(user);
    SettingsDialog dialog(store, {});
    QComboBox *look = nullptr;
    for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
        if (box->findData(QStringLiteral("high-contrast")) >= 0)
            look = box;
    }
    REQUIRE(look);
    QString applied;
    QObject::connect(&dialog, &SettingsDialog::preferencesChanged,
                     [&](const Preferences &p) { applied = p.appearance; });
    look->setCurrentIndex(look->findData(QStringLiteral("high-contrast")));
    CHECK(applied == QStringLiteral("high-contrast"));
    CHECK(store.preferences().appearance == QStringLiteral("high-contrast"));

    Appearance::apply(QStringLiteral("high-contrast"));
    CHECK(QApplication::palette().color(QPalette::Window) == QColor(Qt::black));
    CHECK(qApp->styleSheet().contains(QStringLiteral("yellow"))); // outlines drawn, focus yellow
    Appearance::apply(QStringLiteral("system"));
    CHECK(QApplication::style()->name() == desktopStyle);
    CHECK(QApplication::palette() == desktop);
    CHECK(qApp->styleSheet().isEmpty());

    // A value the store does not know is the desktop's look, not a blank one.
    user.setValue(QStringLiteral("preferences/appearance"), QStringLiteral("neon"));
    CHECK(store.preferences().appearance == QStringLiteral("system"));
}

TEST_CASE("The profile form keeps an unknown kind visible and says what is wrong", "[ui]")
{
    ProfileForm form(false);
    Profile p;
    p.name = QStringLiteral("Contact center");
    p.controlKind = QStringLiteral("recordingapi");
    p.serverUrl = QUrl(QStringLiteral("https://rec.example.com"));
    p.user = QStringLiteral("agent");
    form.setProfile(p);
    CHECK(form.profile().controlKind == QStringLiteral("recordingapi"));
    bool shown = false;
    for (QComboBox *combo : form.findChildren<QComboBox *>()) {
        if (combo->accessibleName() == QStringLiteral("Recording control"))
            shown = combo->currentText().contains(QStringLiteral("unknown"));
    }
    CHECK(shown);
    QString problems;
    for (QLabel *label : form.findChildren<QLabel *>()) {
        if (label->accessibleName() == QStringLiteral("Problems with the profile"))
            problems = label->text();
    }
    CHECK(problems.contains(QStringLiteral("Unknown server kind \"recordingapi\"")));
    CHECK_FALSE(form.isValid());
}

TEST_CASE("Sign-in asks one password per server that takes one", "[ui]")
{
    Profile p;
    p.name = QStringLiteral("QM and Finesse");
    p.controlKind = QStringLiteral("qm");
    p.stateKind = QStringLiteral("finesse");
    p.serverUrl = QUrl(QStringLiteral("https://qm.example.com"));
    p.stateServerUrl = QUrl(QStringLiteral("https://finesse.example.com"));
    p.user = QStringLiteral("bob");
    p.setField(QStringLiteral("agentIdentifier"), QStringLiteral("bob"));
    p.setField(QStringLiteral("peripheralId"), QStringLiteral("5001"));
    SignInDialog dialog(p, {}, true);
    // QM takes none: only Finesse's.
    REQUIRE(shownPasswords(dialog).size() == 1);
    shownPasswords(dialog).first()->setText(QStringLiteral("secret"));
    CHECK(dialog.passwords().state == QStringLiteral("secret"));
    CHECK(dialog.passwords().control.isEmpty());

    p.controlKind = QStringLiteral("imagicle");
    SignInDialog both(p, {}, true);
    CHECK(shownPasswords(both).size() == 2);
}

TEST_CASE("Sign-in for single sign-on asks no password there, and says the browser will open",
          "[ui][sso]")
{
    Profile p;
    p.name = QStringLiteral("QM and Finesse");
    p.controlKind = QStringLiteral("imagicle");
    p.stateKind = QStringLiteral("finesse");
    p.serverUrl = QUrl(QStringLiteral("https://imagicle.example.com"));
    p.stateServerUrl = QUrl(QStringLiteral("https://finesse.example.com"));
    p.user = QStringLiteral("bob");
    p.setField(QStringLiteral("extension"), QStringLiteral("5003"));
    p.setField(QStringLiteral("idsClientId"), QStringLiteral("recbar"));
    const auto signInButton = [](SignInDialog &dialog) {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    };

    // Not known yet (Finesse is asked at sign-in): Finesse's password may stay empty, and the
    // field says so; Imagicle's is still needed.
    SignInDialog asking(p, {}, true);
    asking.show();
    REQUIRE(shownPasswords(asking).size() == 2);
    CHECK(shownPasswords(asking).last()->placeholderText().contains(QStringLiteral("company")));
    shownPasswords(asking).first()->setText(QStringLiteral("imagicle-secret"));
    QSignalSpy requested(&asking, &SignInDialog::signInRequested);
    asking.accept();
    CHECK(requested.size() == 1);
    CHECK(asking.passwords().state.isEmpty());

    // Finesse said so: no password field for it, the browser named on the button and above it.
    SignInDialog sso(p, QStringLiteral("Your sign-in has ended: sign in again"), true);
    sso.setSingleSignOn();
    sso.show();
    REQUIRE(shownPasswords(sso).size() == 1); // Imagicle's
    CHECK(signInButton(sso)->text() == QStringLiteral("Sign in in the &browser"));
    bool said = false;
    for (QLabel *label : sso.findChildren<QLabel *>())
        said = said || (label->isVisible() && label->text().contains(QStringLiteral("browser")));
    CHECK(said);

    // Finesse alone: nothing to type but the user name.
    p.controlKind = QStringLiteral("finesse");
    p.stateServerUrl.clear();
    p.setField(QStringLiteral("signIn"), QStringLiteral("sso"));
    SignInDialog alone(p, {}, true);
    alone.show();
    CHECK(shownPasswords(alone).isEmpty());
    QSignalSpy asked(&alone, &SignInDialog::signInRequested);
    alone.accept();
    CHECK(asked.size() == 1);
    CHECK(alone.findChild<QCheckBox *>()->text().contains(QStringLiteral("Stay signed in")));
}

TEST_CASE("A certificate's names are shown as text, never as markup", "[ui][tls][security]")
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    QString log;
    INFO(log.toStdString());
    REQUIRE(hosttool::makeCertificate(
        {.subject = QStringLiteral("/CN=<b><font color=green>VERIFIED by IT")}, cert,
        dir.filePath(QStringLiteral("key.pem")), &log));
    QFile file(cert);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QSslCertificate hostile(file.readAll(), QSsl::Pem);
    REQUIRE_FALSE(hostile.isNull());
    CertificateDialog dialog(QStringLiteral("<i>bank</i>:443"), hostile, {});
    bool literal = false;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("VERIFIED"))) {
            CHECK(label->textFormat() == Qt::PlainText);
            literal |= label->text().contains(QStringLiteral("<b>"));
        }
        // The one rich label (the warning's bold word) carries the address escaped.
        if (label->textFormat() != Qt::PlainText)
            CHECK_FALSE(label->text().contains(QStringLiteral("<i>")));
    }
    CHECK(literal);
}

TEST_CASE("The profile form offers a kind registered at run time, with its own fields",
          "[ui][kinds]")
{
    const KindsWithMemo kinds;
    ProfileForm form(false);
    Profile p;
    p.controlKind = p.stateKind = QStringLiteral("memo");
    form.setProfile(p);
    QLineEdit *shelf = nullptr;
    for (QLineEdit *edit : form.findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QStringLiteral("Memo shelf"))
            shelf = edit;
    }
    REQUIRE(shelf);
    CHECK_FALSE(shelf->isHidden());
    shelf->setText(QStringLiteral("top"));
    CHECK(form.profile().field(QStringLiteral("memoShelf")) == QStringLiteral("top"));
    // Another kind selected: its row goes away.
    p.controlKind = p.stateKind = QStringLiteral("recording-api");
    form.setProfile(p);
    CHECK(shelf->isHidden());
}

TEST_CASE("A first sign-in to an address that answers only over plain HTTP says how to reach it",
          "[ui][signin]")
{
    SignInDialog dialog(Profile(), QStringLiteral("Welcome"), true);
    dialog.show();
    lineEdit(dialog, QStringLiteral("Server address"))->setText(QStringLiteral("10.0.0.5:8080"));
    button(dialog, QStringLiteral("C&ontinue"))->click();
    ServerProbe::Result result;
    result.url = QUrl(QStringLiteral("https://10.0.0.5:8080"));
    result.problem = QStringLiteral("The server did not answer in time");
    result.plainAlternative = QUrl(QStringLiteral("http://10.0.0.5:8080"));
    dialog.probed(result);
    const QString said = labelNamed(dialog, QStringLiteral("What the server is"))->text();
    CHECK(said.contains(QStringLiteral("http://10.0.0.5:8080")));
    CHECK(said.contains(QStringLiteral("unencrypted")));
    // The address is what to change: no expert form opens.
    CHECK_FALSE(shown(dialog, QStringLiteral("Recording control")));
    CHECK_FALSE(shown(dialog, QStringLiteral("Password")));
}
