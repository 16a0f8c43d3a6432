#pragma once

#include "domain/Result.h"

#include <QFile>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace recbar {

// A local, append-only record of what the agent did: each command sent and how it ended, each
// playback and export. One line per entry:
//
//   {"entry":{"seq":N,"time":...,"kind":...,"detail":{...},"prev":"<mac of the line before>",
//             "keyed":true},"mac":"<64 hex>"}
//
// The mac is HMAC-SHA256 over the entry's exact bytes as written, with a secret that lives in
// the OS keychain (AuditKey). Once the user has that key, every entry carries its HMAC. Entries
// without one ("keyed":false with a plain SHA-256, or the older "hash" lines) are accepted only
// as the log's beginning, before its first keyed entry, and only when an "upgrade" entry written
// with the key says how many there are: it is written as soon as a key is first had (or, for a
// log written by an earlier RecBar, at the first start with this one, if its unkeyed beginning
// is already chained into a keyed entry). So whoever cannot read the keychain can neither
// change, insert or remove a line, nor rewrite the log from some line on, nor pass off a log
// rewritten without the key. While the keychain does not answer, entries for a keyed log are
// kept aside (audit.log.pending) and added, keyed, once it does.
//
// What it does not protect against: the user (or anything running as the user) who can read
// the keychain; cutting lines off the end, which leaves a shorter valid chain (compare the entry
// count verify() prints); a log that never had a key, which a plain hash chain cannot protect.
//
// A line torn by a crash is not repaired in place: the next append starts a new line with a
// "repair" entry naming the torn bytes' hash, and verify() accepts the torn line only with it.
// An append that fails (a full disk, a folder where the file should be) is reported through
// failed(): commands still run, and the agent is told.
class AuditLog : public QObject
{
    Q_OBJECT

public:
    // With `awaitKey`, entries wait in memory until setKey() (the keychain answers at start).
    explicit AuditLog(QString path, bool awaitKey = false, QObject *parent = nullptr);

    QString path() const { return m_path; }
    // The HMAC key; empty: none could be had, so entries of a log that has none yet are hashed,
    // and those of a keyed log are kept aside. `made`: the key was made just now, so every
    // entry before it was written without one.
    void setKey(const QByteArray &key, bool made = false);
    bool keyed() const { return !m_key.isEmpty(); }
    // Appends an entry of `kind` ("command", "playback", "export") with its details. A failure
    // is also emitted as failed(), for whoever shows it.
    Result<void> append(const QString &kind, const QJsonObject &detail);
    // The last append's failure; empty when it was written.
    QString lastError() const { return m_lastError; }

    struct Verification
    {
        bool ok = false;
        qint64 entries = 0;
        qint64 keyedEntries = 0;   // whose mac was checked with the key
        qint64 uncheckedMacs = 0;  // keyed entries whose mac needs the key to check
        qint64 unkeyedEntries = 0; // entries without an HMAC (with a key: the log's beginning)
        qint64 upgradeEntry = 0;   // the keyed entry that accounts for them, 0 when none
        qint64 tornLines = 0;      // accepted because a repair entry names them
        qint64 firstBadLine = 0;   // 1-based, 0 when ok
        QString problem;
    };
    static Verification verify(const QString &path, const QByteArray &key = {});
    // Beside the library, in the app's data folder.
    static QString defaultPath();

    static constexpr char kGenesis[] =
        "0000000000000000000000000000000000000000000000000000000000000000";

signals:
    void failed(const QString &message);
    // Entries are kept aside until the keychain gives the key (the log is keyed).
    void held(const QString &message);

private:
    Result<void> resume();
    void writeUpgrade(bool made);
    void hold(const QString &kind, const QJsonObject &detail, const QString &time);
    void addHeld();
    QString pendingPath() const { return m_path + QStringLiteral(".pending"); }
    Result<void> write(const QString &kind, const QJsonObject &detail, const QString &time,
                       bool late = false);
    Failure<QString> report(const QString &message);

    QString m_path;
    QFile m_file;
    QByteArray m_key;
    bool m_keyKnown = true;
    qint64 m_seq = 0;
    QByteArray m_lastMac;
    bool m_lastKeyed = false; // the last entry carries an HMAC: entries without one must wait
    QByteArray m_torn;        // an unfinished last line found at resume, to be noted by a repair
    bool m_resumed = false;
    qint64 m_end = -1; // the file's size after this log last read or wrote it
    QString m_lastError;
    struct Waiting
    {
        QString kind;
        QJsonObject detail;
        QString time;
    };
    QList<Waiting> m_waiting;
};

} // namespace recbar
