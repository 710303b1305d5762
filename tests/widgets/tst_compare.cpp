// Tests of the Compare panel: the boundaries where two segmentations differ (hand-worked, random segmentations
// against a set computation, and the demo's A and B against boundaries worked out from the CLI's encodings and
// tokenizer.json), its figures against the core Segmentation stats, Previous/Next bringing each differing region
// into view with the lanes marking the boundaries, and `codecbpe-studio --demo --panel compare --screenshot`.
// PNG grabs go to test-output/widgets.
#include "widgets/BoundaryComparison.h"
#include "widgets/BoundaryDiff.h"
#include "widgets/ComparePanel.h"
#include "widgets/MainWindow.h"
#include "widgets/Session.h"
#include "widgets/TimeAxis.h"
#include "widgets/Timeline.h"
#include "widgets/TokenLane.h"

#include "analysis/Segmentation.h"

#include "StudioTestSupport.h"
#include "TestSupport.h"

#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTest>

#include <algorithm>
#include <iterator>
#include <map>
#include <random>
#include <set>

using namespace codecbpe;
using namespace codecbpe::widgets;

using codecbpe::test::cliTokenIds;
using codecbpe::test::demoDir;
using codecbpe::test::openDemoPanel;
using codecbpe::test::waitUntilIdle;
using codecbpe::test::widgetOutputDir;

namespace {
const QColor kMarkColor(200, 0, 170);

// Token id -> length in code points, straight from tokenizer.json's vocab (not through the studio's reader).
std::map<long, std::uint32_t> tokenLengths(const QString& tokenizerDir)
{
    QFile file(tokenizerDir + QStringLiteral("/tokenizer.json"));
    std::map<long, std::uint32_t> lengths;
    if (!file.open(QIODevice::ReadOnly))
        return lengths;
    const QJsonObject vocab = QJsonDocument::fromJson(file.readAll()).object()["model"].toObject()["vocab"].toObject();
    for (auto it = vocab.begin(); it != vocab.end(); ++it)
        lengths[long(it.value().toInteger())] = std::uint32_t(it.key().toUcs4().size());
    return lengths;
}

// Interior token boundaries of the CLI's encoding of the demo codes with `tokenizerDir`.
std::set<std::uint32_t> cliBoundaries(const QString& tokenizerDir)
{
    const std::map<long, std::uint32_t> lengths = tokenLengths(tokenizerDir);
    const std::vector<long> ids = cliTokenIds(demoDir() + QStringLiteral("/codes/speech_c0.npy"), tokenizerDir);
    std::set<std::uint32_t> cuts;
    std::uint32_t position = 0;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            cuts.insert(position);
        position += lengths.at(ids[i]);
    }
    return cuts;
}

// A random segmentation of `codes` codes into tokens of 1..maxLength codes.
Segmentation randomSegmentation(std::mt19937& random, std::uint32_t codes, std::uint32_t maxLength, int k)
{
    std::vector<TokenSpan> spans;
    for (std::uint32_t begin = 0; begin < codes;) {
        const std::uint32_t end = std::min(codes, begin + 1 + std::uint32_t(random() % maxLength));
        spans.push_back({TokenId(spans.size()), begin, end});
        begin = end;
    }
    return Segmentation(spans, k);
}

std::set<std::uint32_t> toSet(const std::vector<std::uint32_t>& v)
{
    return {v.begin(), v.end()};
}

// Pixels of the lane that have the differing-boundary colour.
int markPixels(TokenLane* lane)
{
    const QImage image = lane->grab().toImage().convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += QColor(image.pixel(x, y)) == kMarkColor ? 1 : 0;
    }
    return n;
}
} // namespace

class tst_Compare : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void handWorkedBoundaries();
    void randomSegmentationsAgainstSets();
    void demoBoundariesAgainstTheCli();
    void figuresAreTheSegmentationStats();
    void stepsThroughDifferingRegions();
    void screenshotFromTheCommandLine();
};

void tst_Compare::initTestCase()
{
    codecbpe::test::isolateStudioSettings();
    QVERIFY2(QFileInfo::exists(codecbpe::test::cliPath()), qPrintable(codecbpe::test::cliPath()));
}

void tst_Compare::init()
{
    QSettings().clear();
}

