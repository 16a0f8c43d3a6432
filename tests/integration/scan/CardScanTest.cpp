// The card-number finder on real speech: festival's HTS voice reads a card number into a
// sentence, sox makes it telephone audio (8 kHz u-law, as a VoIP call carries it), and
// PocketSphinx listens. (Through an analogue line's 300-3400 Hz it hears far less: README.)
// Then `recbar scan` on a folder of such recordings, as a compliance script runs it.
#include "CatchCompat.h"
#include "scan/CardScanner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>
#include <unistd.h>

using namespace recbar;

namespace {

constexpr char kCard[] = "four five three nine, one four eight eight, zero three four three, "
                         "six four six seven.";

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(120'000) && p.exitStatus() == QProcess::NormalExit &&
           p.exitCode() == 0;
}

// `text` read by festival's HTS voice, as 8 kHz u-law telephone audio in `wav`.
void telephoneSpeech(const QString &text, const QString &wav)
{
    const QString script = wav + QStringLiteral(".txt");
    QFile f(script);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
    f.close();
    const QString wide = wav + QStringLiteral(".wide.wav");
    REQUIRE(run(QStringLiteral("text2wave"),
                {QStringLiteral("-eval"), QStringLiteral("(voice_cmu_us_slt_arctic_hts)"), script,
                 QStringLiteral("-o"), wide}));
    REQUIRE(run(QStringLiteral("sox"),
                {wide, QStringLiteral("-r"), QStringLiteral("8000"), QStringLiteral("-c"),
                 QStringLiteral("1"), QStringLiteral("-e"), QStringLiteral("u-law"), wav}));
    QFile::remove(script);
    QFile::remove(wide);
}

QString cardClip(const QString &folder)
{
    const QString wav = folder + QStringLiteral("/card.wav");
    telephoneSpeech(QStringLiteral("Sure, my card number is ") + QLatin1String(kCard) +
                        QStringLiteral(" And it expires in March."),
                    wav);
    return wav;
}

QString talkClip(const QString &folder)
{
    const QString wav = folder + QStringLiteral("/talk.wav");
    telephoneSpeech(QStringLiteral("Thank you for calling, my name is Sarah. You can reach me on "
                                   "five five five, one two three, four five six seven. The total "
                                   "comes to twenty nine dollars and ninety five cents."),
                    wav);
    return wav;
}

std::unique_ptr<CardScanner> scanner()
{
    Result<std::unique_ptr<CardScanner>> made = CardScanner::create();
    INFO((made ? QString() : made.error()).toStdString());
    REQUIRE(made.ok());
    return *std::move(made);
}

} // namespace

TEST_CASE("A card number read on a telephone line is heard, ordinary talk with numbers is not",
          "[scan]")
{
    QTemporaryDir dir;
    const std::unique_ptr<CardScanner> s = scanner();
    const Result<CardScanReport> card = s->scan(cardClip(dir.path()), {});
    REQUIRE(card.ok());
    REQUIRE(card->findings.size() == 1);
    const CardFinding &f = card->findings.first();
    CHECK(f.digits >= 12);
    CHECK(f.outsidePause);
    CHECK(f.channel == -1);
    CHECK(f.startMs > 500); // after "Sure, my card number is"
    CHECK(f.endMs < card->durationMs);
    CHECK(f.last4.size() == 4);

    const Result<CardScanReport> talk = s->scan(talkClip(dir.path()), {});
    REQUIRE(talk.ok());
    CHECK(talk->findings.isEmpty());

    // What was scanned before changes nothing: the same file, the same findings.
    const Result<CardScanReport> again = s->scan(dir.filePath(QStringLiteral("card.wav")), {});
    REQUIRE(again.ok());
    CHECK(again->findings == card->findings);

    // The same audio with the number in a paused span: the pause worked.
    const Result<CardScanReport> paused =
        s->scan(dir.filePath(QStringLiteral("card.wav")), {{f.startMs - 200, f.endMs + 200}});
    REQUIRE(paused.ok());
    REQUIRE(paused->findings.size() == 1);
    CHECK_FALSE(paused->findings.first().outsidePause);
}

TEST_CASE("Each side of a two-channel call is listened to on its own", "[scan]")
{
    QTemporaryDir dir;
    const QString card = cardClip(dir.path());
    const QString talk = talkClip(dir.path());
    const QString call = dir.filePath(QStringLiteral("call.wav"));
    REQUIRE(run(QStringLiteral("sox"), {QStringLiteral("-M"), talk, card, call}));
    const Result<CardScanReport> report = scanner()->scan(call, {});
    REQUIRE(report.ok());
    CHECK(report->channels == 2);
    REQUIRE(report->findings.size() == 1);
    CHECK(report->findings.first().channel == 1); // the customer's side
}

