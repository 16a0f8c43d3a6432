// Every window of RecBar's own fits a small screen at 100 % and a 200 % one, shows all of its
// text, and has no mnemonic twice (Alt+N must not be both "Profile name" and "New").
#include "BarWindow.h"
#include "CatchCompat.h"
#include "CertificateDialog.h"
#include "CommandActions.h"
#include "ProfileForm.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "WaitFor.h"
#include "WindowPlacement.h"
#include "profile/ProfileStore.h"
#include "servers/recordingapi/RecordingApiProtocol.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QXmlStreamReader>

using namespace recbar;

namespace {

// The screens, in logical pixels: 1024x768 at 100 %, and 1280x800 at 200 % (QT_SCALE_FACTOR=2
// scales every widget and font alike, so a window fits that screen when it fits half of it).
const QSize kSmall(1024, 768);
const QSize kDoubled(640, 400);

// The longest message any of RecBar's languages has for a window (the command line's help is
// no window's): what a line must be able to show.
QString longestTranslation()
{
    QString longest;
    for (const QString &file :
         QDir(QStringLiteral(RECBAR_TRANSLATIONS_DIR)).entryList({QStringLiteral("*.ts")})) {
        QFile ts(QDir(QStringLiteral(RECBAR_TRANSLATIONS_DIR)).filePath(file));
        REQUIRE(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QString context;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (context != u"recbar::Ctl" &&
                       (xml.name() == u"translation" || xml.name() == u"source")) {
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (text.size() > longest.size() && !text.contains(u'\n'))
                    longest = text;
            }
        }
    }
    REQUIRE(longest.size() > 100);
    return longest;
}

// What lies in a scroll area's viewport may be scrolled out of view: the area itself is what
// must fit.
bool insideScrolledContent(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *w = widget->parentWidget(); w && w != window; w = w->parentWidget()) {
        const auto *area = qobject_cast<const QScrollArea *>(w->parentWidget());
        if (area && area->viewport() == w)
            return true;
    }
    return false;
}

// Shown at the size it asks for, within `screen`: every visible widget inside it, no label's
// text cut off, no button narrower than its words.
void checkFits(QWidget &window, QSize screen)
{
    INFO(window.metaObject()->className() << " in " << screen.width() << "x" << screen.height());
    window.show();
    window.adjustSize();
    if (window.width() > screen.width() || window.height() > screen.height())
        window.resize(window.size().boundedTo(screen));
    QCoreApplication::processEvents();
    CHECK(window.width() <= screen.width());
    CHECK(window.height() <= screen.height());
    const QRect inside = window.rect();
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&window) || widget->isWindow() ||
            insideScrolledContent(widget, &window))
            continue;
        const QRect at(widget->mapTo(&window, QPoint(0, 0)), widget->size());
        INFO(widget->metaObject()->className() << " '" << widget->objectName().toStdString() << "' "
                                               << widget->accessibleName().toStdString());
        CHECK(inside.contains(at));
        if (auto *label = qobject_cast<QLabel *>(widget); label && !label->text().isEmpty()) {
            INFO(label->text().toStdString());
            const QRect contents = label->contentsRect();
            if (label->wordWrap())
                CHECK(label->height() >= label->heightForWidth(label->width()));
            else if (label->pixmap().isNull()) {
                for (const QString &line : label->text().remove(u'&').split(u'\n'))
                    CHECK(contents.width() >= label->fontMetrics().horizontalAdvance(line));
            }
        }
        if (auto *button = qobject_cast<QAbstractButton *>(widget); button)
            CHECK(button->width() >= button->minimumSizeHint().width());
    }
    window.hide();
}

// The mnemonics (&x) the visible widgets of one page answer to.
QStringList mnemonics(QWidget *page, const QList<QWidget *> &skip)
{
    QStringList keys;
    const auto add = [&](const QString &text) {
        const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
        if (at >= 0)
            keys << text.mid(at + 1, 1).toLower();
    };
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(page) || std::any_of(skip.begin(), skip.end(), [&](QWidget *s) {
                return s == widget || s->isAncestorOf(widget);
            }))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(label->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget); group && group->isCheckable())
            add(group->title());
    }
    return keys;
}

