#pragma once

#include "RecordingEntry.h"

#include <QFileInfo>
#include <QHash>
#include <QStringList>

namespace recbar {

// Reads what the recordings in a folder carry: a JSON sidecar next to the file (NAME.json),
// else the WAV's LIST/INFO, else the file name, and always the audio's own length.
class FolderScanner
{
public:
    static const QStringList &extensions();
    static QString sourceOf(const QString &folder) { return QStringLiteral("folder:") + folder; }

    // What is in a folder, without reading any file: recordings with their stamps (size and
    // time, as RecordingEntry::fileStamp), the folders inside, and what was left out for being
    // hidden (a name that starts with "."). Under `directory` only, into the folders inside
    // when `recursive`; keys are relative to `folder`.
    struct Listing
    {
        QHash<QString, QString> stamps; // key -> stamp
        QStringList directories; // absolute: `directory` and those entered, or (not recursive)
                                 // the folders in it, not entered
        QStringList hidden;      // keys of hidden recordings and folders
    };
    static Listing list(const QString &folder, const QString &directory, bool recursive);
    static QString stampOf(const QFileInfo &info);

    struct Result
    {
        QList<RecordingEntry> entries;
        QStringList problems; // files that could not be read, with why (they stay listed)
    };
    // Every recording in the folder, read. Runs anywhere (it touches no database).
    static Result scan(const QString &folder);
    static RecordingEntry read(const QString &folder, const QString &file, QString *problem);
};

} // namespace recbar
