#pragma once

#include <QJsonValue>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

// Debian's Chromium, headless, with a profile of its own, driven over the DevTools protocol (a
// WebSocket to the page): the real browser an agent's sign-in goes through.
class HeadlessChromium
{
public:
    HeadlessChromium();
    ~HeadlessChromium();

    static QString executable(); // empty: not installed
    // Starts it on `url`; false with the reason when it cannot.
    bool open(const QUrl &url, QString *problem);
    // The value of a JavaScript expression in the page (awaited if it is a promise); an
    // undefined value when the page could not be asked.
    QJsonValue evaluate(const QString &expression, int timeoutMs = 5000);

private:
    QUrl pageSocket();

    QTemporaryDir m_profile;
    QProcess m_process;
    quint16 m_port = 0;
    int m_nextId = 1;
};
