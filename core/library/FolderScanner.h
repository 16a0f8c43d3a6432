#pragma once

#include "RecordingEntry.h"

#include <QStringList>

namespace recbar {

// Reads what the recordings in a folder carry: a JSON sidecar next to the file (NAME.json),
// else the WAV's LIST/INFO, else the file name, and always the audio's own length.
class FolderScanner
{
public:
    static const QStringList &extensions();
    static QString sourceOf(const QString &folder) { return QStringLiteral("folder:") + folder; }

    struct Result
    {
        QList<RecordingEntry> entries;
        QStringList problems; // files that could not be read, with why (they stay listed)
    };
    // Runs anywhere (it touches no database): the caller writes the entries.
    static Result scan(const QString &folder);
    static RecordingEntry read(const QString &folder, const QString &file, QString *problem);
};

} // namespace recbar
