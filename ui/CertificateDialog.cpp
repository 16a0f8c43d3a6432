#include "CertificateDialog.h"

#include "PlainText.h"
#include "session/TrustStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace recbar {

CertificateDialog::CertificateDialog(const QString &server, const QSslCertificate &presented,
                                     const QString &pinnedFingerprint, QWidget *parent)
    : QDialog(parent)
{
    const bool changed = !pinnedFingerprint.isEmpty();
    setWindowTitle(changed ? tr("The server's certificate has changed") : tr("Trust this server?"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(changed ? tr("<b>Warning:</b> %1 presents a different certificate from the one "
                                "you trusted. This can mean that someone is intercepting the "
                                "connection. Do not continue unless your administrator confirms "
                                "the new fingerprint.")
                                 .arg(server.toHtmlEscaped())
                           : tr("%1 presents a certificate this computer does not trust. Compare "
                                "its fingerprint with the one your administrator gave you.")
                                 .arg(server.toHtmlEscaped()));
    layout->addWidget(intro);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *details = new QFormLayout;
    const auto addFingerprint = [&](const QString &label, const QString &fingerprint) {
        auto *value = new QLabel(fingerprint, this);
        value->setFont(mono);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setAccessibleName(label);
        details->addRow(label, value);
    };
    addFingerprint(changed ? tr("New SHA-256:") : tr("SHA-256:"),
                   TrustStore::fingerprint(presented));
    if (changed)
        addFingerprint(tr("Trusted SHA-256:"), pinnedFingerprint);
    details->addRow(tr("Issued to:"), new QLabel(presented.subjectDisplayName(), this));
    details->addRow(tr("Issued by:"), new QLabel(presented.issuerDisplayName(), this));
    details->addRow(
        tr("Valid:"),
        new QLabel(tr("%1 to %2")
                       .arg(QLocale().toString(presented.effectiveDate(), QLocale::ShortFormat),
                            QLocale().toString(presented.expiryDate(), QLocale::ShortFormat)),
                   this));
    layout->addLayout(details);
    // A certificate's names are whatever its maker typed: never markup.
    PlainText::enforce(this);
    intro->setTextFormat(Qt::RichText); // its only outside text, the address, is escaped

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *reject = buttons->addButton(tr("Reject"), QDialogButtonBox::RejectRole);
    QPushButton *trust =
        buttons->addButton(changed ? tr("Trust the new certificate") : tr("Trust this certificate"),
                           QDialogButtonBox::AcceptRole);
    reject->setDefault(true);
    reject->setAutoDefault(true);
    trust->setAutoDefault(false);
    if (changed) {
        auto *confirm = new QCheckBox(tr("My administrator confirmed the new fingerprint"), this);
        layout->addWidget(confirm);
        trust->setEnabled(false);
        connect(confirm, &QCheckBox::toggled, trust, &QPushButton::setEnabled);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    reject->setFocus();
}

} // namespace recbar
