#include "JsonReader.h"

#include <cmath>

namespace recsim {

JsonReader::JsonReader(const QJsonObject &object, QString path, QStringList *errors)
    : m_object(object)
    , m_path(std::move(path))
    , m_errors(errors)
{}

QString JsonReader::childPath(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void JsonReader::error(const QString &key, const QString &message)
{
    m_errors->append(childPath(key) + QStringLiteral(": ") + message);
}

void JsonReader::oneOf(const QString &key, QString &value, const QStringList &allowed)
{
    value = string(key, value);
    if (!allowed.contains(value))
        error(key, QStringLiteral("must be one of %1").arg(allowed.join(QStringLiteral(", "))));
}

QString JsonReader::string(const QString &key, const QString &fallback, bool required)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        if (required)
            error(key, QStringLiteral("is required"));
        return fallback;
    }
    if (!value.isString()) {
        error(key, QStringLiteral("expected a string"));
        return fallback;
    }
    return value.toString();
}

std::optional<QString> JsonReader::nullableString(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        error(key, QStringLiteral("expected a string or null"));
        return std::nullopt;
    }
    return value.toString();
}

int JsonReader::integer(const QString &key, int fallback, int min, int max, bool required)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        if (required)
            error(key, QStringLiteral("is required"));
        return fallback;
    }
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::floor(number) != number) {
        error(key, QStringLiteral("expected an integer"));
        return fallback;
    }
    if (number < min || number > max) {
        error(key, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return fallback;
    }
    return int(number);
}

bool JsonReader::boolean(const QString &key, bool fallback)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        error(key, QStringLiteral("expected true or false"));
        return fallback;
    }
    return value.toBool();
}

QJsonArray JsonReader::array(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        error(key, QStringLiteral("expected an array"));
        return {};
    }
    return value.toArray();
}

QJsonObject JsonReader::object(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isObject()) {
        error(key, QStringLiteral("expected an object"));
        return {};
    }
    return value.toObject();
}

QStringList JsonReader::stringList(const QString &key)
{
    QStringList result;
    const QJsonArray items = array(key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].isString()) {
            error(QStringLiteral("%1[%2]").arg(key).arg(i), QStringLiteral("expected a string"));
            continue;
        }
        result.append(items[i].toString());
    }
    return result;
}

void JsonReader::rejectUnknown(const QStringList &known)
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!known.contains(it.key()))
            error(it.key(), QStringLiteral("unknown field"));
    }
}

} // namespace recsim
