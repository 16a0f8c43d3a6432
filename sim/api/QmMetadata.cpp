#include "QmMetadata.h"

#include <QDate>
#include <QRegularExpression>

namespace recsim::qm {

std::optional<QString> validateValue(MetadataKey::Type type, const QString &value)
{
    switch (type) {
    case MetadataKey::Type::Date: {
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (!shape.match(value).hasMatch() ||
            !QDate::fromString(value, QStringLiteral("yyyy-MM-dd")).isValid())
            return QStringLiteral("dates must be yyyy-mm-dd, e.g. 2009-09-24");
        return std::nullopt;
    }
    case MetadataKey::Type::Number: {
        static const QRegularExpression shape(QStringLiteral("^-?(\\d+|\\d*\\.\\d+)$"));
        if (!shape.match(value).hasMatch())
            return QStringLiteral("numbers may contain one decimal point but not end with one "
                                  "or contain a comma, e.g. .30, 10.7, 2500");
        return std::nullopt;
    }
    case MetadataKey::Type::Text:
        if (value.contains(u'&') || value.contains(u'='))
            return QStringLiteral("text may not contain & or =");
        if (value.size() > 255)
            return QStringLiteral("text is limited to 255 characters");
        return std::nullopt;
    }
    return std::nullopt;
}

MetadataChange applyMetadata(const QMap<QString, QString> &current,
                             const QList<std::pair<QString, QString>> &pairs,
                             const QList<MetadataKey> &definedKeys)
{
    MetadataChange change;
    change.result = current;
    auto definition = [&](const QString &name) -> const MetadataKey * {
        for (const MetadataKey &key : definedKeys) {
            if (key.name == name)
                return &key;
        }
        return nullptr;
    };

    for (const auto &[key, value] : pairs) {
        const MetadataKey *defined = definition(key);
        if (!defined) {
            change.ignored.append(key);
            continue;
        }
        if (value.isEmpty()) {
            change.result.remove(key);
            change.removed.append(key);
            continue;
        }
        if (const std::optional<QString> error = validateValue(defined->type, value)) {
            change.errors.append(QStringLiteral("%1: %2").arg(key, *error));
            continue;
        }
        change.result.insert(key, value);
        change.applied.append(key);
    }

    const auto definedCount = std::count_if(change.result.keyBegin(), change.result.keyEnd(),
                                            [&](const QString &key) { return definition(key); });
    if (definedCount > kMaxMetadataPerCall)
        change.errors.append(QStringLiteral("a call can carry at most %1 metadata items; "
                                            "this command would leave %2")
                                 .arg(kMaxMetadataPerCall)
                                 .arg(definedCount));
    return change;
}

} // namespace recsim::qm