// No key twice among what is on screen at once: each tab page with what is around the tabs.
void checkMnemonics(QWidget &window)
{
    INFO(window.metaObject()->className());
    window.show();
    QList<QWidget *> pages;
    QStringList around;
    const QList<QTabWidget *> tabs = window.findChildren<QTabWidget *>();
    QList<QWidget *> skip;
    for (QTabWidget *tab : tabs) {
        skip << tab;
        for (int i = 0; i < tab->count(); ++i) {
            pages << tab->widget(i);
            const QString title = tab->tabText(i);
            const qsizetype at = title.indexOf(u'&');
            if (at >= 0)
                around << title.mid(at + 1, 1).toLower();
        }
    }
    around += mnemonics(&window, skip);
    if (pages.isEmpty())
        pages << nullptr;
    for (int i = 0; i < pages.size(); ++i) {
        QStringList keys = around;
        if (pages[i]) {
            for (QTabWidget *tab : tabs) {
                if (tab->indexOf(pages[i]) >= 0)
                    tab->setCurrentIndex(tab->indexOf(pages[i]));
            }
            keys += mnemonics(pages[i], {});
        }
        QStringList twice;
        for (const QString &key : std::as_const(keys)) {
            if (keys.count(key) > 1 && !twice.contains(key))
                twice << key;
        }
        INFO("page " << i << ": " << keys.join(u' ').toStdString());
        CHECK(twice.isEmpty());
    }
    window.hide();
}

AgentSnapshot longState(const QString &longest)
{
    AgentSnapshot s;
    s.connection = ConnectionState::Connected;
    s.agentName = longest.left(60);
    s.extension = QStringLiteral("5003");
    s.server = QStringLiteral("recorder.example.com:443");
    s.call = CallState::Talking;
    s.recording = RecordingState::Unknown;
    s.recordingBasis = longest;
    s.remoteNumber = QStringLiteral("+15551234567");
    s.direction = Direction::Inbound;
    s.callStartedAt = QDateTime::currentDateTimeUtc().addSecs(-75);
    s.capabilities = recordingapi::capabilities();
    s.failure =
        CommandFailure{{3, CommandKind::Pause, {}, {}}, longest, QDateTime::currentDateTimeUtc()};
    return s;
}

} // namespace

TEST_CASE("The bar grows to show all of its longest text, within a small screen", "[ui][fit]")
{
    const QString longest = longestTranslation();
    CommandActions actions;
    BarWindow bar(actions);
    const AgentSnapshot s = longState(longest);
    actions.update(s);
    bar.setSnapshot(s);
    bar.setNotice(longest);
    bar.offerUndo(longest, CommandKind::Resume, {});
    for (const QSize screen : {kSmall, kDoubled}) {
        checkFits(bar, screen);
        // Narrowed by hand, it grows taller rather than cut a line.
        bar.show();
        bar.resize(bar.minimumWidth(), bar.height());
        QCoreApplication::processEvents();
        for (QLabel *label : bar.findChildren<QLabel *>()) {
            if (label->isVisible() && label->wordWrap())
                CHECK(label->height() >= label->heightForWidth(label->width()));
        }
        bar.hide();
    }
}

TEST_CASE("The bar with its call data open fits a small screen", "[ui][fit]")
{
    CommandActions actions;
    BarWindow bar(actions);
    AgentSnapshot s = longState(QStringLiteral("Recording"));
    s.failure.reset();
    actions.update(s);
    bar.setSnapshot(s);
    bar.showCallData({{QStringLiteral("account"), QStringLiteral("42")}},
                     recordingapi::CallDataKeys().fields(), {});
    for (const QSize screen : {kSmall, kDoubled})
        checkFits(bar, screen);
}

TEST_CASE("Settings fit a small screen at 100 % and 200 %, and no mnemonic is there twice",
          "[ui][fit]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ProfileStore store(settings);
    Profile p;
    p.id = QStringLiteral("qm");
    p.name = QStringLiteral("QM with Finesse");
    p.controlKind = QStringLiteral("qm");
    p.stateKind = QStringLiteral("finesse");
    p.serverUrl = QUrl(QStringLiteral("https://qm.example.com"));
    p.stateServerUrl = QUrl(QStringLiteral("https://finesse.example.com"));
    p.user = QStringLiteral("agent");
    REQUIRE(store.save(p));
    SettingsDialog dialog(store, p.id);
    for (const QSize screen : {kSmall, kDoubled})
        checkFits(dialog, screen);
    checkMnemonics(dialog);
}