void tst_Compare::handWorkedBoundaries()
{
    // Given 8 codes (K = 2) cut by A as 2|2|4 and by B as 4|2|2
    const Segmentation a({{1, 0, 2}, {2, 2, 4}, {3, 4, 8}}, 2);
    const Segmentation b({{4, 0, 4}, {5, 4, 6}, {6, 6, 8}}, 2);

    // When compared
    const BoundaryDiff diff = BoundaryDiff::compute(a, b);

    // Then A alone cuts at 2, B alone at 6, both at 4: a third agree, and the codes split into two regions at 4
    QCOMPARE(diff.onlyA, std::vector<std::uint32_t>({2}));
    QCOMPARE(diff.onlyB, std::vector<std::uint32_t>({6}));
    QCOMPARE(diff.shared, std::int64_t(1));
    QCOMPARE(diff.agreementPercent(), 100.0 / 3.0);
    QCOMPARE(diff.regions.size(), std::size_t(2));
    QCOMPARE(diff.regions[0].beginChar, 0u);
    QCOMPARE(diff.regions[0].endChar, 4u);
    QCOMPARE(diff.regions[1].beginChar, 4u);
    QCOMPARE(diff.regions[1].endChar, 8u);

    // And a segmentation compared with itself differs nowhere
    const BoundaryDiff same = BoundaryDiff::compute(a, a);
    QVERIFY(same.empty());
    QVERIFY(same.regions.empty());
    QCOMPARE(same.agreementPercent(), 100.0);
}

void tst_Compare::randomSegmentationsAgainstSets()
{
    std::mt19937 random(20261127);
    for (int round = 0; round < 200; ++round) {
        // Given two random segmentations of the same codes
        const std::uint32_t codes = 1 + random() % 300;
        const Segmentation a = randomSegmentation(random, codes, 1 + random() % 9, 4);
        const Segmentation b = randomSegmentation(random, codes, 1 + random() % 9, 4);
        std::set<std::uint32_t> cutsA;
        std::set<std::uint32_t> cutsB;
        for (const TokenSegment& s : a.segments())
            cutsA.insert(s.endChar);
        for (const TokenSegment& s : b.segments())
            cutsB.insert(s.endChar);
        cutsA.erase(codes);
        cutsB.erase(codes);

        // When compared
        const BoundaryDiff diff = BoundaryDiff::compute(a, b);

        // Then the differences are the set differences
        std::set<std::uint32_t> onlyA;
        std::set<std::uint32_t> onlyB;
        std::set<std::uint32_t> shared;
        std::set_difference(cutsA.begin(), cutsA.end(), cutsB.begin(), cutsB.end(), std::inserter(onlyA, onlyA.end()));
        std::set_difference(cutsB.begin(), cutsB.end(), cutsA.begin(), cutsA.end(), std::inserter(onlyB, onlyB.end()));
        std::set_intersection(cutsA.begin(), cutsA.end(), cutsB.begin(), cutsB.end(),
                              std::inserter(shared, shared.end()));
        QCOMPARE(toSet(diff.onlyA), onlyA);
        QCOMPARE(toSet(diff.onlyB), onlyB);
        QCOMPARE(diff.shared, std::int64_t(shared.size()));

        // And the regions are disjoint, ordered, bounded by shared boundaries (or the ends), and hold every
        // differing boundary and no shared one
        std::set<std::uint32_t> ends = shared;
        ends.insert(0);
        ends.insert(codes);
        std::set<std::uint32_t> covered;
        for (std::size_t i = 0; i < diff.regions.size(); ++i) {
            const BoundaryDiff::Region& r = diff.regions[i];
            QVERIFY(r.beginChar < r.endChar);
            QVERIFY(i == 0 || diff.regions[i - 1].endChar <= r.beginChar);
            QVERIFY(ends.count(r.beginChar) && ends.count(r.endChar));
            QVERIFY(std::none_of(shared.begin(), shared.end(),
                                 [&](std::uint32_t c) { return c > r.beginChar && c < r.endChar; }));
            for (std::uint32_t c = r.beginChar + 1; c < r.endChar; ++c)
                covered.insert(c);
        }
        for (const std::uint32_t c : onlyA)
            QVERIFY(covered.count(c));
        for (const std::uint32_t c : onlyB)
            QVERIFY(covered.count(c));
    }
}

