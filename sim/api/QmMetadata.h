#pragma once

#include "../model/Entities.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace recsim::qm {

inline constexpr int kMaxMetadataPerCall = 10;

// The value formats of the QM integration guide: dates yyyy-mm-dd; numbers that may start
// with or contain one decimal point but not end with one or contain a comma; text without
// the reserved characters & and =.
std::optional<QString> validateValue(MetadataKey::Type type, const QString &value);

struct MetadataChange
{
    QMap<QString, QString> result; // the call's metadata after the command
    QStringList applied;
    QStringList removed;
    QStringList ignored; // keys the administrator has not defined
    QStringList errors;  // non-empty: reject the whole command, change nothing
};

// Applies key/value pairs to a call's metadata by the QM rules: unknown keys are ignored,
// the same key replaces, an empty value removes, and at most 10 defined keys per call.
MetadataChange applyMetadata(const QMap<QString, QString> &current,
                             const QList<std::pair<QString, QString>> &pairs,
                             const QList<MetadataKey> &definedKeys);

} // namespace recsim::qm
