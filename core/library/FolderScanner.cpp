#include "FolderScanner.h"

#include "audio/AudioDecoder.h"
#include "domain/BoundedParse.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace recbar {

namespace {

Direction directionFrom(const QString &text)
{
    const QString t = text.toLower();
    if (t == u"in" || t == u"inbound" || t == u"i" || t == u"1")
        return Direction::Inbound;
    if (t == u"out" || t == u"outbound" || t == u"o" || t == u"2")
        return Direction::Outbound;
    return Direction::Unknown;
}

// No call lasts longer: a length or span beyond it is not believed.
constexpr qint64 kLongestCallMs = 31LL * 24 * 3600 * 1000;

// A sidecar is optional: fields it has override what the audio says; bad fields are ignored.
void applySidecar(RecordingEntry &e, const QJsonObject &s)
{
    const QDateTime start =
        QDateTime::fromString(s.value(QStringLiteral("start_time")).toString(), Qt::ISODateWithMs);
    if (start.isValid())
        e.startTime = start.toUTC();
    // The audio's own length wins; a sidecar's stands only for audio that cannot be read, and
    // only if it is a length a call can have.
    if (const double ms = s.value(QStringLiteral("duration_ms")).toDouble(-1);
        e.durationMs <= 0 && ms > 0 && ms <= double(kLongestCallMs))
        e.durationMs = qint64(ms);
    const auto text = [&](const char *key, QString &into) {
        const QJsonValue v = s.value(QLatin1String(key));
        if (v.isString())
            into = v.toString();
    };
    text("agent", e.agent);
    text("local_number", e.localNumber);
    text("remote_number", e.remoteNumber);
    text("reason_code", e.reasonCode);
    text("notes", e.notes);
    if (s.value(QStringLiteral("direction")).isString() ||
        s.value(QStringLiteral("direction")).isDouble())
        e.direction = directionFrom(s.value(QStringLiteral("direction")).toVariant().toString());
    for (const QJsonValue &tag : s.value(QStringLiteral("tags")).toArray()) {
        if (tag.isString() && !tag.toString().isEmpty())
            e.tags.append(tag.toString());
    }
    const QJsonObject metadata = s.value(QStringLiteral("metadata")).toObject();
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        e.metadata.insert(it.key(), it.value().toVariant().toString());
    const auto spans = [&s](const char *key, QList<std::pair<qint64, qint64>> &into) {
        for (const QJsonValue &span : s.value(QLatin1String(key)).toArray()) {
            const QJsonArray pair = span.toArray();
            if (pair.size() == 2 && pair[0].isDouble() && pair[1].isDouble() &&
                pair[1].toInteger() > pair[0].toInteger())
                into.append({pair[0].toInteger(), pair[1].toInteger()});
        }
    };
    // Who speaks on each channel, in the file's order: ["agent", "customer"].
    if (const QJsonArray roles = s.value(QStringLiteral("channels")).toArray(); !roles.isEmpty()) {
        e.channelRoles.clear();
        for (qsizetype i = 0; i < std::min<qsizetype>(roles.size(), 2); ++i) {
            const QString r = roles.at(i).toString().trimmed().toLower();
            e.channelRoles.append(r == u"agent" || r == u"customer" ? r : QString());
        }
    }
    spans("paused_spans", e.pausedSpans);
    spans("held_spans", e.heldSpans);
    // Spans lie within the recording: a span reaching past it (or before it) is cut to it.
    for (QList<std::pair<qint64, qint64>> *list : {&e.pausedSpans, &e.heldSpans}) {
        for (auto &[from, to] : *list) {
            from = std::max<qint64>(from, 0);
            to = std::min(to, e.durationMs > 0 ? e.durationMs : kLongestCallMs);
        }
        list->removeIf([](const auto &span) { return span.second <= span.first; });
    }
}

// Words recorders put in file names that name no person: queues and groups, departments, the
// recording's own parts. A part made of them is never taken for the agent.
bool namesNoPerson(const QString &part)
{
    static const QRegularExpression word(
        QStringLiteral("^(?:q|queue|que|grp|group|hunt|huntgroup|ivr|acd|skill|split|vdn|team|"
                       "dept|campaign|rec|recording|call|calls|conf|conference|ext|extension|line|"
                       "trunk|chan|channel|leg|part|seg|segment|mono|stereo|mix|mixed|left|right|"
                       "agent|customer|caller|callee|internal|external|incoming|outgoing|unknown|"
                       "anonymous|private|voicemail|vm|support|sales|billing|service|helpdesk|"
                       "hotline|reception|operator|main|general)[-.]?\\d*$"),
        QRegularExpression::CaseInsensitiveOption);
    return word.match(part).hasMatch() || part.contains(u"queue", Qt::CaseInsensitive);
}

// A login or a name: it starts with a letter, holds no more than two digits (more is an id or
// an extension), and is of a login's length.
bool looksLikeAgent(const QString &part)
{
    static const QRegularExpression login(QStringLiteral("^\\p{L}[\\p{L}\\p{N}.'@-]{0,31}$"));
    return login.match(part).hasMatch() &&
           std::count_if(part.begin(), part.end(), [](QChar c) { return c.isDigit(); }) <= 2 &&
           directionFrom(part) == Direction::Unknown && !namesNoPerson(part);
}

// 20261121-101500_bob_+15551234567_in.wav, 2026-11-21_queue7_0001.mp3 and similar: the parts a
// file name may carry. A date (with a time or not) is a date of this century or the last; a
// number is a phone number or an extension, not a sequence number such as 0001; the agent is
// read only from a name that carries a date (a recorder's, not "meeting_notes.wav"), as the one
// login-like part (or parts side by side: john_doe) that is no queue, direction or number.
void applyFileName(RecordingEntry &e, const QString &baseName)
{
    static const QRegularExpression stamp(
        QStringLiteral("(?<![\\d+])((?:19|20)\\d{2})-?(\\d{2})-?(\\d{2})"
                       "(?:[-_T ]?(\\d{2})[-:.]?(\\d{2})[-:.]?(\\d{2}))?(?!\\d)"));
    const QRegularExpressionMatch m = stamp.match(baseName);
    QString rest = baseName;
    bool dated = false;
    if (m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const QTime time =
            m.captured(4).isEmpty()
                ? QTime(0, 0)
                : QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        dated = date.isValid() && time.isValid();
        if (dated) {
            e.startTime = QDateTime(date, time);
            // The date's own parts (20260301_101500) are not read again as a number.
            rest.replace(m.capturedStart(), m.capturedLength(), u'_');
        }
    }
    const QStringList parts = rest.split(u'_', Qt::SkipEmptyParts);
    QList<qsizetype> agentParts;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts[i];
        static const QRegularExpression number(
            QStringLiteral("^(?:\\+\\d{4,}|\\d{7,}|[1-9]\\d{2,5})$"));
        if (number.match(part).hasMatch() && !stamp.match(part).hasMatch()) {
            if (e.remoteNumber.isEmpty())
                e.remoteNumber = part;
        } else if (directionFrom(part) != Direction::Unknown && part.size() <= 8) {
            if (e.direction == Direction::Unknown)
                e.direction = directionFrom(part);
        } else if (looksLikeAgent(part)) {
            agentParts.append(i);
        }
    }
    const bool sideBySide =
        !agentParts.isEmpty() && agentParts.last() - agentParts.first() == agentParts.size() - 1;
    if (dated && sideBySide && e.agent.isEmpty())
        e.agent = parts.mid(agentParts.first(), agentParts.size()).join(u'_');
}

} // namespace

