#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace recsim {

// Reads typed fields from a JSON object and collects every problem with its path
// ("agents[2].phone: expected a string"), so a bad config or request is reported in full.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString path, QStringList *errors);

    bool has(const QString &key) const { return m_object.contains(key); }
    QString string(const QString &key, const QString &fallback = {}, bool required = false);
    std::optional<QString> nullableString(const QString &key);
    int integer(const QString &key, int fallback, int min, int max, bool required = false);
    bool boolean(const QString &key, bool fallback);
    // A string that must be one of `allowed`; `value` is the fallback and receives it.
    void oneOf(const QString &key, QString &value, const QStringList &allowed);
    QJsonArray array(const QString &key);
    QJsonObject object(const QString &key);
    QStringList stringList(const QString &key);
    void rejectUnknown(const QStringList &known);
    QString childPath(const QString &key) const;
    void error(const QString &key, const QString &message);

private:
    QJsonObject m_object;
    QString m_path;
    QStringList *m_errors;
};

} // namespace recsim