void tst_Compare::demoBoundariesAgainstTheCli()
{
    // Given the demo with its tokenizers A and B
    MainWindow window;
    window.show();
    QVERIFY(window.openDemo());
    QVERIFY(waitUntilIdle(*window.session()));
    const BoundaryComparison* comparison = BoundaryComparison::of(window.session());
    QVERIFY(comparison->isComparable());

    // Then the differing boundaries are those of the CLI's encodings
    const std::set<std::uint32_t> cutsA = cliBoundaries(demoDir() + QStringLiteral("/tokenizer"));
    const std::set<std::uint32_t> cutsB = cliBoundaries(demoDir() + QStringLiteral("/tokenizer-b"));
    QVERIFY(!cutsA.empty() && !cutsB.empty());
    std::set<std::uint32_t> onlyA;
    std::set<std::uint32_t> onlyB;
    std::set_difference(cutsA.begin(), cutsA.end(), cutsB.begin(), cutsB.end(), std::inserter(onlyA, onlyA.end()));
    std::set_difference(cutsB.begin(), cutsB.end(), cutsA.begin(), cutsA.end(), std::inserter(onlyB, onlyB.end()));
    qInfo("demo boundaries: A %zu, B %zu, only in A %zu, only in B %zu", cutsA.size(), cutsB.size(), onlyA.size(),
          onlyB.size());
    QVERIFY(!onlyA.empty() || !onlyB.empty());
    QCOMPARE(toSet(comparison->diff().onlyA), onlyA);
    QCOMPARE(toSet(comparison->diff().onlyB), onlyB);
    QCOMPARE(comparison->diff().shared, std::int64_t(cutsA.size() - onlyA.size()));
}

void tst_Compare::figuresAreTheSegmentationStats()
{
    // Given the demo with the Compare panel shown
    MainWindow window;
    auto* panel = qobject_cast<ComparePanel*>(openDemoPanel(window, QStringLiteral("compare")));
    QVERIFY(panel);
    QCOMPARE(window.panelNames().count(QStringLiteral("compare")), 1);
    const Session& session = *window.session();

    // Then each column shows its tokenizer's figures: the core Segmentation stats of its tokens, and its folder
    const QLocale locale;
    const QString folders[] = {QStringLiteral("tokenizer"), QStringLiteral("tokenizer-b")};
    const long vocabulary[] = {2237, 2226};
    const long merges[] = {188, 177};
    for (int slot = 0; slot < 2; ++slot) {
        const SegmentationStats stats = session.tokens(slot).segmentation().stats(25.0);
        QCOMPARE(panel->figureText(ComparePanel::TokenizerRow, slot), folders[slot]);
        QCOMPARE(panel->figureText(ComparePanel::VocabularyRow, slot), locale.toString(qlonglong(vocabulary[slot])));
        QCOMPARE(panel->figureText(ComparePanel::MergesRow, slot), locale.toString(qlonglong(merges[slot])));
        QCOMPARE(panel->figureText(ComparePanel::TokensRow, slot), locale.toString(qlonglong(stats.tokens)));
        QCOMPARE(panel->figureText(ComparePanel::TokensPerSecondRow, slot),
                 locale.toString(*stats.tokensPerSecond, 'f', 1));
        QCOMPARE(panel->figureText(ComparePanel::CodesPerTokenRow, slot), locale.toString(stats.codesPerToken, 'f', 2));
        QCOMPARE(panel->figureText(ComparePanel::FramesPerTokenRow, slot),
                 locale.toString(stats.codesPerToken / 4.0, 'f', 2));
        // Tokens per second are tokens over the 11.52 s of the speech
        QCOMPARE(*stats.tokensPerSecond, double(stats.tokens) / (288.0 / 25.0));
        QCOMPARE(stats.codes, std::int64_t(4 * 288));
    }
    // And B, whose tokens are at most one frame, has no token longer than 4 codes
    QVERIFY(panel->figureText(ComparePanel::LongestTokenRow, 0).toInt() > 4);
    QCOMPARE(panel->figureText(ComparePanel::LongestTokenRow, 1), QStringLiteral("4"));
    QCOMPARE(panel->figureText(ComparePanel::RepeatedVocabularyRow, 1), QStringLiteral("0 (0.0%)"));

    // And the boundary figures are the comparison's
    const BoundaryDiff& diff = BoundaryComparison::of(window.session())->diff();
    QCOMPARE(panel->figureText(ComparePanel::OwnBoundariesRow, 0), locale.toString(qlonglong(diff.onlyA.size())));
    QCOMPARE(panel->figureText(ComparePanel::OwnBoundariesRow, 1), locale.toString(qlonglong(diff.onlyB.size())));
    const double agreement = 100.0 * double(diff.shared) / double(diff.shared + diff.onlyA.size() + diff.onlyB.size());
    QCOMPARE(panel->figureText(ComparePanel::AgreementRow, 0),
             QStringLiteral("%1%").arg(locale.toString(agreement, 'f', 1)));
    QVERIFY(panel->summaryLabel()->text().endsWith(
        QStringLiteral("Regions where they cut differently: %1.").arg(locale.toString(qlonglong(diff.regions.size())))));
    QVERIFY(panel->grab().save(widgetOutputDir() + "/compare-panel.png"));
}

