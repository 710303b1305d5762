// Tests of Segmentation: token spans placed on the code grid, frame queries and statistics.
#include "analysis/Segmentation.h"
#include "common/Error.h"

#include <QtTest>

#include <random>

using namespace codecbpe;

class TestSegmentation : public QObject {
    Q_OBJECT

private slots:
    void placesTokensOnTheGrid()
    {
        // Given K = 4: a whole frame, a frame and a half, half a frame
        const Segmentation seg({{7, 0, 4}, {8, 4, 10}, {9, 10, 12}}, 4);
        const auto& s = seg.segments();
        QCOMPARE(s.size(), std::size_t(3));
        QCOMPARE(s[0], (TokenSegment{7, 0, 4, 0, 0, 0, 3, 4, 0.0, 1.0}));
        QCOMPARE(s[1], (TokenSegment{8, 4, 10, 1, 2, 0, 1, 6, 1.0, 2.5}));
        QCOMPARE(s[2], (TokenSegment{9, 10, 12, 2, 2, 2, 3, 2, 2.5, 3.0}));
    }

    void statistics()
    {
        const Segmentation seg({{1, 0, 4}, {2, 4, 10}, {3, 10, 12}}, 4);
        const SegmentationStats st = seg.stats(1.5);
        QCOMPARE(st.codes, std::int64_t(12));
        QCOMPARE(st.tokens, std::int64_t(3));
        QCOMPARE(st.frames, std::int64_t(3));
        QCOMPARE(st.codesPerToken, 4.0);
        QCOMPARE(*st.seconds, 2.0);
        QCOMPARE(*st.tokensPerSecond, 1.5);
        QVERIFY(!seg.stats().seconds);
        const SegmentationStats empty = Segmentation({}, 8).stats(75.0);
        QCOMPARE(empty.tokens, std::int64_t(0));
        QCOMPARE(empty.codesPerToken, 0.0);
        QCOMPARE(*empty.tokensPerSecond, 0.0);
    }

    void rejectsBadInput()
    {
        QVERIFY_THROWS_EXCEPTION(Error, Segmentation({{1, 0, 4}}, 0));
        QVERIFY_THROWS_EXCEPTION(Error, Segmentation({{1, 0, 4}, {2, 3, 5}}, 2)); // overlap
        QVERIFY_THROWS_EXCEPTION(Error, Segmentation({{1, 4, 4}}, 2));            // empty
    }

    void frameQueriesMatchBruteForce()
    {
        std::mt19937 rng(3);
        for (int round = 0; round < 200; ++round) {
            const int k = std::uniform_int_distribution<int>(1, 8)(rng);
            std::vector<TokenSpan> spans;
            std::uint32_t at = 0;
            const int n = std::uniform_int_distribution<int>(0, 40)(rng);
            for (int t = 0; t < n; ++t) {
                at += std::uniform_int_distribution<std::uint32_t>(0, 2)(rng); // gaps: dropped characters
                const std::uint32_t len = std::uniform_int_distribution<std::uint32_t>(1, 3 * std::uint32_t(k))(rng);
                spans.push_back({TokenId(t), at, at + len});
                at += len;
            }
            const Segmentation seg(spans, k);
            std::int64_t codes = 0;
            for (const TokenSegment& s : seg.segments()) {
                codes += s.numCodes;
                QVERIFY(s.firstFrame <= s.lastFrame);
                QCOMPARE(s.firstFrame * k + s.startCodebook, std::int64_t(s.beginChar));
                QCOMPARE(s.lastFrame * k + s.endCodebook, std::int64_t(s.endChar) - 1);
            }
            QCOMPARE(seg.stats().codes, codes);
            for (int q = 0; q < 20; ++q) {
                const std::int64_t f0 = std::uniform_int_distribution<std::int64_t>(0, at / k + 2)(rng);
                const std::int64_t f1 = f0 + std::uniform_int_distribution<std::int64_t>(0, 5)(rng);
                std::size_t first = seg.segments().size(), last = 0;
                for (std::size_t i = 0; i < seg.segments().size(); ++i) {
                    const TokenSegment& s = seg.segments()[i];
                    if (s.lastFrame >= f0 && s.firstFrame < f1) {
                        first = std::min(first, i);
                        last = i + 1;
                    }
                }
                const auto [a, b] = seg.tokensInFrames(f0, f1);
                if (last == 0)
                    QCOMPARE(a, b);
                else
                    QCOMPARE((std::pair{a, b}), (std::pair{first, last}));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSegmentation)
#include "tst_segmentation.moc"