TEST_CASE("Settings open as large as the form asks, within the screen", "[ui][fit]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ProfileStore store(settings);
    Profile p;
    p.id = QStringLiteral("qm");
    p.name = QStringLiteral("QM with Finesse");
    p.controlKind = QStringLiteral("qm");
    p.stateKind = QStringLiteral("finesse");
    REQUIRE(store.save(p));
    SettingsDialog dialog(store, p.id);
    dialog.show();
    QCoreApplication::processEvents();
    const QSize room = dialog.screen()->availableGeometry().size();
    const QWidget *form = dialog.findChild<ProfileForm *>();
    REQUIRE(form);
    INFO("form " << form->sizeHint().width() << "x" << form->sizeHint().height() << ", dialog "
                 << dialog.width() << "x" << dialog.height() << ", screen " << room.width() << "x"
                 << room.height());
    // Beyond the two thirds of the screen Qt would give it, as far as the form needs.
    CHECK(dialog.width() >= std::min(form->sizeHint().width(), room.width() * 9 / 10));
    CHECK(dialog.width() <= room.width());
    CHECK(dialog.height() <= room.height());
    CHECK(dialog.height() > room.height() * 2 / 3);
}

TEST_CASE("Sign-in fits a small screen at 100 % and 200 %, with Advanced open too", "[ui][fit]")
{
    SignInDialog dialog(Profile(),
                        QStringLiteral("Welcome to RecBar. Sign in to your recording "
                                       "server."),
                        true);
    for (const QSize screen : {kSmall, kDoubled})
        checkFits(dialog, screen);
    dialog.probed({QUrl(QStringLiteral("https://rec.example.com")),
                   {QStringLiteral("qm"), QStringLiteral("finesse")},
                   {},
                   false});
    for (const QSize screen : {kSmall, kDoubled})
        checkFits(dialog, screen);
    for (QAbstractButton *b : dialog.findChildren<QAbstractButton *>()) {
        if (b->text() == u"&Advanced")
            b->click();
    }
    for (const QSize screen : {kSmall, kDoubled})
        checkFits(dialog, screen);
    checkMnemonics(dialog);
}

TEST_CASE("A new profile exists only once it is saved", "[ui][settings]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ProfileStore store(settings);
    {
        SettingsDialog dialog(store, {});
        QAbstractButton *add = nullptr;
        for (QAbstractButton *b : dialog.findChildren<QAbstractButton *>()) {
            if (b->accessibleName() == u"New profile")
                add = b;
        }
        REQUIRE(add);
        add->click();
        add->click();
        CHECK(store.profiles().isEmpty()); // closed unsaved: nothing left behind
    }
    CHECK(store.profiles().isEmpty());
}

TEST_CASE("Other dialogs have no mnemonic twice", "[ui][fit]")
{
    SignInDialog signIn(Profile(), QStringLiteral("Welcome"), true);
    checkMnemonics(signIn);
    CommandActions actions;
    BarWindow bar(actions);
    bar.showCallData({}, {}, {});
    checkMnemonics(bar);
}

TEST_CASE("A window comes back where it was, per screen layout, and docks to an edge",
          "[ui][placement]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    QPoint frameAt;
    {
        QWidget window;
        WindowPlacement place(settings, &window, QStringLiteral("probe"));
        CHECK_FALSE(place.restored());
        window.setGeometry(100, 120, 300, 200);
        window.show();
        frameAt = window.pos();
        window.hide(); // saved as it goes
    }
    {
        QWidget window;
        WindowPlacement place(settings, &window, QStringLiteral("probe"));
        CHECK(place.restored());
        CHECK(window.size() == QSize(300, 200));
        // Where its frame was, not a frame's height lower at every start.
        CHECK(window.pos() == frameAt);
    }
    // A place an older RecBar saved (saveGeometry's bytes) is still read.
    {
        QWidget old;
        old.setGeometry(50, 60, 320, 180);
        settings.setValue(QStringLiteral("windows/%1/older").arg(WindowPlacement::layoutKey()),
                          old.saveGeometry());
        QWidget window;
        WindowPlacement place(settings, &window, QStringLiteral("older"));
        CHECK(place.restored());
        CHECK(window.size() == QSize(320, 180));
    }
    // Kept under the layout's own key: another set of screens starts afresh.
    CHECK(settings.childGroups().contains(QStringLiteral("windows")));
    settings.beginGroup(QStringLiteral("windows"));
    CHECK(settings.childGroups() == QStringList{WindowPlacement::layoutKey()});
    settings.endGroup();

    const QRect area(0, 0, 1024, 740);
    CHECK(WindowPlacement::docked(QRect(10, 300, 400, 150), area) == QPoint(0, 300));
    CHECK(WindowPlacement::docked(QRect(610, 580, 400, 150), area) == QPoint(624, 590));
    CHECK(WindowPlacement::docked(QRect(300, 300, 400, 150), area) == QPoint(300, 300));

    // A window docked at the bottom comes back there, though it is shorter now.
    {
        QWidget window;
        WindowPlacement place(settings, &window, QStringLiteral("docked"), true);
        window.resize(400, 300);
        window.show();
        const QRect screen = window.screen()->availableGeometry();
        window.move(WindowPlacement::atEdges(window.frameGeometry(), screen,
                                             WindowPlacement::Bottom | WindowPlacement::Right));
        QCoreApplication::processEvents();
        CHECK(WindowPlacement::edges(window.frameGeometry(), screen) ==
              (WindowPlacement::Bottom | WindowPlacement::Right));
        window.hide();
    }
    {
        QWidget window;
        WindowPlacement place(settings, &window, QStringLiteral("docked"), true);
        window.resize(400, 150);
        window.show();
        QTest::qWait(20);
        const QRect screen = window.screen()->availableGeometry();
        CHECK(window.frameGeometry().bottom() == screen.bottom());
        CHECK(window.frameGeometry().right() == screen.right());
    }
}

