#include "Logging.h"

Q_LOGGING_CATEGORY(lcNet, "recbar.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "recbar.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTls, "recbar.tls", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAgent, "recbar.agent", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIpc, "recbar.ipc", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSettings, "recbar.settings", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLibrary, "recbar.library", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAudio, "recbar.audio", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAudit, "recbar.audit", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTeam, "recbar.team", QtWarningMsg)
