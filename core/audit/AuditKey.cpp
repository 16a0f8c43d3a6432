#include "AuditKey.h"

#include "domain/Timing.h"
#include "session/CredentialStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTimer>

#include <optional>

namespace recbar {

void AuditKey::read(CredentialStore &store, QObject *context, Done done)
{
    store.read(keychainEntry(), context, [done](const CredentialStore::Result &result) {
        if (result.status == CredentialStore::Status::Ok)
            done(QByteArray::fromHex(result.password.toLatin1()), {});
        else
            done({}, result.message);
    });
}

void AuditKey::load(CredentialStore &store, QObject *context, Loaded done)
{
    store.read(keychainEntry(), context,
               [&store, context, done](const CredentialStore::Result &result) {
                   if (result.status == CredentialStore::Status::Ok) {
                       done(QByteArray::fromHex(result.password.toLatin1()), false, {});
                       return;
                   }
                   if (result.status != CredentialStore::Status::NotFound) {
                       done({}, false, result.message);
                       return;
                   }
                   QByteArray key(32, Qt::Uninitialized);
                   QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()),
                                                         key.size() / 4);
                   store.write(keychainEntry(), QString::fromLatin1(key.toHex()), context,
                               [key, done](const CredentialStore::Result &written) {
                                   if (written.status == CredentialStore::Status::Ok)
                                       done(key, true, {});
                                   else
                                       done({}, false, written.message);
                               });
               });
}

AuditKey::Answer AuditKey::wait(CredentialStore &store, IfMissing ifMissing)
{
    std::optional<Answer> answer;
    QEventLoop loop;
    const auto answered = [&](Answer a) {
        answer = std::move(a);
        loop.quit();
    };
    if (ifMissing == IfMissing::Make) {
        load(store, &loop, [&](const QByteArray &key, bool made, const QString &problem) {
            answered({key, made, problem});
        });
    } else {
        read(store, &loop, [&](const QByteArray &key, const QString &problem) {
            answered({key, false, problem});
        });
    }
    QTimer::singleShot(timing::kKeychainAnswer, &loop, &QEventLoop::quit);
    if (!answer)
        loop.exec();
    if (!answer)
        return {{},
                false,
                QCoreApplication::translate("recbar::AuditKey", "the keychain did not answer")};
    return *answer;
}

} // namespace recbar
