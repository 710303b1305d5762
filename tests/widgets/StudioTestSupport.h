// StudioTestSupport: what the studio's widget tests share: where their PNGs go, the demo files in the source tree,
// waiting for the session's background work, and the CLI's encoding as figures independent of the studio.
#pragma once

#include <QString>

#include <vector>

namespace codecbpe::widgets {
class Session;
}

namespace codecbpe::test {

// test-output/widgets in the build tree (created): PNG grabs for a human to look at.
QString widgetOutputDir();
// resources/demo in the source tree.
QString demoDir();
// Waits (up to 20 s) until the session neither encodes nor tokenizes; false on timeout.
bool waitUntilIdle(const widgets::Session& session);
// Token ids `codecbpe encode` gives for a codes file with a tokenizer folder; empty if the CLI failed.
std::vector<long> cliTokenIds(const QString& codes, const QString& tokenizer);

} // namespace codecbpe::test
