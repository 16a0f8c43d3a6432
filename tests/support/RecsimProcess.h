#pragma once

#include "HttpClient.h"

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

// A real recsim process on 127.0.0.1 with a port picked at run time (its stdout tells).
class RecsimProcess
{
public:
    // Starts recsim with the test configuration (manual clock) plus any extra arguments.
    explicit RecsimProcess(const QStringList &extraArguments = {},
                           const QString &config = defaultConfig());
    ~RecsimProcess();

    static QString executable();
    static QString defaultConfig();
    static QString dataFile(const QString &name);

    bool isRunning() const { return m_url.isValid(); }
    QUrl url() const { return m_url; }
    QString output() const;

    // /sim/ helpers: they fail the test on an unexpected answer.
    QString createCall(const QString &agent, const QJsonObject &extra = {});
    void callAction(const QString &callId, const QString &action, const QJsonObject &body = {});
    void advance(qint64 ms);
    QJsonObject model(const QString &agent = {});
    QJsonObject recording(const QString &id);
    QJsonObject addFault(const QJsonObject &fault);
    HttpClient &sim() { return *m_sim; }

private:
    QProcess m_process;
    QUrl m_url;
    std::unique_ptr<HttpClient> m_sim;
};
