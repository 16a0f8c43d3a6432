#include "Scan.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <vector>
#endif

namespace recbar {

QString scanProgram()
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("recbar-scan.exe");
#else
    const QString name = QStringLiteral("recbar-scan");
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

int execScan(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    installTranslations();
    const QString helper = scanProgram();
#ifdef Q_OS_UNIX
    if (QFileInfo(helper).isExecutable()) {
        const QByteArray path = QFile::encodeName(helper);
        std::vector<char *> args{const_cast<char *>(path.constData())};
        for (int i = 2; i < argc; ++i) // after "recbar scan"
            args.push_back(argv[i]);
        args.push_back(nullptr);
        ::execv(path.constData(), args.data());
        QTextStream(stderr) << QCoreApplication::translate("recbar::Scan",
                                                           "recbar scan: cannot start %1: %2")
                                   .arg(QDir::toNativeSeparators(helper),
                                        QString::fromLocal8Bit(std::strerror(errno)))
                            << Qt::endl;
        return kScanCannot;
    }
#endif
    QTextStream(stderr) << QCoreApplication::translate(
                               "recbar::Scan",
                               "recbar scan: this RecBar was built without speech recognition "
                               "(recbar-scan, PocketSphinx)")
                        << Qt::endl;
    return kScanCannot;
}

} // namespace recbar
