#include "StudioTestSupport.h"

#include "TestSupport.h"
#include "widgets/MainWindow.h"
#include "widgets/Session.h"
#include "widgets/UiLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

#include <algorithm>

namespace codecbpe::test {

void isolateStudioSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("codecbpe-tests"));
    QCoreApplication::setApplicationName(QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
    QSettings().clear();
    widgets::UiLanguage::apply(QStringLiteral("en"));
}

QString widgetOutputDir()
{
    const QString dir = binaryDir() + QStringLiteral("/test-output/widgets");
    QDir().mkpath(dir);
    return dir;
}

QString demoDir()
{
    return sourceDir() + QStringLiteral("/resources/demo");
}

bool waitUntilIdle(const widgets::Session& session)
{
    return QTest::qWaitFor(
        [&] { return !session.isEncoding() && !session.isTokenizing(0) && !session.isTokenizing(1); }, 20000);
}

QWidget* openDemoPanel(widgets::MainWindow& window, const QString& name, QSize size)
{
    window.resize(size);
    window.show();
    if (!window.openDemo() || !waitUntilIdle(*window.session()))
        return nullptr;
    QWidget* panel = window.showPanel(name);
    if (!panel || !QTest::qWaitForWindowExposed(panel))
        return nullptr;
    return panel;
}

QString studioPath()
{
    const QString studio = binaryDir() + QStringLiteral("/app/studio/codecbpe-studio");
    return QFileInfo::exists(studio) ? studio : QString();
}

ProcessResult panelScreenshot(const QString& name, const QString& png)
{
    QFile::remove(png);
    return runProcess(studioPath(), {QStringLiteral("--demo"), QStringLiteral("--panel"), name,
                                     QStringLiteral("--screenshot"), png});
}

std::vector<long> cliTokenIds(const QString& codes, const QString& tokenizer)
{
    const ProcessResult result =
        runProcess(cliPath(), {QStringLiteral("encode"), codes, QStringLiteral("--tokenizer"), tokenizer});
    std::vector<long> ids;
    if (result.exitCode != 0)
        return ids;
    for (const QByteArray& word : result.out.simplified().split(' '))
        ids.push_back(word.toLong());
    return ids;
}

QSet<int> leftEdges(const QList<QWidget*>& widgets, const QWidget& ancestor)
{
    QSet<int> edges;
    for (const QWidget* widget : widgets)
        edges.insert(widget->mapTo(&ancestor, QPoint(0, 0)).x());
    return edges;
}

bool anyNarrowerThanHinted(const QList<QWidget*>& widgets)
{
    return std::any_of(widgets.cbegin(), widgets.cend(),
                       [](const QWidget* widget) { return widget->width() < widget->sizeHint().width(); });
}

} // namespace codecbpe::test
