#pragma once

#include <QDialog>
#include <QSslCertificate>

namespace recbar {

// Trust on first use: the certificate's SHA-256 fingerprint, its names and dates, with
// "Reject" as the default. A changed certificate is shown as the warning it is, and trusting
// the new one takes an extra, explicit confirmation.
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateDialog(const QString &server, const QSslCertificate &presented,
                      const QString &pinnedFingerprint, QWidget *parent = nullptr);
};

} // namespace recbar
