#include "CredentialStore.h"

#include "Logging.h"

#include <qt6keychain/keychain.h>

namespace recbar {

namespace {

CredentialStore::Result resultOf(QKeychain::Job *job)
{
    CredentialStore::Result result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = CredentialStore::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = CredentialStore::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = CredentialStore::Status::NoBackend;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = CredentialStore::Status::Denied;
        break;
    default:
        result.status = CredentialStore::Status::Failed;
        break;
    }
    result.message = job->errorString();
    return result;
}

template <typename JobType>
void run(JobType *job, const QString &key, QObject *context, CredentialStore::Callback done,
         std::function<void(JobType *, CredentialStore::Result &)> extract = {})
{
    job->setAutoDelete(true);
    // Never fall back to storing the secret in plain text.
    job->setInsecureFallback(false);
    job->setKey(key);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, guard, done, extract] {
        CredentialStore::Result result = resultOf(job);
        if (extract && result.status == CredentialStore::Status::Ok)
            extract(job, result);
        qCInfo(lcAuth) << "keychain" << job->metaObject()->className() << "->"
                       << int(result.status);
        if (guard)
            done(result);
    });
    job->start();
}

} // namespace

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

QString CredentialStore::key(const QString &profileId, const QString &user)
{
    return QStringLiteral("recbar:%1:%2").arg(profileId, user);
}

void CredentialStore::read(const QString &key, QObject *context, Callback done)
{
    run<QKeychain::ReadPasswordJob>(
        new QKeychain::ReadPasswordJob(m_service), key, context, std::move(done),
        [](QKeychain::ReadPasswordJob *job, Result &result) { result.password = job->textData(); });
}

void CredentialStore::write(const QString &key, const QString &password, QObject *context,
                            Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(password);
    run<QKeychain::WritePasswordJob>(job, key, context, std::move(done));
}

void CredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    run<QKeychain::DeletePasswordJob>(new QKeychain::DeletePasswordJob(m_service), key, context,
                                      std::move(done));
}

} // namespace recbar
