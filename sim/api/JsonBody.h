#pragma once

#include "../http/HttpMessage.h"

#include <QJsonObject>
#include <QMap>

#include <optional>
#include <variant>

namespace recsim {

// Parses a request body as a JSON object; an empty body is an empty object.
std::variant<QJsonObject, QString> parseJsonObject(const QByteArray &body);

// A JSON value as the string a .NET or Java binder would make of it: strings as they are,
// numbers and booleans in their text form; objects, arrays and null are refused.
std::optional<QString> scalarToString(const QJsonValue &value);

// An object of scalar values (the CallMetadata shape).
std::variant<QMap<QString, QString>, QString> stringMap(const QJsonValue &value);
// The other way: an object of strings.
QJsonObject stringMapJson(const QMap<QString, QString> &map);

} // namespace recsim
