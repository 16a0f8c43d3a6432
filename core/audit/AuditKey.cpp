#include "AuditKey.h"

#include "session/CredentialStore.h"

#include <QRandomGenerator>

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

} // namespace recbar
