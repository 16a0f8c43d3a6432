// recbar-scan: what `recbar scan` runs (app/Scan.h).
#include "Scan.h"
#include "Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("RecBar"));
    app.setApplicationName(QStringLiteral("RecBar"));
    recbar::installTranslations();
    return recbar::runScan(app.arguments().mid(1));
}
