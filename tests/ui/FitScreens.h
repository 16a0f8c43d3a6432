#pragma once

// Whether a window fits the small screens RecBar promises (1024x768 at 100 %, 1280x800 at
// 200 %), each in a child process of the test program whose offscreen screen is that one.
#include "CatchCompat.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QWidget>

// Every visible widget of `window` whose text could be cut: said, with why, if it is.
inline QStringList clipped(QWidget &window)
{
    QStringList problems;
    const QRect inside = window.rect();
    const auto describe = [](const QWidget *w) {
        const QString name = !w->accessibleName().isEmpty() ? w->accessibleName()
                             : !w->objectName().isEmpty()   ? w->objectName()
                                                            : QString();
        return QStringLiteral("%1 \"%2\"")
            .arg(QString::fromLatin1(w->metaObject()->className()), name);
    };
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (!w->isVisibleTo(&window) || w->isWindow())
            continue;
        // What a scroll area holds may lie beyond its viewport: that is what scrolling is for.
        bool scrolled = false;
        for (QWidget *up = w->parentWidget(); up && up != &window; up = up->parentWidget()) {
            if (qobject_cast<QAbstractScrollArea *>(up))
                scrolled = true;
        }
        const QRect at(w->mapTo(&window, QPoint()), w->size());
        if (!scrolled && !inside.contains(at))
            problems << describe(w) + QStringLiteral(" lies outside the window");
        const QFontMetrics metrics = w->fontMetrics();
        QString text;
        int room = w->width();
        if (auto *label = qobject_cast<QLabel *>(w); label && !label->text().isEmpty()) {
            if (label->wordWrap()) {
                if (label->height() < label->heightForWidth(label->width()))
                    problems << describe(w) + QStringLiteral(" is cut: %1 high of %2")
                                                  .arg(label->height())
                                                  .arg(label->heightForWidth(label->width()));
                continue;
            }
            text = label->text();
            room = label->contentsRect().width();
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->width() < button->sizeHint().width() ||
                button->height() < button->sizeHint().height())
                problems << describe(w) + QStringLiteral(" is narrower than its text: %1 of %2")
                                              .arg(button->width())
                                              .arg(button->sizeHint().width());
            continue;
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            if (combo->width() < combo->minimumSizeHint().width())
                problems << describe(w) + QStringLiteral(" is narrower than its items");
            continue;
        } else if (auto *edit = qobject_cast<QLineEdit *>(w);
                   edit && edit->text().isEmpty() && !edit->placeholderText().isEmpty()) {
            text = edit->placeholderText();
            room = edit->width() - 2 * metrics.averageCharWidth();
        }
        if (!text.isEmpty()) {
            int widest = 0;
            for (QString line : text.split(u'\n'))
                widest = std::max(widest, metrics.horizontalAdvance(line.remove(u'&')));
            if (widest > room)
                problems << describe(w) + QStringLiteral(" cuts \"%1\": %2 px in %3")
                                              .arg(text)
                                              .arg(widest)
                                              .arg(room);
        }
    }
    return problems;
}

// Runs the (hidden) test case `testName` of this program once per screen; it reads the screen
// it should have from RECBAR_FIT_WIDTH and RECBAR_FIT_HEIGHT.
inline void fitsInChild(const char *testName)
{
    QTemporaryDir dir;
    const struct
    {
        int width;
        int height;
        const char *scale;
    } screens[] = {{1024, 768, "1"}, {2560, 1600, "2"}};
    for (const auto &s : screens) {
        INFO(s.width << "x" << s.height << " at " << s.scale);
        // The offscreen platform's screen, as its configuration file gives it.
        const QString config = dir.filePath(QStringLiteral("screen-%1.json").arg(s.width));
        QFile file(config);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(R"({"synchronousWindowSystemEvents": false,
            "windowFrameMargins": true, "screens": [{"name": "screen", "x": 0, "y": 0,
            "width": %1, "height": %2, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                       .arg(s.width)
                       .arg(s.height)
                       .toUtf8());
        file.close();
        const int scale = QByteArray(s.scale).toInt();
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Relative: the platform's arguments are split at colons, a drive letter's too.
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"),
                           QStringLiteral("offscreen:configfile=") + QFileInfo(config).fileName());
        environment.insert(QStringLiteral("QT_SCALE_FACTOR"), QString::fromLatin1(s.scale));
        environment.insert(QStringLiteral("RECBAR_FIT_WIDTH"), QString::number(s.width / scale));
        environment.insert(QStringLiteral("RECBAR_FIT_HEIGHT"), QString::number(s.height / scale));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.setWorkingDirectory(dir.path());
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(testName)});
        REQUIRE(child.waitForFinished(120'000));
        const QString output = QString::fromLocal8Bit(child.readAll());
        INFO(output.toStdString());
        CHECK(child.exitCode() == 0);
        CHECK(output.contains(QStringLiteral("All tests passed")));
    }
}
