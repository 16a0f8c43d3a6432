// recbar-scan: what `recbar scan` runs (app/Scan.h).
#include "Scan.h"
#include "Translations.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // What it writes (the audit log, its lock) is the user's alone, as the bar's is.
    ::umask(077);
#endif
    QCoreApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("RecBar"));
    app.setApplicationName(QStringLiteral("RecBar"));
    recbar::installTranslations();
    return recbar::runScan(app.arguments().mid(1));
}
