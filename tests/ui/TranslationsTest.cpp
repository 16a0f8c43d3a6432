#include "Translations.h"

#include "BarWindow.h"
#include "CatchCompat.h"
#include "CommandActions.h"
#include "servers/ServerKind.h"
#include "servers/recordingapi/RecordingApiProtocol.h"

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace recbar;

namespace {

struct TsCheck
{
    int messages = 0;
    QStringList problems;
};

// Every message translated, with the same placeholders as its source.
TsCheck check(const QString &path)
{
    TsCheck result;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    const auto placeholders = [&](const QString &text) {
        QStringList found;
        for (const auto &m : placeholder.globalMatch(text))
            found.append(m.captured());
        found.sort();
        return found;
    };
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
            ++result.messages;
        } else if (xml.name() == u"translation") {
            const bool unfinished =
                xml.attributes().value(QStringLiteral("type")) == QStringLiteral("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.trimmed().isEmpty())
                result.problems.append(QStringLiteral("untranslated: ") + source);
            else if (!source.contains(QStringLiteral("%n")) &&
                     placeholders(text) != placeholders(source))
                result.problems.append(QStringLiteral("placeholders differ: ") + source);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return result;
}

QStringList labelTexts(QWidget &window)
{
    QStringList texts;
    for (QLabel *label : window.findChildren<QLabel *>())
        texts.append(label->text());
    return texts;
}

} // namespace

TEST_CASE("Spanish and French are complete, and the bar speaks them", "[ui][i18n]")
{
    const struct
    {
        const char *language;
        const char *recording;
        const char *stop;
    } cases[] = {{"es", "Grabando", "Detener"}, {"fr", "Enregistrement", "Arrêter"}};
    for (const auto &c : cases) {
        INFO(c.language);
        const QString language = QString::fromLatin1(c.language);
        const TsCheck ts = check(QStringLiteral(RECBAR_TRANSLATIONS_DIR "/recbar_") + language +
                                 QStringLiteral(".ts"));
        CHECK(ts.messages > 400);
        INFO(ts.problems.join(u'\n').toStdString());
        CHECK(ts.problems.isEmpty());

        QTranslator translator;
        REQUIRE(translator.load(QStringLiteral(":/i18n/recbar_") + language));
        QCoreApplication::installTranslator(&translator);
        CommandActions actions;
        BarWindow bar(actions);
        AgentSnapshot s;
        s.connection = ConnectionState::Connected;
        s.agentName = QStringLiteral("bob");
        s.call = CallState::Talking;
        s.recording = RecordingState::Recording;
        s.remoteNumber = QStringLiteral("+15551234567");
        s.callStartedAt = QDateTime::currentDateTimeUtc().addSecs(-75);
        s.capabilities = recordingapi::capabilities();
        actions.update(s);
        bar.setSnapshot(s);
        CHECK(labelTexts(bar).contains(QString::fromUtf8(c.recording)));
        CHECK(bar.button(CommandActions::Slot::Stop)->text() == QString::fromUtf8(c.stop));
        QCoreApplication::removeTranslator(&translator);
    }
}

TEST_CASE("A registry made after the translation speaks it", "[ui][i18n][kinds]")
{
    const auto label = [](const ServerRegistry &kinds) {
        return kinds.field(QStringLiteral("peripheralId"))->label;
    };
    const QString english = label(ServerRegistry::current());
    QTranslator french;
    REQUIRE(french.load(QStringLiteral(":/i18n/recbar_fr")));
    QCoreApplication::installTranslator(&french);
    const QString translated = label(ServerRegistry());
    QCoreApplication::removeTranslator(&french);
    CHECK(english == QStringLiteral("Peripheral id:"));
    CHECK(translated != english);
    CHECK(label(ServerRegistry()) == english);
}

TEST_CASE("A language without a translation stays in English", "[ui][i18n]")
{
    CHECK(installTranslations(QLocale(QLocale::German, QLocale::Germany)) == QStringLiteral("en"));
    CHECK(QCoreApplication::translate("StatePresentation", "Recording") ==
          QStringLiteral("Recording"));
}
