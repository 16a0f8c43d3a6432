#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace recbar {

namespace {

// English is the source language, and its sources write a count's noun as "recording(s)":
// one reads "1 recording", any other count "0 recordings", "2 recordings". Below every other
// translator, so a language's own plural forms win.
class EnglishPlurals : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        const QString source = QString::fromUtf8(sourceText);
        if (n < 0 || !source.contains(QLatin1String("(s)")))
            return {};
        return QString(source).replace(QLatin1String("(s)"),
                                       n == 1 ? QString() : QStringLiteral("s"));
    }
};

} // namespace

QString installTranslations(const QLocale &locale)
{
    static EnglishPlurals *english = nullptr;
    if (!english) {
        english = new EnglishPlurals(qApp);
        QCoreApplication::installTranslator(english);
    }
    auto *own = new QTranslator(qApp);
    if (!own->load(locale, QStringLiteral("recbar"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    // Qt's own strings (Cancel, Close, Yes...) where the system has them installed.
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return own->language().section(u'_', 0, 0);
}

} // namespace recbar
