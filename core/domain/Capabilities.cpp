#include "Capabilities.h"

namespace recbar {

QString Capabilities::whyNot(CommandKind kind) const
{
    const QString reason = m_whyNot.value(kind);
    if (!reason.isEmpty())
        return reason;
    return QCoreApplication::translate("recbar::Capabilities",
                                       "This recording server cannot do that: %1")
        .arg(CommandText::label(kind));
}

} // namespace recbar
