// Renders the one SVG icon to the PNG sizes desktops look for, at build time, so every size comes
// from the same drawing:  recbar_icon_render SVG OUTDIR SIZE...
// With --flat, OUTDIR/<name>-<size>.png instead: the PNG renderings kept in resources/icons/png
// for a Qt without its SVG module (the Windows build from Debian's sources).
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool flat = args.removeAll(QStringLiteral("--flat")) > 0;
    QSvgRenderer svg(args.value(1));
    if (args.size() < 4 || !svg.isValid()) {
        QTextStream(stderr) << "usage: recbar_icon_render SVG OUTDIR SIZE...\n";
        return 2;
    }
    for (const QString &size : args.mid(3)) {
        const int px = size.toInt();
        QImage image(px, px, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString file =
            flat ? QStringLiteral("%1/%2-%3.png")
                       .arg(args[2], QFileInfo(args[1]).completeBaseName())
                       .arg(px)
                 : QStringLiteral("%1/%2x%2/apps/org.recbar.RecBar.png").arg(args[2]).arg(px);
        QDir().mkpath(QFileInfo(file).absolutePath());
        if (!image.save(file))
            return 1;
    }
    return 0;
}