const QStringList &FolderScanner::extensions()
{
    static const QStringList list = {QStringLiteral("wav"), QStringLiteral("mp3")};
    return list;
}

RecordingEntry FolderScanner::read(const QString &folder, const QString &file, QString *problem)
{
    const QFileInfo info(file);
    RecordingEntry e;
    e.source = sourceOf(folder);
    e.sourceKey = QDir(folder).relativeFilePath(info.absoluteFilePath());
    e.filePath = info.absoluteFilePath();
    e.onDisk = true;
    e.fileStamp = stampOf(info);
    e.startTime = info.lastModified().toUTC();

    auto decoder = AudioDecoder::open(file);
    if (decoder) {
        e.durationMs = (*decoder)->durationMs();
        if ((*decoder)->truncated())
            e.audioState = AudioState::CutOff;
        const AudioDecoder::Tags tags = (*decoder)->tags();
        const QDateTime date = QDateTime::fromString(tags.date, Qt::ISODate);
        if (date.isValid())
            e.startTime = date.toUTC();
        if (!tags.artist.isEmpty())
            e.agent = tags.artist;
        if (!tags.comment.isEmpty())
            e.notes = tags.comment;
    } else {
        *problem = decoder.error();
        e.audioState = AudioState::Unreadable;
    }
    applyFileName(e, info.completeBaseName());

    QFile sidecar(info.absolutePath() + u'/' + info.completeBaseName() + QStringLiteral(".json"));
    if (sidecar.exists() && sidecar.open(QIODevice::ReadOnly)) {
        // A sidecar is a few hundred bytes: what is beyond 1 MiB is not read at all.
        constexpr qsizetype kMaxSidecar = 1024 * 1024;
        const auto parsed = parseJson(sidecar.read(kMaxSidecar + 1), kMaxSidecar);
        if (parsed && parsed->isObject())
            applySidecar(e, parsed->object());
        else if (problem->isEmpty())
            *problem = QCoreApplication::translate("recbar::FolderScanner",
                                                   "%1: the sidecar is not JSON (%2)")
                           .arg(sidecar.fileName(),
                                !parsed ? parsed.error()
                                        : QCoreApplication::translate("recbar::FolderScanner",
                                                                      "not an object"));
    }
    return e;
}

