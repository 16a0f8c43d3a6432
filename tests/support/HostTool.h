#pragma once

#include <QString>
#include <QStringList>

// The test machine's own tools (sox, lame, openssl), which make the files the tests read. In
// the Windows build run under Wine (./dev.sh windows sets RECBAR_WINE_HOST_TOOLS) they are the
// Linux host's: Wine's `start /wait /unix` runs them, and paths on Wine's Z: drive (where the
// tests' temporary files are) are handed over as the Unix paths they are. Wine returns neither
// their exit code nor their output there, so callers check the files the tools made.
namespace hosttool {

// True when the Windows build's tests run under Wine (./dev.sh windows).
bool underWine();

// The path the Linux host knows `path` by (Z:\\tmp\\x -> /tmp/x); as it is outside Wine.
QString hostPath(const QString &path);

// Runs `program` to completion; false (with its output in *log) if it failed or is missing.
bool run(const QString &program, const QStringList &arguments, QString *log);

// A program of the Linux host left running while a test under Wine needs it (started through
// `start /unix`), stopped when this goes.
class HostProcess
{
public:
    HostProcess(const QString &program, const QStringList &arguments);
    ~HostProcess();
    HostProcess(const HostProcess &) = delete;
    HostProcess &operator=(const HostProcess &) = delete;

private:
    QString m_pidFile;
    qint64 m_pid = 0;
};

// A self-signed certificate and its key, made by openssl: an EC P-256 key unless `rsa`.
struct Certificate
{
    QString subject;        // "/CN=127.0.0.1"
    QString subjectAltName; // "IP:127.0.0.1", or none
    bool rsa = false;
};
bool makeCertificate(const Certificate &request, const QString &certPath, const QString &keyPath,
                     QString *log);

} // namespace hosttool
