#include "JsonBody.h"

#include <QJsonDocument>

#include <cmath>

namespace recsim {

std::variant<QJsonObject, QString> parseJsonObject(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return QJsonObject{};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("The request body is not valid JSON (%1 at offset %2)")
            .arg(error.errorString())
            .arg(error.offset);
    if (!document.isObject())
        return QStringLiteral("The request body must be a JSON object");
    return document.object();
}

std::optional<QString> scalarToString(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const bool integral = std::abs(number) < 1e15 && number == std::floor(number);
        return integral ? QString::number(qint64(number)) : QString::number(number, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return std::nullopt;
    }
}

std::variant<QMap<QString, QString>, QString> stringMap(const QJsonValue &value)
{
    if (!value.isObject())
        return QStringLiteral("must be an object of string values");
    QMap<QString, QString> out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::optional<QString> text = scalarToString(it.value());
        if (!text)
            return QStringLiteral("the value of \"%1\" must be a string").arg(it.key());
        out.insert(it.key(), *text);
    }
    return out;
}

QJsonObject stringMapJson(const QMap<QString, QString> &map)
{
    QJsonObject out;
    for (auto it = map.begin(); it != map.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace recsim