QString FolderScanner::stampOf(const QFileInfo &info)
{
    return QStringLiteral("%1:%2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}

FolderScanner::Listing FolderScanner::list(const QString &folder, const QString &directory,
                                           bool recursive)
{
    Listing listing;
    const QDir root(folder);
    const auto isRecording = [](const QString &name) {
        const QString suffix = QFileInfo(name).suffix().toLower();
        return extensions().contains(suffix);
    };
    QStringList pending{directory};
    while (!pending.isEmpty()) {
        const QString current = pending.takeLast();
        listing.directories.append(current);
        // Hidden entries are listed too, to be counted: they are said, not silently skipped.
        QDirIterator it(current, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            it.next();
            const QFileInfo info = it.fileInfo();
            const QString name = info.fileName();
            if (info.isDir()) {
                if (name.startsWith(u'.'))
                    listing.hidden.append(root.relativeFilePath(info.absoluteFilePath()) + u'/');
                else if (info.isSymLink())
                    continue;
                else if (recursive)
                    pending.append(info.absoluteFilePath());
                else
                    listing.directories.append(info.absoluteFilePath()); // named, not entered
                continue;
            }
            if (!isRecording(name))
                continue;
            const QString key = root.relativeFilePath(info.absoluteFilePath());
            if (name.startsWith(u'.'))
                listing.hidden.append(key);
            else
                listing.stamps.insert(key, stampOf(info));
        }
    }
    return listing;
}

FolderScanner::Result FolderScanner::scan(const QString &folder)
{
    Result result;
    const Listing listing = list(folder, folder, true);
    for (auto it = listing.stamps.begin(); it != listing.stamps.end(); ++it) {
        QString problem;
        result.entries.append(read(folder, QDir(folder).filePath(it.key()), &problem));
        if (!problem.isEmpty())
            result.problems.append(QStringLiteral("%1: %2").arg(it.key(), problem));
    }
    return result;
}

} // namespace recbar