TEST_CASE("A bar at the bottom of the screen grows upwards for a question, its buttons in view",
          "[ui][fit]")
{
    CommandActions actions;
    BarWindow bar(actions);
    AgentSnapshot s = longState(QStringLiteral("Recording"));
    s.recording = RecordingState::Recording;
    s.failure.reset();
    actions.update(s);
    bar.setSnapshot(s);
    bar.show();
    const QRect area = bar.screen()->availableGeometry();
    QRect at = bar.frameGeometry();
    at.moveBottom(area.bottom());
    bar.move(at.topLeft());
    QCoreApplication::processEvents();
    const int bottom = bar.frameGeometry().bottom();
    REQUIRE(bottom == area.bottom());
    const int height = bar.height();
    QWidget *stop = bar.button(CommandActions::Slot::Stop);
    const QPoint stopAt = stop->mapToGlobal(QPoint(0, 0));
    bar.confirm(QStringLiteral("Stop recording this call?"), QStringLiteral("Stop recording"),
                QStringLiteral("Don't stop"), [] {});
    QCoreApplication::processEvents();
    CHECK(bar.height() > height);
    CHECK(bar.frameGeometry().bottom() == bottom);
    // Nothing the agent may be aiming at has moved: the question came in above.
    CHECK(stop->mapToGlobal(QPoint(0, 0)) == stopAt);
    bar.setNotice({});
    bar.offerUndo(QStringLiteral("Done"), std::nullopt, QStringLiteral("It cannot be undone"));
    QCoreApplication::processEvents();
    CHECK(stop->mapToGlobal(QPoint(0, 0)) == stopAt);

    // Higher up the screen it grows downwards, and the line comes in below the buttons.
    bar.offerUndo(QStringLiteral("Done"), std::nullopt, {});
    bar.move(area.left() + 20, area.top() + 40);
    QCoreApplication::processEvents();
    bar.confirm(QStringLiteral("Stop recording this call?"), QStringLiteral("Stop recording"),
                QStringLiteral("Don't stop"), [] {});
    QCoreApplication::processEvents();
    const QPoint high = stop->mapToGlobal(QPoint(0, 0));
    const QPoint promptAt =
        bar.findChild<QWidget *>(QStringLiteral("prompt"))->mapToGlobal(QPoint(0, 0));
    CHECK(promptAt.y() > high.y());
    bar.offerUndo(QStringLiteral("Done"), std::nullopt, QStringLiteral("It cannot be undone"));
    QCoreApplication::processEvents();
    CHECK(stop->mapToGlobal(QPoint(0, 0)) == high);
}

TEST_CASE("The bar widened for a long text goes back to the agent's width once it has gone",
          "[ui][fit]")
{
    CommandActions actions;
    BarWindow bar(actions);
    AgentSnapshot s = longState(QStringLiteral("Recording"));
    s.recording = RecordingState::Recording;
    s.failure.reset();
    actions.update(s);
    bar.setSnapshot(s);
    bar.show();
    bar.resize(480, bar.height());
    QCoreApplication::processEvents();
    const int chosen = bar.width();
    AgentSnapshot wide = s;
    wide.screenRecording = true;
    wide.duplicateRecording = true;
    wide.agentName = QString(60, u'W');
    // Each resize is followed by a turn of the event loop (the bar fits itself then), and a
    // window system may answer it later still (Windows): waited for, not assumed.
    bar.setSnapshot(wide);
    CHECK(waitFor([&] { return bar.width() > chosen; }, 2000));
    bar.setSnapshot(s);
    CHECK(waitFor([&] { return bar.width() == chosen; }, 2000));
    INFO(bar.width() << " " << chosen);
    CHECK(bar.width() == chosen);
}
