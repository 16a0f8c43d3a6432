#pragma once

#include <QLoggingCategory>

// One category per area; all quiet (warnings only) unless QT_LOGGING_RULES says otherwise.
// Nothing logged here ever carries a password, a token or an Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcTls)
Q_DECLARE_LOGGING_CATEGORY(lcAgent)
Q_DECLARE_LOGGING_CATEGORY(lcIpc)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcLibrary)
Q_DECLARE_LOGGING_CATEGORY(lcAudio)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
Q_DECLARE_LOGGING_CATEGORY(lcTeam)