void tst_Compare::stepsThroughDifferingRegions()
{
    // Given the demo zoomed in all the way at the start, with the Compare panel shown
    MainWindow window;
    auto* panel = qobject_cast<ComparePanel*>(openDemoPanel(window, QStringLiteral("compare")));
    QVERIFY(panel);
    TimeAxis* axis = window.timeline()->axis();
    axis->setPixelsPerFrame(TimeAxis::kMaxPixelsPerFrame, 0.0);
    axis->setStartFrame(0.0);
    const BoundaryComparison* comparison = BoundaryComparison::of(window.session());
    const std::vector<BoundaryDiff::Region>& regions = comparison->diff().regions;
    QVERIFY(regions.size() >= 3);

    // When the user clicks Next through all the regions, each is brought into view and named
    for (std::size_t i = 0; i < regions.size(); ++i) {
        QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
        QCOMPARE(comparison->currentRegion(), std::optional<std::size_t>(i));
        // (all of it when it fits the view, else its start)
        const double begin = regions[i].beginChar / 4.0;
        const double end = regions[i].endChar / 4.0;
        QVERIFY(axis->startFrame() <= begin + 1e-9);
        QVERIFY(axis->endFrame() >= std::min(end, begin + (axis->endFrame() - axis->startFrame())) - 1e-9);
        QVERIFY(panel->regionLabel()->text().startsWith(
            QStringLiteral("Region %1 of %2: frames").arg(i + 1).arg(regions.size())));
        if (i == regions.size() / 2)
            QVERIFY(window.grab().save(widgetOutputDir() + "/compare-region.png"));
    }
    // And Next wraps to the first, Previous back to the last
    QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
    QCOMPARE(comparison->currentRegion(), std::optional<std::size_t>(0));
    QTest::mouseClick(panel->previousButton(), Qt::LeftButton);
    QCOMPARE(comparison->currentRegion(), std::optional<std::size_t>(regions.size() - 1));

    // And in view, both lanes mark their own differing boundaries; unticking the box removes the marks
    QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
    TokenLane* laneA = window.timeline()->tokenLane(0);
    TokenLane* laneB = window.timeline()->tokenLane(1);
    const auto visibleCuts = [&](const std::vector<std::uint32_t>& cuts) {
        return std::count_if(cuts.begin(), cuts.end(), [&](std::uint32_t c) {
            return c / 4.0 > axis->startFrame() && c / 4.0 < axis->endFrame();
        });
    };
    QVERIFY(visibleCuts(comparison->diff().onlyA) > 0 || visibleCuts(comparison->diff().onlyB) > 0);
    QCOMPARE(markPixels(laneA) > 0, visibleCuts(comparison->diff().onlyA) > 0);
    QCOMPARE(markPixels(laneB) > 0, visibleCuts(comparison->diff().onlyB) > 0);
    // A mark sits at the boundary's x
    for (const auto& [lane, cuts] : {std::pair(laneA, comparison->diff().onlyA), std::pair(laneB, comparison->diff().onlyB)}) {
        const auto it = std::find_if(cuts.begin(), cuts.end(), [&](std::uint32_t c) {
            return c / 4.0 > axis->startFrame() && c / 4.0 < axis->endFrame();
        });
        if (it == cuts.end())
            continue;
        const QImage image = lane->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const int x = int(std::lround(axis->frameToX(*it / 4.0)));
        QCOMPARE(QColor(image.pixel(x, image.height() / 2)), kMarkColor);
    }
    panel->markBox()->click();
    QVERIFY(!comparison->isMarking());
    QCOMPARE(markPixels(laneA), 0);
    QCOMPARE(markPixels(laneB), 0);
}

void tst_Compare::screenshotFromTheCommandLine()
{
    if (codecbpe::test::studioPath().isEmpty())
        QSKIP("codecbpe-studio is not built");
    const QString png = widgetOutputDir() + QStringLiteral("/compare-panel-cli.png");
    QCOMPARE(codecbpe::test::panelScreenshot(QStringLiteral("compare"), png).exitCode, 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    // The panel, not the whole window
    QVERIFY(image.width() < 1000);
}

QTEST_MAIN(tst_Compare)
#include "tst_compare.moc"
