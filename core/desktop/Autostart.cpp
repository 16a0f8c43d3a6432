#include "Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace recbar {

namespace {

#if defined(Q_OS_WIN)
// Qt's test mode (the test suites) never touches the user's own login items: a key of its own.
QString runKey()
{
    return QStandardPaths::isTestModeEnabled()
               ? QStringLiteral("HKEY_CURRENT_USER\\Software\\RecBar-qttest\\Run")
               : QStringLiteral(
                     "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
}
#endif

QString tr(const char *text)
{
    return QCoreApplication::translate("recbar::Autostart", text);
}

} // namespace

Autostart::Autostart(QString program)
    : m_program(std::move(program))
{}

QString Autostart::location() const
{
#if defined(Q_OS_WIN)
    return runKey() + QStringLiteral("\\RecBar");
#elif defined(Q_OS_MACOS)
    return QDir::homePath() +
           (QStandardPaths::isTestModeEnabled() ? QStringLiteral("/.qttest") : QString()) +
           QStringLiteral("/Library/LaunchAgents/org.recbar.RecBar.plist");
#else
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/org.recbar.RecBar.desktop");
#endif
}

bool Autostart::isEnabled() const
{
#if defined(Q_OS_WIN)
    return QSettings(runKey(), QSettings::NativeFormat).contains(QStringLiteral("RecBar"));
#else
    return QFile::exists(location());
#endif
}

Result<void> Autostart::setEnabled(bool enabled)
{
#if defined(Q_OS_WIN)
    QSettings run(runKey(), QSettings::NativeFormat);
    if (enabled)
        run.setValue(QStringLiteral("RecBar"),
                     QStringLiteral("\"%1\" --minimized").arg(QDir::toNativeSeparators(m_program)));
    else
        run.remove(QStringLiteral("RecBar"));
    run.sync();
    if (run.status() != QSettings::NoError)
        return fail(tr("The login items could not be changed"));
    return {};
#else
    const QString path = location();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path))
            return fail(tr("Cannot remove %1").arg(path));
        return {};
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
#if defined(Q_OS_MACOS)
    file.write(QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                              "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                              "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                              "<plist version=\"1.0\"><dict>\n"
                              "  <key>Label</key><string>org.recbar.RecBar</string>\n"
                              "  <key>ProgramArguments</key><array><string>%1</string>"
                              "<string>--minimized</string></array>\n"
                              "  <key>RunAtLoad</key><true/>\n"
                              "</dict></plist>\n")
                   .arg(m_program.toHtmlEscaped())
                   .toUtf8());
#else
    // Exec quoting per the Desktop Entry spec: inside double quotes, \ " ` $ are escaped.
    QString quoted = m_program;
    for (const QChar c : {u'\\', u'"', u'`', u'$'})
        quoted.replace(c, QStringLiteral("\\") + c);
    file.write(QStringLiteral("[Desktop Entry]\n"
                              "Type=Application\n"
                              "Name=RecBar\n"
                              "Comment=%1\n"
                              "Exec=\"%2\" --minimized\n"
                              "Icon=org.recbar.RecBar\n"
                              "Terminal=false\n"
                              "X-GNOME-Autostart-enabled=true\n")
                   .arg(tr("Call-recording controls, started at login"), quoted)
                   .toUtf8());
#endif
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
#endif
}

} // namespace recbar
