// Renders the one SVG icon to the PNG sizes desktops look for, at build time, so every size comes
// from the same drawing:  recbar_icon_render SVG OUTDIR SIZE...
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
    const QStringList args = app.arguments();
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
        const QString file = QStringLiteral("%1/%2x%2/apps/org.recbar.RecBar.png").arg(args[2]).arg(px);
        QDir().mkpath(QFileInfo(file).absolutePath());
        if (!image.save(file))
            return 1;
    }
    return 0;
}
