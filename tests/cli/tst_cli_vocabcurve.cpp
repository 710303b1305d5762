// Tests of `codecbpe vocab-curve` and `codecbpe truncate-tokenizer`: each curve point equals what `codecbpe encode`
// reports for the held-out codes with the truncated folder of that size, and a truncated folder is byte-identical
// to `codecbpe train-tokenizer` with that vocab_size (min_frequency stop and special tokens included).
#include "TestCodecInfo.h"
#include "TestSupport.h"

#include "codes/CodecInfo.h"
#include "codes/Npy.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace codecbpe;
using namespace codecbpe::test;

namespace {

constexpr int kCodebooks = 2;
constexpr int kCodebookSize = 32;

// Codes with structure for BPE to find: frames drawn from a few recurring phrases, with noise.
void writeCodesFolder(const QString& dir, unsigned seed, int files)
{
    QDir().mkpath(dir);
    writeCodecInfo(std::filesystem::path(dir.toStdString()) / "codec_info.json",
                   testCodecInfo(kCodebooks, kCodebookSize));
    std::mt19937 rng(seed);
    auto pick = [&rng](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    std::vector<std::vector<int>> phrases(40);
    for (auto& phrase : phrases)
        for (int i = 0, n = 2 + pick(5); i < n * kCodebooks; ++i)
            phrase.push_back(pick(kCodebookSize / 4));
    for (int f = 0; f < files; ++f) {
        std::vector<CodeGrid::Code> frames;
        while (frames.size() < 1500 * kCodebooks) {
            if (pick(10) == 0) {
                for (int k = 0; k < kCodebooks; ++k)
                    frames.push_back(pick(kCodebookSize));
            } else {
                const auto& phrase = phrases[std::size_t(pick(int(phrases.size())))];
                frames.insert(frames.end(), phrase.begin(), phrase.end());
            }
        }
        frames.resize(1500 * kCodebooks);
        const auto numFrames = std::int64_t(frames.size() / kCodebooks);
        std::vector<CodeGrid::Code> grid(frames.size());
        for (std::int64_t t = 0; t < numFrames; ++t)
            for (int k = 0; k < kCodebooks; ++k)
                grid[std::size_t(k * numFrames + t)] = frames[std::size_t(t * kCodebooks + k)];
        saveNpyCodes(QStringLiteral("%1/file%2_c0.npy").arg(dir).arg(f).toStdString(),
                     CodeGrid(kCodebooks, numFrames, std::move(grid)));
    }
}

QByteArray readAll(const QString& file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// `codecbpe encode`'s summary line: "encoded n file(s): C codes -> T tokens (...)".
qint64 encodedTokens(const QString& tokenizer, const QString& codes)
{
    // The ids go to a file beside the tokenizer: an atomic write would replace a device such as /dev/null.
    const ProcessResult r =
        runProcess(cliPath(), {"encode", "--tokenizer", tokenizer, codes, "-o", tokenizer + ".ids.txt"});
    const auto match = QRegularExpression(QStringLiteral("-> (\\d+) tokens")).match(QString::fromUtf8(r.err));
    return r.exitCode == 0 && match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

} // namespace

class TestCliVocabCurve : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void curvePointsEqualEncodingTheTruncatedFolders();
    void truncatedFolderEqualsTrainingDirectly_data();
    void truncatedFolderEqualsTrainingDirectly();
    void tableAndErrors();

private:
    QTemporaryDir m_dir;
    QString m_train;
    QString m_heldOut;
    QString m_tokenizer;
};

void TestCliVocabCurve::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_train = m_dir.filePath("train");
    m_heldOut = m_dir.filePath("heldout");
    writeCodesFolder(m_train, 1, 4);
    writeCodesFolder(m_heldOut, 2, 2);
    m_tokenizer = m_dir.filePath("tokenizer");
    const ProcessResult r = runProcess(cliPath(), {"train-tokenizer", "--codes_path", m_train, "--vocab_size",
                                                   "400", "--pad_token", "<pad>", "--save_path", m_tokenizer});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCliVocabCurve::curvePointsEqualEncodingTheTruncatedFolders()
{
    const ProcessResult r = runProcess(cliPath(), {"vocab-curve", "--tokenizer", m_tokenizer, "--codes_path",
                                                   m_heldOut, "--sizes", "65,66,200,333,400", "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject curve = QJsonDocument::fromJson(r.out).object();
    const QJsonArray points = curve["points"].toArray();
    QCOMPARE(points.size(), 5);
    QCOMPARE(curve["codes"].toInteger(), qint64(2 * 1500 * kCodebooks));
    for (const auto& value : points) {
        const QJsonObject point = value.toObject();
        const qint64 size = point["vocab_size"].toInteger();
        const QString folder = m_dir.filePath(QStringLiteral("prefix-%1").arg(size));
        const ProcessResult t = runProcess(cliPath(), {"truncate-tokenizer", "--tokenizer", m_tokenizer,
                                                       "--vocab_size", QString::number(size), "--save_path", folder});
        QVERIFY2(t.exitCode == 0, t.err.constData());
        const qint64 tokens = encodedTokens(folder, m_heldOut);
        QCOMPARE(point["tokens"].toInteger(), tokens);
        QVERIFY(qAbs(point["codes_per_token"].toDouble() - double(curve["codes"].toInteger()) / double(tokens)) < 1e-9);
        QVERIFY(qAbs(point["tokens_per_second"].toDouble() - double(tokens) / (2 * 1500 / 25.0)) < 1e-9);
    }
    QVERIFY(points[0].toObject()["tokens"].toInteger() > points[4].toObject()["tokens"].toInteger());
}

void TestCliVocabCurve::truncatedFolderEqualsTrainingDirectly_data()
{
    QTest::addColumn<QStringList>("trainFlags");
    QTest::addColumn<int>("vocabSize");
    QTest::newRow("pad, first merge") << QStringList{"--pad_token", "<pad>"} << 66;
    QTest::newRow("pad, middle") << QStringList{"--pad_token", "<pad>"} << 300;
    QTest::newRow("specials, min_frequency stop")
        << QStringList{"--pad_token", "<pad>", "--eos_token", "</s>", "--special_tokens", "<x>", "<y>",
                       "--min_frequency", "40"}
        << 250;
}

void TestCliVocabCurve::truncatedFolderEqualsTrainingDirectly()
{
    QFETCH(QStringList, trainFlags);
    QFETCH(int, vocabSize);
    const QString tag = QString::fromUtf8(QTest::currentDataTag()).replace(' ', '_').replace(',', '_');
    const QString full = m_dir.filePath("full-" + tag);
    const QString direct = m_dir.filePath("direct-" + tag);
    const QString cut = m_dir.filePath("cut-" + tag);
    const QStringList train = QStringList{"train-tokenizer", "--codes_path", m_train} + trainFlags;
    QCOMPARE(runProcess(cliPath(), train + QStringList{"--vocab_size", "900", "--save_path", full}).exitCode, 0);
    QCOMPARE(runProcess(cliPath(), train + QStringList{"--vocab_size", QString::number(vocabSize), "--save_path",
                                                       direct}).exitCode, 0);
    const ProcessResult r = runProcess(cliPath(), {"truncate-tokenizer", "--tokenizer", full, "--vocab_size",
                                                   QString::number(vocabSize), "--save_path", cut});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (const char* name : {"tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"}) {
        QVERIFY(!readAll(direct + '/' + name).isEmpty());
        QVERIFY2(readAll(cut + '/' + name) == readAll(direct + '/' + name), name);
    }
}

void TestCliVocabCurve::tableAndErrors()
{
    const ProcessResult table =
        runProcess(cliPath(), {"vocab-curve", "--tokenizer", m_tokenizer, "--codes_path", m_heldOut});
    QVERIFY2(table.exitCode == 0, table.err.constData());
    const QStringList lines = QString::fromUtf8(table.out).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.front(), QStringLiteral("vocab_size\tmerges\ttokens\tcodes_per_token\ttokens_per_second"));
    // Every size from the base vocabulary (64 codes + <pad>) to the trained one.
    const QJsonObject vocab = QJsonDocument::fromJson(readAll(m_tokenizer + "/tokenizer.json"))["model"]["vocab"].toObject();
    QCOMPARE(vocab.size(), 400);
    QCOMPARE(lines.size(), 1 + 400 - 65 + 1);
    QVERIFY(lines[1].startsWith(QStringLiteral("65\t0\t6000\t1.000000\t")));

    const ProcessResult small = runProcess(cliPath(), {"truncate-tokenizer", "--tokenizer", m_tokenizer,
                                                       "--vocab_size", "10", "--save_path", m_dir.filePath("x")});
    QCOMPARE(small.exitCode, 1);
    QVERIFY2(small.err.contains("--vocab_size 10 is below its 65 special tokens and alphabet characters"),
             small.err.constData());
    QVERIFY(!QFileInfo::exists(m_dir.filePath("x")));
}

QTEST_GUILESS_MAIN(TestCliVocabCurve)
#include "tst_cli_vocabcurve.moc"
