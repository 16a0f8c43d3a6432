#include "diagnostics/ProcessFigures.h"

#include "CatchCompat.h"

#include <QCoreApplication>
#include <QTimer>

using namespace recbar;

TEST_CASE("Process figures count each object once and only running timers", "[diagnostics]")
{
    QObject root;
    auto *child = new QObject(&root);
    auto *running = new QTimer(child);
    auto *stopped = new QTimer(&root);
    running->start(60'000);
    Q_UNUSED(stopped);

    // The same tree twice, and a subtree of it: still four objects.
    const ProcessFigures f = ProcessFigures::sample({&root, &root, child, nullptr});
    CHECK(f.objects == 4);
    CHECK(f.timers == 1);
    running->stop();
    CHECK(ProcessFigures::sample({&root}).timers == 0);

#ifdef Q_OS_LINUX
    CHECK(f.residentKiB > 0);
    CHECK(f.handles > 0);
#endif
    const QJsonObject json = f.toJson();
    CHECK(json.value(QStringLiteral("objects")).toInt() == 4);
    CHECK(json.keys() == QStringList{QStringLiteral("auditLog"), QStringLiteral("handles"),
                                     QStringLiteral("objects"), QStringLiteral("residentKiB"),
                                     QStringLiteral("timers")});
}
