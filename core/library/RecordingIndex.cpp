#include "RecordingIndex.h"

#include "Logging.h"
#include "domain/DisplayText.h"
#include "domain/Timing.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <functional>
#include <vector>

namespace recbar {

namespace {

QString spansJson(const QList<std::pair<qint64, qint64>> &spans)
{
    QJsonArray out;
    for (const auto &[from, to] : spans)
        out.append(QJsonArray{from, to});
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QList<std::pair<qint64, qint64>> spansFrom(const QString &json)
{
    QList<std::pair<qint64, qint64>> out;
    for (const QJsonValue &span : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonArray pair = span.toArray();
        if (pair.size() == 2)
            out.append({pair[0].toInteger(), pair[1].toInteger()});
    }
    return out;
}

QString metadataJson(const QMap<QString, QString> &metadata)
{
    QJsonObject out;
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        out.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QString findingsJson(const QList<CardFinding> &findings)
{
    QJsonArray out;
    for (const CardFinding &f : findings)
        out.append(f.toJson());
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QList<CardFinding> findingsFrom(const QString &json)
{
    QList<CardFinding> out;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        if (Result<CardFinding> f = CardFinding::fromJson(value.toObject()))
            out.append(*f);
    }
    return out;
}

QMap<QString, QString> metadataFrom(const QString &json)
{
    QMap<QString, QString> out;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

// Tags stored as "|a|b|" so that a tag filter is one LIKE '%|tag|%'.
QString tagsField(const QStringList &tags)
{
    return tags.isEmpty() ? QString() : u'|' + tags.join(u'|') + u'|';
}

QStringList tagsFrom(const QString &field)
{
    return field.split(u'|', Qt::SkipEmptyParts);
}

// "agent,customer"; a channel not named is an empty field (",customer").
QString rolesField(const QStringList &roles)
{
    return roles.join(u',');
}

QStringList rolesFrom(const QString &field)
{
    return field.isEmpty() ? QStringList() : field.split(u',');
}

AudioState audioStateFrom(int stored)
{
    return stored == int(AudioState::CutOff)       ? AudioState::CutOff
           : stored == int(AudioState::Unreadable) ? AudioState::Unreadable
                                                   : AudioState::Fine;
}

RecordingEntry entryFrom(const QSqlQuery &q)
{
    RecordingEntry e;
    e.id = q.value(QStringLiteral("id")).toLongLong();
    e.source = q.value(QStringLiteral("source")).toString();
    e.sourceKey = q.value(QStringLiteral("source_key")).toString();
    e.filePath = q.value(QStringLiteral("file_path")).toString();
    e.onDisk = q.value(QStringLiteral("on_disk")).toBool();
    // Absent while an older schema is migrated (version 3 reads rows before 4 and 5 add them).
    if (const int stamp = q.record().indexOf(QStringLiteral("file_stamp")); stamp >= 0)
        e.fileStamp = q.value(stamp).toString();
    const QVariant start = q.value(QStringLiteral("start_time"));
    if (!start.isNull())
        e.startTime = QDateTime::fromMSecsSinceEpoch(start.toLongLong()).toUTC();
    e.durationMs = q.value(QStringLiteral("duration_ms")).toLongLong();
    e.agent = q.value(QStringLiteral("agent")).toString();
    e.direction = directionFromNumber(q.value(QStringLiteral("direction")).toInt());
    e.localNumber = q.value(QStringLiteral("local_number")).toString();
    e.remoteNumber = q.value(QStringLiteral("remote_number")).toString();
    e.reasonCode = q.value(QStringLiteral("reason_code")).toString();
    e.tags = tagsFrom(q.value(QStringLiteral("tags")).toString());
    e.metadata = metadataFrom(q.value(QStringLiteral("metadata")).toString());
    e.pausedSpans = spansFrom(q.value(QStringLiteral("paused_spans")).toString());
    e.notes = q.value(QStringLiteral("notes")).toString();
    e.downloadName = q.value(QStringLiteral("download_name")).toString();
    e.heldSpans = spansFrom(q.value(QStringLiteral("held_spans")).toString());
    e.channelMix = q.value(QStringLiteral("channel_mix")).toString();
    if (const int roles = q.record().indexOf(QStringLiteral("channel_roles")); roles >= 0)
        e.channelRoles = rolesFrom(q.value(roles).toString());
    if (const int state = q.record().indexOf(QStringLiteral("audio_state")); state >= 0)
        e.audioState = audioStateFrom(q.value(state).toInt());
    e.reviewedBy = q.value(QStringLiteral("reviewed_by")).toString();
    if (const QVariant at = q.value(QStringLiteral("reviewed_at")); !at.isNull())
        e.reviewedAt = QDateTime::fromMSecsSinceEpoch(at.toLongLong()).toUTC();
    if (const int scanned = q.record().indexOf(QStringLiteral("cards_scanned_at"));
        scanned >= 0 && !q.value(scanned).isNull()) {
        e.cardsScannedAt = QDateTime::fromMSecsSinceEpoch(q.value(scanned).toLongLong()).toUTC();
        e.cardFindings = findingsFrom(q.value(QStringLiteral("card_findings")).toString());
    }
    return e;
}

Result<void> exec(QSqlQuery &query, const QString &sql)
{
    if (query.exec(sql))
        return {};
    qCWarning(lcLibrary) << "SQL failed:" << sql.left(80) << query.lastError().text();
    return fail(RecordingIndex::describe(query.lastError()));
}

// A transaction's end: what a failed COMMIT means, like any other failure.
Result<void> commit(QSqlDatabase &db)
{
    if (db.commit())
        return {};
    return fail(RecordingIndex::describe(db.lastError()));
}

} // namespace

QString RecordingIndex::describe(const QSqlError &error)
{
    // SQLite's own codes: 5 busy, 6 locked, 13 full, 8 read-only, 11 and 26 damaged.
    const int code = error.nativeErrorCode().toInt();
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("recbar::RecordingIndex", text);
    };
    switch (code & 0xff) {
    case 5:
    case 6:
        return tr("The library is in use by another program; try again in a moment");
    case 8:
        return tr("The library file is read-only");
    case 13:
        return tr("The disk holding the library is full");
    case 11:
    case 26:
        return tr("The library file is damaged");
    default:
        return tr("The library could not be updated: %1").arg(error.text());
    }
}

RecordingIndex::RecordingIndex()
    : m_connection(QStringLiteral("recbar-library-") + QUuid::createUuid().toString(QUuid::Id128))
{}

RecordingIndex::~RecordingIndex()
{
    close();
}

QSqlDatabase RecordingIndex::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

QSqlDatabase RecordingIndex::listDatabase(int slot) const
{
    return QSqlDatabase::database(m_connection + QStringLiteral("-list%1").arg(slot), false);
}

void RecordingIndex::close()
{
    for (const QString &name : {m_connection + QStringLiteral("-list0"),
                                m_connection + QStringLiteral("-list1"), m_connection}) {
        if (!QSqlDatabase::contains(name))
            continue;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Result<void> RecordingIndex::open(const QString &path)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(timing::kIndexBusy.count()));
    if (!db.open())
        return fail(describe(db.lastError()));
    QSqlQuery pragma(db);
    // WAL: the list reads while a scan or a download writes; then whether the file is whole.
    for (const QString &sql :
         {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
          QStringLiteral("PRAGMA quick_check")}) {
        if (Result<void> done = exec(pragma, sql); !done)
            return done;
    }
    if (pragma.next() && pragma.value(0).toString() != u"ok") {
        // quick_check lists every bad page under a banner; the first page says enough.
        const QStringList lines = pragma.value(0).toString().split(u'\n', Qt::SkipEmptyParts);
        const auto first = std::find_if(lines.begin(), lines.end(),
                                        [](const QString &l) { return !l.startsWith(u"***"); });
        return fail(
            QCoreApplication::translate("recbar::RecordingIndex", "The library file is damaged: %1")
                .arg(first != lines.end() ? first->trimmed() : lines.value(0)));
    }
    pragma.finish();
    if (Result<void> migrated = migrate(); !migrated)
        return migrated;
    // The list reads on connections of its own. A list read a window at a time keeps its
    // statement open, and with it the index as it was when the statement began: a write on
    // that connection, after another (the folder indexer) wrote, would be refused
    // (SQLITE_BUSY_SNAPSHOT: notes could not be saved), and a new list read there would miss
    // what was written since. So two, taken in turn: each refresh reads on the one the list
    // is not holding.
    for (int slot : {0, 1}) {
        QSqlDatabase list = QSqlDatabase::cloneDatabase(
            m_connection, m_connection + QStringLiteral("-list%1").arg(slot));
        if (!list.open())
            return fail(describe(list.lastError()));
        QSqlQuery readOnly(list);
        if (Result<void> done = exec(readOnly, QStringLiteral("PRAGMA query_only = 1")); !done)
            return done;
    }
    return {};
}

int RecordingIndex::schemaVersion() const
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

Result<void> RecordingIndex::migrate()
{
    QSqlDatabase db = database();
    const int version = schemaVersion();
    if (version > kSchemaVersion) {
        return fail(
            QCoreApplication::translate("recbar::RecordingIndex",
                                        "The library was written by a newer RecBar (schema %1)")
                .arg(version));
    }
    if (version == kSchemaVersion)
        return {};
    db.transaction();
    QSqlQuery q(db);
    // The steps from this version on, run in order until one fails.
    std::vector<std::function<Result<void>()>> steps;
    const auto sql = [&steps, &q](const QString &text) {
        steps.emplace_back([&q, text] { return exec(q, text); });
    };
    const auto addColumn = [&sql](const char *column) {
        sql(QStringLiteral("ALTER TABLE recordings ADD COLUMN ") + QLatin1String(column));
    };
    if (version < 1) {
        // Version 1: what the first library kept.
        sql(QStringLiteral("CREATE TABLE recordings ("
                           " id INTEGER PRIMARY KEY,"
                           " source TEXT NOT NULL,"
                           " source_key TEXT NOT NULL,"
                           " file_path TEXT,"
                           " on_disk INTEGER NOT NULL DEFAULT 0,"
                           " start_time INTEGER,"
                           " duration_ms INTEGER NOT NULL DEFAULT 0,"
                           " agent TEXT NOT NULL DEFAULT '',"
                           " direction INTEGER NOT NULL DEFAULT 0,"
                           " local_number TEXT NOT NULL DEFAULT '',"
                           " remote_number TEXT NOT NULL DEFAULT '',"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " UNIQUE(source, source_key))"));
    }
    if (version < 2) {
        // Version 2: reason codes, tags, call data, paused spans, and a search column.
        for (const char *column :
             {"reason_code TEXT NOT NULL DEFAULT ''", "tags TEXT NOT NULL DEFAULT ''",
              "metadata TEXT NOT NULL DEFAULT '{}'", "paused_spans TEXT NOT NULL DEFAULT '[]'",
              "has_pauses INTEGER NOT NULL DEFAULT 0", "search_text TEXT NOT NULL DEFAULT ''",
              "download_name TEXT NOT NULL DEFAULT ''"})
            addColumn(column);
        sql(QStringLiteral(
            // The list's usual order with the search text beside it: a filter walks
            // this index alone and reads a row only when it matches.
            "CREATE INDEX IF NOT EXISTS recordings_start ON recordings(start_time "
            "DESC, search_text)"));
        sql(QStringLiteral("CREATE INDEX IF NOT EXISTS recordings_agent ON recordings(agent)"));
        // Rows from version 1 get their search text now.
        sql(QStringLiteral(
            "UPDATE recordings SET search_text = lower(agent || ' ' || local_number || ' ' "
            "|| remote_number || ' ' || notes)"));
    }
    if (version < 3) {
        // Version 3: the file name (shown, sorted and searched: files from other systems often
        // carry nothing else), who reviewed a recording when, its spans on hold, and how it
        // was last listened to.
        for (const char *column :
             {"file_name TEXT NOT NULL DEFAULT ''", "reviewed_by TEXT NOT NULL DEFAULT ''",
              "reviewed_at INTEGER", "held_spans TEXT NOT NULL DEFAULT '[]'",
              "channel_mix TEXT NOT NULL DEFAULT ''"})
            addColumn(column);
        steps.emplace_back([this] { return refreshNamesAndSearch(); });
    }
    if (version < 4) {
        // Version 4: each folder file's size and time as last read, so that a change in a
        // folder of 100,000 files reads only what changed. Rows from before have none: read
        // again once, at their folder's next scan.
        sql(QStringLiteral(
            "ALTER TABLE recordings ADD COLUMN file_stamp TEXT NOT NULL DEFAULT ''"));
    }
    if (version < 5) {
        // Version 5: who speaks on each channel, whether the audio is cut off or unreadable
        // (shown in the list), and whether the supervisor has edited the notes and tags (a file
        // read again no longer replaces them). Notes and tags already there are kept as edited.
        for (const char *column :
             {"channel_roles TEXT NOT NULL DEFAULT ''", "audio_state INTEGER NOT NULL DEFAULT 0",
              "details_edited INTEGER NOT NULL DEFAULT 0"})
            addColumn(column);
        sql(QStringLiteral("UPDATE recordings SET details_edited = 1"
                           " WHERE notes != '' OR tags != ''"));
        // Before, the player wrote the digital silence it found into paused_spans: a row cannot
        // tell a recorder's pause from ordinary silence. A server's list never gives pauses, so
        // a server row's came from the audio: gone. A folder row's came from its sidecar or
        // from the audio: cleared, and the file is read again at the folder's next scan (at
        // start), which gives back exactly what its sidecar says, and the new fields too.
        sql(QStringLiteral("UPDATE recordings SET paused_spans = '[]', has_pauses = 0,"
                           " file_stamp = CASE WHEN substr(source, 1, 7) = 'folder:'"
                           " THEN '' ELSE file_stamp END"));
    }
    if (version < 6) {
        // Version 6: spoken card numbers a scan heard (never their digits), when it ran, and
        // how many lie outside a pause and inside one (the list's column and filter). Null
        // until a recording is scanned.
        for (const char *column :
             {"cards_scanned_at INTEGER", "cards_outside INTEGER", "cards_inside INTEGER",
              "card_findings TEXT NOT NULL DEFAULT '[]'"})
            addColumn(column);
    }
    sql(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    for (const auto &step : steps) {
        if (Result<void> done = step(); !done) {
            db.rollback();
            return done;
        }
    }
    if (version > 0)
        qCInfo(lcLibrary) << "library migrated from schema" << version << "to" << kSchemaVersion;
    return commit(db);
}

// Every row's file name and search text from what the row holds (a migration's work).
Result<void> RecordingIndex::refreshNamesAndSearch()
{
    QSqlQuery read(database());
    read.setForwardOnly(true);
    if (Result<void> done = exec(read, QStringLiteral("SELECT * FROM recordings")); !done)
        return done;
    QSqlQuery update(database());
    update.prepare(
        QStringLiteral("UPDATE recordings SET file_name = ?, search_text = ? WHERE id = ?"));
    while (read.next()) {
        const RecordingEntry e = entryFrom(read);
        update.addBindValue(e.fileName());
        update.addBindValue(searchText(e));
        update.addBindValue(e.id);
        if (!update.exec())
            return fail(describe(update.lastError()));
    }
    return {};
}

QString RecordingIndex::searchText(const RecordingEntry &e)
{
    QStringList parts{e.agent, e.localNumber,     e.remoteNumber, e.reasonCode,
                      e.notes, e.tags.join(u' '), e.downloadName, e.fileName()};
    for (auto it = e.metadata.begin(); it != e.metadata.end(); ++it)
        parts << it.key() << it.value();
    return parts.join(u' ').toLower();
}

Result<qint64> RecordingIndex::upsert(const RecordingEntry &e)
{
    if (Result<void> written = write(e); !written)
        return written.failure();
    const std::optional<RecordingEntry> stored = entry(e.source, e.sourceKey);
    if (!stored)
        return fail(QCoreApplication::translate("recbar::RecordingIndex",
                                                "The library could not read back what it saved"));
    return stored->id;
}

Result<void> RecordingIndex::write(const RecordingEntry &e)
{
    // What a scan heard holds for the audio and the pauses it was scanned with.
    const QString stillHolds =
        QStringLiteral("excluded.file_stamp = file_stamp AND excluded.paused_spans = paused_spans");
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral(
            "INSERT INTO recordings (source, source_key, file_path, on_disk, start_time, "
            "duration_ms,"
            " agent, direction, local_number, remote_number, reason_code, tags, metadata, "
            "paused_spans,"
            " has_pauses, notes, search_text, download_name, file_name, held_spans, file_stamp,"
            " channel_roles, audio_state, cards_scanned_at, cards_outside, cards_inside,"
            " card_findings)"
            // A null QString binds as NULL: empty text is '' here.
            " VALUES (:source, :key, :path, :disk, :start, :duration, coalesce(:agent, ''), "
            ":direction,"
            " coalesce(:local, ''), coalesce(:remote, ''), coalesce(:reason, ''), coalesce(:tags, "
            "''),"
            " :metadata, :spans, :pauses, coalesce(:notes, ''), coalesce(:search, ''), "
            "coalesce(:download, ''), coalesce(:file_name, ''), :held, coalesce(:stamp, ''),"
            " coalesce(:roles, ''), :state, :cards_at, :cards_outside, :cards_inside, :findings)"
            " ON CONFLICT(source, source_key) DO UPDATE SET"
            " file_path = CASE WHEN excluded.on_disk THEN excluded.file_path ELSE file_path END,"
            " on_disk = max(on_disk, excluded.on_disk), start_time = excluded.start_time,"
            " duration_ms = excluded.duration_ms, agent = excluded.agent, direction = "
            "excluded.direction,"
            " local_number = excluded.local_number, remote_number = excluded.remote_number,"
            " reason_code = excluded.reason_code,"
            // What the supervisor wrote is never replaced by what a file or a list says again.
            " tags = CASE WHEN details_edited OR excluded.tags = '' THEN tags ELSE excluded.tags "
            "END,"
            " metadata = excluded.metadata,"
            // Pauses and hold are the recorder's word, and only that: what it says now replaces
            // what it said.
            " paused_spans = excluded.paused_spans, has_pauses = excluded.has_pauses,"
            " notes = CASE WHEN details_edited OR excluded.notes = '' THEN notes"
            "  ELSE excluded.notes END,"
            // The kept notes and tags stay findable.
            " search_text = coalesce(:search_base, '')"
            "  || ' ' || lower(CASE WHEN details_edited OR excluded.notes = '' THEN notes"
            "   ELSE excluded.notes END)"
            "  || ' ' || lower(replace(CASE WHEN details_edited OR excluded.tags = '' THEN tags"
            "   ELSE excluded.tags END, '|', ' ')),"
            " download_name = excluded.download_name,"
            " held_spans = excluded.held_spans,"
            " file_name = CASE WHEN excluded.on_disk OR NOT on_disk THEN excluded.file_name"
            "  ELSE file_name END,"
            " file_stamp = excluded.file_stamp, channel_roles = excluded.channel_roles,"
            " audio_state = CASE WHEN excluded.on_disk OR NOT on_disk THEN excluded.audio_state"
            "  ELSE audio_state END,"
            // Either changed, the recording is not scanned any more: never a finding for audio
            // or pauses other than those it was heard in.
            " cards_scanned_at = CASE WHEN %1 THEN cards_scanned_at END,"
            " cards_outside = CASE WHEN %1 THEN cards_outside END,"
            " cards_inside = CASE WHEN %1 THEN cards_inside END,"
            " card_findings = CASE WHEN %1 THEN card_findings ELSE '[]' END")
            .arg(stillHolds));
    q.bindValue(QStringLiteral(":source"), e.source);
    q.bindValue(QStringLiteral(":key"), e.sourceKey);
    q.bindValue(QStringLiteral(":path"), e.filePath);
    q.bindValue(QStringLiteral(":disk"), e.onDisk);
    q.bindValue(QStringLiteral(":start"),
                e.startTime.isValid() ? QVariant(e.startTime.toMSecsSinceEpoch()) : QVariant());
    q.bindValue(QStringLiteral(":duration"), e.durationMs);
    q.bindValue(QStringLiteral(":agent"), e.agent);
    q.bindValue(QStringLiteral(":direction"), int(e.direction));
    q.bindValue(QStringLiteral(":local"), DisplayText::number(e.localNumber));
    q.bindValue(QStringLiteral(":remote"), DisplayText::number(e.remoteNumber));
    q.bindValue(QStringLiteral(":reason"), e.reasonCode);
    q.bindValue(QStringLiteral(":tags"), tagsField(e.tags));
    q.bindValue(QStringLiteral(":metadata"), metadataJson(e.metadata));
    q.bindValue(QStringLiteral(":spans"), spansJson(e.pausedSpans));
    q.bindValue(QStringLiteral(":pauses"), !e.pausedSpans.isEmpty());
    q.bindValue(QStringLiteral(":notes"), e.notes);
    q.bindValue(QStringLiteral(":search"), searchText(e));
    q.bindValue(QStringLiteral(":download"), e.downloadName);
    q.bindValue(QStringLiteral(":file_name"), e.fileName());
    q.bindValue(QStringLiteral(":held"), spansJson(e.heldSpans));
    q.bindValue(QStringLiteral(":stamp"), e.fileStamp);
    q.bindValue(QStringLiteral(":roles"), rolesField(e.channelRoles));
    q.bindValue(QStringLiteral(":state"), int(e.audioState));
    const bool scanned = e.cardsScanned();
    q.bindValue(QStringLiteral(":cards_at"),
                scanned ? QVariant(e.cardsScannedAt.toMSecsSinceEpoch()) : QVariant());
    q.bindValue(QStringLiteral(":cards_outside"),
                scanned ? QVariant(e.cardsOutsidePause()) : QVariant());
    q.bindValue(QStringLiteral(":cards_inside"),
                scanned ? QVariant(e.cardFindings.size() - e.cardsOutsidePause()) : QVariant());
    q.bindValue(QStringLiteral(":findings"), findingsJson(e.cardFindings));
    RecordingEntry withoutDetails = e;
    withoutDetails.notes.clear();
    withoutDetails.tags.clear();
    q.bindValue(QStringLiteral(":search_base"), searchText(withoutDetails));
    if (!q.exec())
        return fail(describe(q.lastError()));
    return {};
}

Result<void> RecordingIndex::upsertAll(const QList<RecordingEntry> &entries)
{
    QSqlDatabase db = database();
    db.transaction();
    for (const RecordingEntry &e : entries) {
        if (Result<void> written = write(e); !written) {
            db.rollback();
            return written;
        }
    }
    return commit(db);
}

std::optional<RecordingEntry> RecordingIndex::entry(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT * FROM recordings WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return entryFrom(q);
}

std::optional<bool> RecordingIndex::contains(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT count(*) FROM recordings WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong() > 0;
}

std::optional<RecordingEntry> RecordingIndex::entry(const QString &source,
                                                    const QString &sourceKey) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT * FROM recordings WHERE source = ? AND source_key = ?"));
    q.addBindValue(source);
    q.addBindValue(sourceKey);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return entryFrom(q);
}

bool RecordingIndex::setDetails(qint64 id, const QStringList &tags, const QString &notes)
{
    std::optional<RecordingEntry> e = entry(id);
    if (!e)
        return false;
    e->tags = tags;
    e->notes = notes;
    // One statement: both are saved, or neither.
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral("UPDATE recordings SET tags = coalesce(?, ''), notes = coalesce(?, ''),"
                       " search_text = ?, details_edited = 1 WHERE id = ?"));
    q.addBindValue(tagsField(tags));
    q.addBindValue(notes);
    q.addBindValue(searchText(*e));
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

bool RecordingIndex::setChannelMix(qint64 id, const QString &mix)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE recordings SET channel_mix = coalesce(?, '') WHERE id = ?"));
    q.addBindValue(mix);
    q.addBindValue(id);
    return q.exec();
}

bool RecordingIndex::setReviewed(const QList<qint64> &ids, const QString &who,
                                 const QDateTime &when)
{
    QSqlDatabase db = database();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE recordings SET reviewed_by = coalesce(?, ''), reviewed_at = ? WHERE id = ?"));
    for (qint64 id : ids) {
        q.addBindValue(who);
        q.addBindValue(who.isEmpty() ? QVariant() : QVariant(when.toMSecsSinceEpoch()));
        q.addBindValue(id);
        if (!q.exec()) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

Result<bool> RecordingIndex::setCardScan(const RecordingEntry &scanned, const QDateTime &when,
                                         const QList<CardFinding> &findings)
{
    const qsizetype outside = std::count_if(findings.begin(), findings.end(),
                                            [](const CardFinding &f) { return f.outsidePause; });
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "UPDATE recordings SET cards_scanned_at = ?, cards_outside = ?,"
        " cards_inside = ?, card_findings = ?"
        " WHERE id = ? AND source = ? AND source_key = ? AND file_stamp = coalesce(?, '')"
        " AND paused_spans = ?"));
    q.addBindValue(when.toMSecsSinceEpoch());
    q.addBindValue(outside);
    q.addBindValue(findings.size() - outside);
    q.addBindValue(findingsJson(findings));
    // The row by its id and its key: an id that was freed and taken again is another recording.
    q.addBindValue(scanned.id);
    q.addBindValue(scanned.source);
    q.addBindValue(scanned.sourceKey);
    q.addBindValue(scanned.fileStamp);
    q.addBindValue(spansJson(scanned.pausedSpans));
    if (!q.exec())
        return fail(describe(q.lastError()));
    return q.numRowsAffected() == 1;
}

Result<QList<qint64>> RecordingIndex::notCardScanned() const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    QList<qint64> ids;
    if (!q.exec(QStringLiteral("SELECT id FROM recordings WHERE on_disk AND audio_state != %1"
                               " AND cards_scanned_at IS NULL ORDER BY start_time DESC, id")
                    .arg(int(AudioState::Unreadable))))
        return fail(describe(q.lastError()));
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

qint64 RecordingIndex::rowUsingFile(const QString &path, qint64 except) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id FROM recordings WHERE file_path = ? AND id != ? LIMIT 1"));
    q.addBindValue(path);
    q.addBindValue(except);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool RecordingIndex::setFile(qint64 id, const QString &path, bool onDisk, AudioState state)
{
    std::optional<RecordingEntry> e = entry(id);
    if (!e)
        return false;
    e->filePath = path;
    QSqlQuery q(database());
    // Another file: what a scan heard was in the one before.
    q.prepare(QStringLiteral("UPDATE recordings SET file_path = ?, on_disk = ?, audio_state = ?,"
                             " file_name = ?, search_text = ?, cards_scanned_at = NULL,"
                             " cards_outside = NULL, cards_inside = NULL, card_findings = '[]'"
                             " WHERE id = ?"));
    q.addBindValue(path);
    q.addBindValue(onDisk);
    q.addBindValue(int(state));
    q.addBindValue(e->fileName());
    q.addBindValue(searchText(*e));
    q.addBindValue(id);
    return q.exec();
}

int RecordingIndex::removeMissing(const QString &source, const QStringList &keep)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, source_key FROM recordings WHERE source = ?"));
    q.addBindValue(source);
    if (!q.exec())
        return 0;
    const QSet<QString> kept(keep.begin(), keep.end());
    QList<qint64> gone;
    while (q.next()) {
        if (!kept.contains(q.value(1).toString()))
            gone.append(q.value(0).toLongLong());
    }
    db.transaction();
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM recordings WHERE id = ?"));
    for (qint64 id : gone) {
        del.addBindValue(id);
        del.exec();
    }
    db.commit();
    return int(gone.size());
}

Result<void> RecordingIndex::removeKeys(const QString &source, const QStringList &keys)
{
    QSqlDatabase db = database();
    db.transaction();
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM recordings WHERE source = ? AND source_key = ?"));
    for (const QString &key : keys) {
        del.addBindValue(source);
        del.addBindValue(key);
        if (!del.exec()) {
            const QString why = describe(del.lastError());
            db.rollback();
            return fail(why);
        }
    }
    return commit(db);
}

Result<void> RecordingIndex::removeSource(const QString &source)
{
    QSqlQuery del(database());
    del.prepare(QStringLiteral("DELETE FROM recordings WHERE source = ?"));
    del.addBindValue(source);
    if (del.exec())
        return {};
    return fail(describe(del.lastError()));
}

QHash<QString, QString> RecordingIndex::stamps(const QString &source) const
{
    QHash<QString, QString> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT source_key, file_stamp FROM recordings WHERE source = ?"));
    q.addBindValue(source);
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

qint64 RecordingIndex::count(const QString &source) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT count(*) FROM recordings WHERE source = ?"));
    q.addBindValue(source);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 RecordingIndex::count() const
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT count(*) FROM recordings")) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

} // namespace recbar
