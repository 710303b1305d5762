// Tests for ChunkPlan: codec-bpe's chunk / context arithmetic (spec 6.4) including its IEEE-double truncations.
#include "audio/ChunkPlan.h"
#include "common/Error.h"

#include <QtTest>

#include <numeric>

using namespace codecbpe;

class TstChunkPlan : public QObject {
    Q_OBJECT
private slots:
    void sampleCountsTruncateLikePython()
    {
        // 0.29 * 24000 = 6959.999... in doubles: int() gives 6959, not 6960.
        QCOMPARE(ChunkPlan(0.29, 0.0, 24000).chunkSizeSamples(), std::int64_t(6959));
        // (0.4 - 0.08) * 24000 = 7680.000...01: 7680.
        const ChunkPlan readme(0.08, 0.4, 24000);
        QCOMPARE(readme.chunkSizeSamples(), std::int64_t(1920));
        QCOMPARE(readme.contextSamples(), std::int64_t(7680));
        // A context shorter than the chunk adds nothing.
        QCOMPARE(ChunkPlan(30.0, 10.0, 16000).contextSamples(), std::int64_t(0));
        QCOMPARE(ChunkPlan(30.0, 0.0, 44100).chunkSizeSamples(), std::int64_t(1323000));
    }

    void readmeWorkedExample()
    {
        // SimVQ at 24 kHz (320 samples per frame), --chunk_size_secs 0.08 --context_secs 0.4.
        const ChunkPlan plan(0.08, 0.4, 24000);
        const auto windows = plan.windows(24000 * 2);
        QCOMPARE(windows.size(), std::size_t(25));
        for (const auto& w : windows)
            QCOMPARE(w.numSamples(), std::int64_t(9600)); // 400 ms each, silent context at the start
        QCOMPARE(windows[0].leftPad, std::int64_t(7680));
        QCOMPARE(windows[4].leftPad, std::int64_t(0));
        QCOMPARE(windows[4].readBegin, std::int64_t(0));
        QCOMPARE(windows[5].readBegin, std::int64_t(1920));
        QVERIFY(windows.back().endOfFile);
        QVERIFY(!windows[23].endOfFile);
        // 9600 samples -> 30 frames: spf 320, keep [24, 30), the final 80 ms.
        const FrameRange kept = plan.keptFrames(9600, 9600, 30);
        QCOMPARE(kept.begin, std::int64_t(24));
        QCOMPARE(kept.end, std::int64_t(30));
    }

    void lastChunkIsShortAndEmptyFileHasOneWindow()
    {
        const ChunkPlan plan(1.0, 0.0, 8000);
        const auto windows = plan.windows(20500);
        QCOMPARE(windows.size(), std::size_t(3));
        QCOMPARE(windows[2].start, std::int64_t(16000));
        QCOMPARE(windows[2].end, std::int64_t(24000));
        QCOMPARE(windows[2].readEnd, std::int64_t(20500));
        QCOMPARE(windows[2].numSamples(), std::int64_t(4500));
        // A file of exactly two chunks ends with the second (end >= len), no empty third chunk.
        QCOMPARE(plan.windows(16000).size(), std::size_t(2));
        const auto empty = plan.windows(0);
        QCOMPARE(empty.size(), std::size_t(1));
        QVERIFY(empty[0].endOfFile);
        QCOMPARE(empty[0].numSamples(), std::int64_t(0));
    }

    void extractPadsTheContextWithZeros()
    {
        std::vector<float> audio(10);
        std::iota(audio.begin(), audio.end(), 1.0f);
        const ChunkPlan plan(0.5, 0.8, 8); // chunk 4 samples, context int(0.3 * 8) = 2
        QCOMPARE(plan.contextSamples(), std::int64_t(2));
        const auto windows = plan.windows(10);
        QCOMPARE(windows.size(), std::size_t(3));
        QCOMPARE(plan.extract(audio, windows[0]), (std::vector<float>{0, 0, 1, 2, 3, 4}));
        QCOMPARE(plan.extract(audio, windows[1]), (std::vector<float>{3, 4, 5, 6, 7, 8}));
        QCOMPARE(plan.extract(audio, windows[2]), (std::vector<float>{7, 8, 9, 10}));
        QCOMPARE(plan.startSeconds(windows[2]), 1.0);
    }

    void keptFramesFollowThePaddedBatch()
    {
        const ChunkPlan plan(1.0, 1.5, 8000); // context 4000
        // Alone: 12000 samples -> 38 frames at 320 (ceil): spf = ceil(12000/38) = 316.
        FrameRange r = plan.keptFrames(12000, 12000, 38);
        QCOMPARE(r.begin, std::int64_t(13)); // ceil(4000/316)
        QCOMPARE(r.end, std::int64_t(38));
        // A short last chunk padded to the batch maximum keeps only its own frames.
        r = plan.keptFrames(6000, 12000, 38);
        QCOMPARE(r.begin, std::int64_t(13));
        QCOMPARE(r.end, std::int64_t(19)); // ceil(6000/316)
        // Nothing after the context: an empty range, as Python's codes[..., 13:13].
        r = plan.keptFrames(4000, 12000, 38);
        QCOMPARE(r.end - r.begin, std::int64_t(0));
        QCOMPARE(plan.keptFrames(0, 0, 0).end, std::int64_t(0));
    }

    void rejectsChunksShorterThanASample()
    {
        QVERIFY_THROWS_EXCEPTION(Error, ChunkPlan(0.0, 0.0, 24000));
        QVERIFY_THROWS_EXCEPTION(Error, ChunkPlan(1e-6, 0.0, 24000));
        QVERIFY_THROWS_EXCEPTION(Error, ChunkPlan(-1.0, 0.0, 24000));
    }
};

QTEST_GUILESS_MAIN(TstChunkPlan)
#include "tst_chunkplan.moc"
