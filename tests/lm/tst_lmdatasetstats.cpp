// Tests for LmDatasetStats: codec-bpe's seven output lines on known inputs (figures cross-checked with NumPy:
// population std, median of the middle pair), prefix/suffix stripping of the audio tokens, the legacy "<...>" form,
// the sidecar's overlaps counted once, and the errors.
#include "LmTestSupport.h"

#include "TestSupport.h"

#include "common/Error.h"
#include "common/Progress.h"
#include "jobs/LmDatasetStats.h"

#include <QTemporaryDir>
#include <QTest>

using namespace codecbpe;
using namespace codecbpe::test;

namespace {

// K = 2 codebooks at 10 Hz: n codes last n / 20 seconds.
const char* kDataset = "<a>一丁丂七</a>\n"   // 4 codes
                       "<a>一一</a>  \n"     // 2 (trailing whitespace stripped first)
                       "一丁丂七一丁\n"      // 6
                       "<a><a>一丁</a>\n";   // prefix once: "<a>一丁" -> legacy form -> "a一丁", 3 (codec-bpe: 2)

LmDatasetStatsResult compute(const QString& file, bool once = true, std::optional<std::int64_t> n = std::nullopt)
{
    LmDatasetStatsOptions o;
    o.datasetPath = file.toStdString();
    o.numCodebooks = 2;
    o.codecFramerate = 10.0;
    o.audioStartToken = "<a>";
    o.audioEndToken = "</a>";
    o.countOverlapsOnce = once;
    o.numExamples = n;
    NullProgress progress;
    return LmDatasetStats::compute(o, progress);
}

// The seven lines as codec-bpe prints them, computed by NumPy from the per-example code counts.
QByteArray numpyReport(const QString& counts)
{
    const QString script = QStringLiteral(
        "import numpy as np, sys\n"
        "s = np.array([(c / 2) / 10.0 for c in [%1]])\n"
        "print(f'{len(s)} examples')\n"
        "print(f'Total: {s.sum():.2f} seconds ({s.sum() / 3600:.2f} hours)')\n"
        "print(f'Max: {s.max():.2f} seconds')\nprint(f'Min: {s.min():.2f} seconds')\n"
        "print(f'Median: {np.median(s):.2f} seconds')\nprint(f'Mean: {s.mean():.2f} seconds')\n"
        "print(f'Std: {s.std():.2f} seconds')\n").arg(counts);
    const ProcessResult r = runProcess(debianPython(), {"-c", script});
    return r.exitCode == 0 ? r.out : QByteArray("numpy failed: " + r.err);
}

} // namespace

class TstLmDatasetStats : public QObject {
    Q_OBJECT

private slots:
    void reportMatchesNumpy()
    {
        QTemporaryDir tmp;
        writeFileBytes(tmp.filePath("lm.txt"), kDataset);
        const LmDatasetStatsResult r = compute(tmp.filePath("lm.txt"));
        QVERIFY((r.seconds == std::vector<double>{0.2, 0.1, 0.3, 0.15}));
        QVERIFY(!r.overlapsCountedOnce);
        QCOMPARE(QByteArray::fromStdString(r.report()), numpyReport("4, 2, 6, 3"));
        QCOMPARE(r.report(), std::string("4 examples\nTotal: 0.75 seconds (0.00 hours)\nMax: 0.30 seconds\n"
                                         "Min: 0.10 seconds\nMedian: 0.17 seconds\nMean: 0.19 seconds\n"
                                         "Std: 0.07 seconds\n"));
        QCOMPARE(compute(tmp.filePath("lm.txt"), true, 2).seconds.size(), std::size_t(2));
    }

    void sidecarOverlapsCountedOnce()
    {
        QTemporaryDir tmp;
        writeFileBytes(tmp.filePath("lm.txt"), kDataset);
        writeFileBytes(tmp.filePath("lm.txt.meta.json"),
                       "{\"num_codebooks\": 2, \"codec_framerate\": 10.0, \"overlap_codes\": [0, 2, 4, 0]}\n");
        const LmDatasetStatsResult once = compute(tmp.filePath("lm.txt"));
        QVERIFY(once.overlapsCountedOnce);
        QVERIFY((once.seconds == std::vector<double>{0.2, 0.0, 0.1, 0.15}));
        QCOMPARE(QByteArray::fromStdString(once.report()), numpyReport("4, 0, 2, 3"));
        const LmDatasetStatsResult twice = compute(tmp.filePath("lm.txt"), false);
        QVERIFY((twice.seconds == std::vector<double>{0.2, 0.1, 0.3, 0.15}));
        // K and the frame rate come from the sidecar when not given
        LmDatasetStatsOptions o;
        o.datasetPath = tmp.filePath("lm.txt").toStdString();
        NullProgress progress;
        QCOMPARE(LmDatasetStats::compute(o, progress).seconds.size(), std::size_t(4));
    }

    void errors()
    {
        QTemporaryDir tmp;
        NullProgress progress;
        LmDatasetStatsOptions o;
        o.datasetPath = tmp.filePath("missing.txt").toStdString();
        o.numCodebooks = 2;
        o.codecFramerate = 10.0;
        QVERIFY_THROWS_EXCEPTION(Error, LmDatasetStats::compute(o, progress));
        writeFileBytes(tmp.filePath("lm.txt"), kDataset);
        o.datasetPath = tmp.filePath("lm.txt").toStdString();
        o.codecFramerate.reset();
        try {
            LmDatasetStats::compute(o, progress);
            QFAIL("no error without a frame rate");
        } catch (const Error& e) {
            QVERIFY(std::string(e.what()).find("--codec_framerate") != std::string::npos);
        }
        o.codecFramerate = 10.0;
        writeFileBytes(tmp.filePath("lm.txt.meta.json"), "{\"overlap_codes\": [0]}");
        QVERIFY_THROWS_EXCEPTION(Error, LmDatasetStats::compute(o, progress)); // sidecar of another file
        QCOMPARE(LmDatasetStatsResult{}.report(), std::string("0 examples\n"));
    }
};

QTEST_GUILESS_MAIN(TstLmDatasetStats)
#include "tst_lmdatasetstats.moc"
