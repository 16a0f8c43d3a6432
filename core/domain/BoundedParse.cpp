#include "BoundedParse.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace recbar {

namespace {

class BoundedParseText
{
    Q_DECLARE_TR_FUNCTIONS(recbar::BoundedParse)
};

// The deepest nesting of objects and arrays, strings skipped; stops counting past the limit.
int jsonDepth(const QByteArray &bytes)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
            if (deepest > limits::kMaxDepth)
                return deepest;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

} // namespace

Result<QJsonDocument> parseJson(const QByteArray &bytes, qsizetype maxBytes)
{
    if (bytes.size() > maxBytes)
        return fail(
            BoundedParseText::tr("the document is larger than %1 KiB").arg(maxBytes / 1024));
    if (jsonDepth(bytes) > limits::kMaxDepth)
        return fail(BoundedParseText::tr("the document nests deeper than %1 levels")
                        .arg(limits::kMaxDepth));
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(BoundedParseText::tr("not JSON: %1").arg(error.errorString()));
    return document;
}

QJsonObject jsonObject(const QByteArray &bytes, qsizetype maxBytes)
{
    const auto parsed = parseJson(bytes, maxBytes);
    return parsed ? parsed->object() : QJsonObject();
}

Result<void> checkXmlBounds(const QByteArray &bytes, qsizetype maxBytes)
{
    if (bytes.size() > maxBytes)
        return fail(
            BoundedParseText::tr("the document is larger than %1 KiB").arg(maxBytes / 1024));
    QXmlStreamReader xml(bytes);
    int depth = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && ++depth > limits::kMaxDepth)
            return fail(BoundedParseText::tr("the document nests deeper than %1 levels")
                            .arg(limits::kMaxDepth));
        if (token == QXmlStreamReader::EndElement)
            --depth;
        // DTDs and entity declarations are how "billion laughs" documents grow: no API sends one.
        if (token == QXmlStreamReader::DTD)
            return fail(BoundedParseText::tr("the document declares a DTD"));
    }
    return {};
}

QString plainExcerpt(const QByteArray &body, qsizetype max)
{
    QString text = QString::fromUtf8(body.left(16 * 1024));
    // An HTML page (a proxy's error) says what it is in its title; its body may say anything.
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]{1,200})</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression page(QStringLiteral("<(html|body|head)[\\s>]"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (page.match(text).hasMatch()) {
        if (const QRegularExpressionMatch named = title.match(text); named.hasMatch())
            text = named.captured(1);
    }
    static const QRegularExpression scripts(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression markup(QStringLiteral("<[^>]{0,1000}>"));
    text.replace(scripts, QStringLiteral(" "));
    text.replace(markup, QStringLiteral(" "));
    for (QChar &c : text) {
        // Control characters and bidi overrides have no business in a message.
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = u' ';
    }
    text = text.simplified();
    if (text.size() > max)
        text = text.left(max - 1) + u'…';
    return text;
}

QString elementText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            text += xml.text();
            break;
        default:
            break;
        }
    }
    return text;
}

} // namespace recbar
