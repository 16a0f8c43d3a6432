#if __has_include(<catch2/catch_session.hpp>)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#include <QStandardPaths>

#ifdef RECBAR_TEST_KINDS
#include "servers/ServerKind.h"
#endif

#ifdef RECBAR_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    // Widgets render offscreen unless a test run asks for a real display (xvfb-run).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Tests never read or write the user's own settings, caches or data.
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
#ifdef RECBAR_TEST_KINDS
    // The kinds RecBar ships, as the app has them; a test that needs others makes its own.
    const recbar::ServerRegistry kinds;
#endif
    return Catch::Session().run(argc, argv);
}
