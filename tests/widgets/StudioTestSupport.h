// StudioTestSupport: what the studio's widget tests share: where their PNGs go, the demo files in the source tree,
// waiting for the session's background work, and the CLI's encoding as figures independent of the studio.
#pragma once

#include "TestSupport.h"

#include <QList>
#include <QSet>
#include <QSize>
#include <QString>

#include <vector>

class QWidget;

namespace codecbpe::widgets {
class MainWindow;
class Session;
} // namespace codecbpe::widgets

namespace codecbpe::test {

// Keeps the user's real settings out of a test run: QStandardPaths' test mode, settings named after the test
// executable (cleared), and the studio in English whatever the machine's locale. Call from initTestCase.
void isolateStudioSettings();
// test-output/widgets in the build tree (created): PNG grabs for a human to look at.
QString widgetOutputDir();
// resources/demo in the source tree.
QString demoDir();
// Waits (up to 20 s) until the session neither encodes nor tokenizes; false on timeout.
bool waitUntilIdle(const widgets::Session& session);
// Opens the demo in `window` (resized to `size` and shown), waits for its tokens, shows the panel `name` and waits
// until it is on screen; the panel, or nullptr if any step failed.
QWidget* openDemoPanel(widgets::MainWindow& window, const QString& name, QSize size = {1400, 800});
// The built codecbpe-studio, or empty when it is not built.
QString studioPath();
// `codecbpe-studio --demo --panel NAME --screenshot PNG` (PNG removed first).
ProcessResult panelScreenshot(const QString& name, const QString& png);
// The x at which each widget starts, in `ancestor`'s coordinates: one value when they line up.
QSet<int> leftEdges(const QList<QWidget*>& widgets, const QWidget& ancestor);
// Whether any of these widgets is narrower than its size hint (a label cut short).
bool anyNarrowerThanHinted(const QList<QWidget*>& widgets);
// Token ids `codecbpe encode` gives for a codes file with a tokenizer folder; empty if the CLI failed.
std::vector<long> cliTokenIds(const QString& codes, const QString& tokenizer);

} // namespace codecbpe::test