TEST_CASE("A file that is not audio is refused with a reason", "[scan]")
{
    QTemporaryDir dir;
    QFile junk(dir.filePath(QStringLiteral("junk.wav")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    const Result<CardScanReport> report = scanner()->scan(junk.fileName(), {});
    REQUIRE_FALSE(report.ok());
    CHECK_FALSE(report.error().isEmpty());
}

TEST_CASE("recbar scan --json reports each file's findings without the digits, and exits 2 on an "
          "unreadable file after scanning the rest",
          "[scan][cli]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("calls"));
    REQUIRE(QDir().mkpath(folder + QStringLiteral("/day2")));
    cardClip(folder);
    talkClip(folder + QStringLiteral("/day2"));
    // The second copy of the card number was read during a pause, as its sidecar says.
    REQUIRE(QFile::copy(folder + QStringLiteral("/card.wav"),
                        folder + QStringLiteral("/day2/paused.wav")));
    QFile sidecar(folder + QStringLiteral("/day2/paused.json"));
    REQUIRE(sidecar.open(QIODevice::WriteOnly));
    sidecar.write(R"({"paused_spans": [[0, 60000]]})");
    sidecar.close();
    // A sidecar that is not JSON: its pauses unknown, so the file is reported as not read.
    REQUIRE(QFile::copy(folder + QStringLiteral("/day2/talk.wav"),
                        folder + QStringLiteral("/day2/unsure.wav")));
    QFile badSidecar(folder + QStringLiteral("/day2/unsure.json"));
    REQUIRE(badSidecar.open(QIODevice::WriteOnly));
    badSidecar.write("{ paused");
    badSidecar.close();
    QFile broken(folder + QStringLiteral("/broken.wav"));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("RIFF");
    broken.close();

    QProcess scan;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain: entries unkeyed
    scan.setProcessEnvironment(env);
    scan.start(QStringLiteral(RECBAR_EXECUTABLE),
               {QStringLiteral("scan"), QStringLiteral("--json"), folder});
    REQUIRE(scan.waitForFinished(240'000));
    const QByteArray output = scan.readAllStandardOutput();
    const QString errors = QString::fromUtf8(scan.readAllStandardError());
    INFO(errors.toStdString());
    CHECK(scan.exitCode() == 2);
    CHECK(errors.contains(QStringLiteral("broken.wav")));

    QMap<QString, QJsonObject> byFile;
    for (const QByteArray &line : output.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        byFile.insert(QFileInfo(o.value(QStringLiteral("file")).toString()).fileName(), o);
    }
    REQUIRE(byFile.size() == 5);
    CHECK(byFile.value(QStringLiteral("broken.wav")).contains(QStringLiteral("error")));
    CHECK(byFile.value(QStringLiteral("unsure.wav")).contains(QStringLiteral("error")));
    CHECK(byFile.value(QStringLiteral("talk.wav"))
              .value(QStringLiteral("findings"))
              .toArray()
              .isEmpty());
    const QJsonArray outside =
        byFile.value(QStringLiteral("card.wav")).value(QStringLiteral("findings")).toArray();
    REQUIRE(outside.size() == 1);
    const QJsonObject finding = outside.first().toObject();
    for (const char *key : {"start_ms", "end_ms", "digits", "luhn", "last4", "outside_pause"})
        CHECK(finding.contains(QLatin1String(key)));
    CHECK(finding.value(QStringLiteral("outside_pause")).toBool());
    CHECK(finding.value(QStringLiteral("digits")).toInt() >= 12);
    const QJsonArray inside =
        byFile.value(QStringLiteral("paused.wav")).value(QStringLiteral("findings")).toArray();
    REQUIRE(inside.size() == 1);
    CHECK_FALSE(inside.first().toObject().value(QStringLiteral("outside_pause")).toBool());

    // Never more than four digits of the number in a row, in anything it wrote.
    const QString said = QString::fromUtf8(output) + errors;
    for (const QString &digits : {QStringLiteral("45391"), QStringLiteral("14880"),
                                  QStringLiteral("03436"), QStringLiteral("4539148803436467")})
        CHECK_FALSE(said.contains(digits));

    // Bad usage is told apart from an unreadable file.
    QProcess usage;
    usage.setProcessEnvironment(env);
    usage.start(QStringLiteral(RECBAR_EXECUTABLE),
                {QStringLiteral("scan"), QStringLiteral("--jsn"), folder});
    REQUIRE(usage.waitForFinished(60'000));
    CHECK(usage.exitCode() == 1);

    // The scan is in the audit log: who scanned what, and what was found.
    QDirIterator logs(dir.filePath(QStringLiteral("data")), {QStringLiteral("audit.log")},
                      QDir::Files, QDirIterator::Subdirectories);
    REQUIRE(logs.hasNext());
    QFile audit(logs.next());
    REQUIRE(audit.open(QIODevice::ReadOnly));
    const QByteArray log = audit.readAll();
    CHECK(log.contains(R"("kind":"scan")"));
    CHECK(log.contains(R"("findingsOutsidePause":1)"));
    CHECK_FALSE(log.contains("45391"));
}

TEST_CASE("A folder recbar scan cannot enter is named, and the rest is scanned", "[scan][cli]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("calls"));
    const QString locked = folder + QStringLiteral("/locked");
    REQUIRE(QDir().mkpath(locked));
    talkClip(folder);
    talkClip(locked);
    const QString data = dir.filePath(QStringLiteral("data"));
    REQUIRE(QDir().mkpath(data));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), data);
    env.insert(QStringLiteral("XDG_DATA_HOME"), data);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), data);
    env.insert(QStringLiteral("TMPDIR"), data); // the recogniser's own temporary files
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));

    const auto everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                          QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup |
                          QFileDevice::ExeGroup;
    QStringList program{QStringLiteral(RECBAR_EXECUTABLE)};
    // Root enters any folder: as root, the scan runs as nobody, who may read all but `locked`.
    if (::geteuid() == 0) {
        for (const QString &path : {dir.path(), folder})
            REQUIRE(QFile::setPermissions(path, everyone));
        for (const QString &file : QDir(folder).entryList(QDir::Files))
            REQUIRE(QFile::setPermissions(QDir(folder).filePath(file),
                                          QFileDevice::ReadOwner | QFileDevice::ReadOther));
        REQUIRE(QFile::setPermissions(data, everyone | QFileDevice::WriteOther));
        const QStringList nobody{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                                 QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")};
        // A build or a temporary folder under one only root may enter (/root) is out of reach.
        for (const QStringList &probe :
             {QStringList{QStringLiteral(RECBAR_EXECUTABLE), QStringLiteral("--version")},
              QStringList{QStringLiteral("test"), QStringLiteral("-r"),
                          folder + QStringLiteral("/talk.wav")}}) {
            QProcess reach;
            reach.start(nobody.first(), nobody.mid(1) + probe);
            if (!reach.waitForFinished(30'000) || reach.exitCode() != 0) {
                WARN("not checked: nobody cannot reach " + probe.join(u' ').toStdString());
                return;
            }
        }
        program = nobody + program;
    }
    REQUIRE(QFile::setPermissions(locked, QFileDevice::ExeOwner)); // nobody else, not readable
    // Made removable again however the test ends.
    const std::unique_ptr<const QString, void (*)(const QString *)> unlock(&locked, [](auto *p) {
        QFile::setPermissions(*p, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ExeOwner);
    });
    QProcess scan;
    scan.setProcessEnvironment(env);
    scan.start(program.first(), program.mid(1) + QStringList{QStringLiteral("scan"),
                                                             QStringLiteral("--json"), folder});
    REQUIRE(scan.waitForFinished(240'000));
    const QString errors = QString::fromUtf8(scan.readAllStandardError());
    INFO(errors.toStdString());
    CHECK(scan.exitCode() == 2);
    CHECK(errors.contains(locked));
    CHECK(errors.contains(QStringLiteral("cannot be read")));
    QMap<QString, QJsonObject> byFile;
    for (const QByteArray &line : scan.readAllStandardOutput().trimmed().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        byFile.insert(o.value(QStringLiteral("file")).toString(), o);
    }
    REQUIRE(byFile.size() == 2);
    CHECK(byFile.value(locked).contains(QStringLiteral("error")));
    const QJsonObject talk = byFile.value(folder + QStringLiteral("/talk.wav"));
    CHECK(talk.contains(QStringLiteral("findings")));
    CHECK(talk.value(QStringLiteral("findings")).toArray().isEmpty());
}
