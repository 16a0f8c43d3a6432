#include "BrowserSignIn.h"

#include "Logging.h"
#include "domain/BoundedParse.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace recbar {

namespace {

QString randomUrlSafe(int words)
{
    QByteArray random(words * int(sizeof(quint32)), Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), words);
    return QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Compared whole, in time independent of where they differ.
bool sameSecret(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    char16_t difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= a[i].unicode() ^ b[i].unicode();
    return difference == 0;
}

} // namespace

BrowserSignIn::BrowserSignIn(TokenEndpoint &endpoint, QString loginHint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_loginHint(std::move(loginHint))
{
    connect(&m_redirect, &LoopbackRedirect::received, this, &BrowserSignIn::onReturn);
    connect(&m_redirect, &LoopbackRedirect::refused, this, &BrowserSignIn::fail);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(kDeadline);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(tr("The sign-in in the browser was not finished in time: nothing was signed in. "
                "Try again."));
    });
}

QString BrowserSignIn::newVerifier()
{
    return randomUrlSafe(8); // 32 bytes: 43 characters, RFC 7636's minimum
}

QString BrowserSignIn::challengeFor(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void BrowserSignIn::start()
{
    const OAuthClient &client = m_endpoint.client();
    if (const QString problem = client.problem(); !problem.isEmpty())
        return fail(problem);
    if (const Result<void> listening = m_redirect.listen(); !listening)
        return fail(listening.error());
    m_verifier = newVerifier();
    m_state = randomUrlSafe(6);
    m_redirectUri = m_redirect.redirectUri(); // the listener forgets its port once closed

    QUrlQuery query(client.authorizeUrl);
    const auto add = [&query](const QString &key, const QString &value) {
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), client.clientId);
    add(QStringLiteral("redirect_uri"), m_redirectUri.toString());
    add(QStringLiteral("state"), m_state);
    add(QStringLiteral("code_challenge"), challengeFor(m_verifier));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (!m_loginHint.isEmpty())
        add(QStringLiteral("login_hint"), m_loginHint);
    m_authorizationUrl = client.authorizeUrl;
    m_authorizationUrl.setQuery(query);
    qCInfo(lcAuth) << "single sign-on: the browser goes to" << client.authorizeUrl.host()
                   << "and comes back to port" << m_redirectUri.port();
    m_deadline.start();
    emit openBrowser(m_authorizationUrl);
}

void BrowserSignIn::cancel()
{
    m_finished = true;
    m_deadline.stop();
    m_redirect.close();
}

void BrowserSignIn::onReturn(const QUrlQuery &query)
{
    if (m_finished)
        return;
    m_deadline.stop();
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (!sameSecret(state, m_state))
        return fail(tr("The browser came back from a sign-in RecBar did not start (its state "
                       "does not match): nothing was signed in. Try again."));
    if (const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        !error.isEmpty()) {
        const QString description =
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        return fail(
            tr("The identity service did not sign you in (%1)")
                .arg(plainExcerpt(description.isEmpty() ? error.toUtf8() : description.toUtf8())));
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty() || code.size() > 4096)
        return fail(tr("The browser came back without a sign-in code: nothing was signed in"));
    m_endpoint.exchange(code, m_verifier, m_redirectUri, this, [this](const TokenAnswer &answer) {
        if (m_finished)
            return;
        if (!answer.tokens)
            return fail(answer.message);
        m_finished = true;
        emit signedIn(*answer.tokens);
    });
}

void BrowserSignIn::fail(const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_redirect.close();
    qCInfo(lcAuth) << "single sign-on failed:" << message;
    emit failed(message);
}

} // namespace recbar
