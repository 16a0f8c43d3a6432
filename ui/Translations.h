#pragma once

#include <QLocale>

namespace recbar {

// RecBar's own translations (compiled into the program) and Qt's (standard buttons, dialogs),
// for the system's locale; English needs only its plural forms ("1 recording", "2 recordings"),
// which are always installed. Call once, after the application exists.
// Returns the language actually used ("en" when there is no translation for the locale).
QString installTranslations(const QLocale &locale = QLocale::system());

} // namespace recbar
