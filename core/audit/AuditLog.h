#pragma once

#include <QFile>
#include <QJsonObject>
#include <QString>

namespace recbar {

// A local, append-only record of what the agent did: each command sent and how it ended, each
// playback and export. One JSON object per line; each line carries the SHA-256 of the line
// before it and of itself, so editing, inserting or removing a line inside the file breaks the
// chain, and verify() says where. (Cutting lines off the end leaves a shorter valid chain: the
// entry count verify() prints is what to compare.)
class AuditLog
{
public:
    explicit AuditLog(QString path);

    QString path() const { return m_path; }
    // Appends an entry of `kind` ("command", "playback", "export") with its details.
    bool append(const QString &kind, const QJsonObject &detail, QString *error = nullptr);

    struct Verification
    {
        bool ok = false;
        qint64 entries = 0;
        qint64 firstBadLine = 0; // 1-based, 0 when ok
        QString problem;
    };
    static Verification verify(const QString &path);
    // Beside the library, in the app's data folder.
    static QString defaultPath();

    static constexpr char kGenesis[] =
        "0000000000000000000000000000000000000000000000000000000000000000";

private:
    bool resume(QString *error);

    QString m_path;
    QFile m_file;
    qint64 m_seq = 0;
    QByteArray m_lastHash;
    bool m_resumed = false;
};

} // namespace recbar
