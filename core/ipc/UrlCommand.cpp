#include "UrlCommand.h"

#include <QUrlQuery>

namespace recbar::control {

QStringList urlCommands()
{
    return QStringList{word::kShow} + CommandText::namesReaching(CommandReach::Link);
}

bool isRecbarUrl(const QString &argument)
{
    return argument.startsWith(QStringLiteral("recbar:"), Qt::CaseInsensitive);
}

Result<Request> parseUrl(const QString &text)
{
    if (text.size() > kMaxUrlLength)
        return fail(QStringLiteral("the link is too long"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(u"recbar", Qt::CaseInsensitive) != 0)
        return fail(QStringLiteral("not a recbar: link"));
    if (!url.userInfo().isEmpty() || url.port() != -1 || url.hasFragment())
        return fail(QStringLiteral("a recbar: link has a command and, for metadata, a query"));
    // recbar:pause and recbar://pause/ both name the command.
    QString command = url.host().isEmpty() ? url.path() : url.host() + url.path();
    if (command.endsWith(u'/'))
        command.chop(1);
    if (!urlCommands().contains(command))
        return fail(
            QStringLiteral("\"%1\" is not a command a link may give").arg(command.left(40)));

    Request request;
    request.command = command;
    request.origin = CommandOrigin::kUrl;
    const QUrlQuery query(url);
    if (command != u"metadata") {
        if (url.hasQuery())
            return fail(QStringLiteral("only recbar:metadata takes a query"));
        return request;
    }
    QStringList keys;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (keys.contains(key, Qt::CaseInsensitive))
            return fail(QStringLiteral("\"%1\" is given twice").arg(key.left(40)));
        // An empty value clears the server's field: a web page may not erase call data.
        if (value.isEmpty())
            return fail(QStringLiteral("\"%1\" has no value: a link cannot clear call data")
                            .arg(key.left(40)));
        keys.append(key);
        request.metadata.append({key, value});
    }
    // The same checks as `recbar ctl metadata` and the socket: one parser decides.
    const auto checked = parseRequest(formatRequest(request));
    if (!checked)
        return checked.failure();
    return request;
}

} // namespace recbar::control
