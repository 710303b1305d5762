// Cross-check of BpeTrainer with the real Hugging Face library: the same synthetic codec corpora trained by HF
// (hf-ref train.js, codec-bpe's settings) and by us must give equal tokenizer.json files (hf-ref compare.js).
#include "HfReference.h"
#include "TestSupport.h"
#include "bpe/BpeTrainer.h"
#include "bpe/TokenizerFolder.h"
#include "codes/CodecInfo.h"
#include "codes/Npy.h"
#include "jobs/TrainTokenizerJob.h"
#include "common/Progress.h"
#include "text/Utf8.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace codecbpe;
using namespace codecbpe::test;

class TestBpeTrainerHf : public QObject {
    Q_OBJECT

private slots:
    void equalsHuggingFace_data();
    void equalsHuggingFace();
    void trainTokenizerJobEqualsHuggingFace();
};

void TestBpeTrainerHf::equalsHuggingFace_data()
{
    QTest::addColumn<int>("codebooks");
    QTest::addColumn<int>("codebookSize");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("chars");
    QTest::addColumn<int>("vocabSize");
    QTest::addColumn<int>("minFrequency");
    QTest::addColumn<QStringList>("specials"); // pad, unk, bos, eos (empty = unset), then user special tokens

    QTest::newRow("4x1024 pad, vocab 6000, min 2")
        << 4 << 1024 << 0x4E00 << 400000 << 6000 << 2 << QStringList{"<pad>", "", "", ""};
    QTest::newRow("2x512 eos+bos+special, vocab 2500, min 3")
        << 2 << 512 << 0x4E00 << 300000 << 2500 << 3 << QStringList{"", "", "<s>", "</s>", "<audio>"};
    QTest::newRow("8x256 pad+unk, vocab 9000, min 1")
        << 8 << 256 << 0x4E00 << 300000 << 9000 << 1 << QStringList{"<pad>", "<unk>", "", ""};
    QTest::newRow("1x8192 at 0xE000, pad, vocab 12000, min 2")
        << 1 << 8192 << 0xE000 << 300000 << 11000 << 2 << QStringList{"<pad>", "", "", ""};
}

void TestBpeTrainerHf::equalsHuggingFace()
{
    CODECBPE_HF_REF_OR_SKIP(hfDir);
    QFETCH(int, codebooks);
    QFETCH(int, codebookSize);
    QFETCH(int, offset);
    QFETCH(int, chars);
    QFETCH(int, vocabSize);
    QFETCH(int, minFrequency);
    QFETCH(QStringList, specials);

    // Given a synthetic corpus and the options as codec-bpe's train_tokenizer would pass them
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HfReference hf(hfDir);
    const QString corpus = dir.filePath(QStringLiteral("corpus.txt"));
    const QString offsetHex = QStringLiteral("0x%1").arg(offset, 0, 16);
    QVERIFY2(hf.generateCorpus(corpus, chars, 11,
                               {"--codebooks", QString::number(codebooks), "--codebook-size",
                                QString::number(codebookSize), "--offset", offsetHex}),
             qPrintable(hf.lastError()));

    TrainerOptions options;
    options.numCodebooks = codebooks;
    options.codebookSize = codebookSize;
    options.unicodeOffset = char32_t(offset);
    options.vocabSize = vocabSize;
    options.minFrequency = minFrequency;
    QStringList hfOptions{"--codec", QStringLiteral("%1:%2:%3").arg(codebooks).arg(codebookSize).arg(offsetHex),
                          "--min-frequency", QString::number(minFrequency)};
    const char* flags[] = {"--pad-token", "--unk-token", "--bos-token", "--eos-token"};
    std::optional<std::string>* named[] = {&options.padToken, &options.unkToken, &options.bosToken, &options.eosToken};
    for (int i = 0; i < specials.size(); ++i) {
        if (specials[i].isEmpty())
            continue;
        if (i < 4) {
            *named[i] = specials[i].toStdString();
            hfOptions << flags[i] << specials[i];
        } else {
            options.specialTokens.push_back(specials[i].toStdString());
            hfOptions << "--special-token" << specials[i];
        }
    }

    // When both train
    QVERIFY2(hf.train(corpus, dir.filePath(QStringLiteral("hf")), vocabSize, hfOptions), qPrintable(hf.lastError()));

    BpeTrainer trainer(options);
    QFile file(corpus);
    QVERIFY(file.open(QIODevice::ReadOnly));
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        trainer.addChunk(fromUtf8(std::string_view(line.constData(), std::size_t(line.size())), "corpus"));
    }
    NullProgress progress;
    TokenizerFolder ours;
    ours.model = trainer.train(progress);
    ours.specialTokens = SpecialTokenNames{options.bosToken, options.eosToken, options.unkToken, options.padToken};
    ours.write(dir.filePath(QStringLiteral("ours")).toStdString());
    QVERIFY(ours.model.merges.size() > 100);

    // Then the tokenizer.json files are equal
    QVERIFY2(hf.compare(dir.filePath(QStringLiteral("hf/tokenizer.json")),
                        dir.filePath(QStringLiteral("ours/tokenizer.json"))),
             qPrintable(hf.lastError()));
}

void TestBpeTrainerHf::trainTokenizerJobEqualsHuggingFace()
{
    CODECBPE_HF_REF_OR_SKIP(hfDir);
    // Given a folder of whole-file codes (.npy, "_c0" names) with codec_info.json, made from a synthetic corpus
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HfReference hf(hfDir);
    const QString generated = dir.filePath(QStringLiteral("generated.txt"));
    QVERIFY2(hf.generateCorpus(generated, 300000, 5), qPrintable(hf.lastError()));
    const std::filesystem::path codesDir = dir.filePath(QStringLiteral("codes")).toStdString();
    std::filesystem::create_directories(codesDir);
    writeCodecInfo(codesDir / "codec_info.json", CodecInfo{"encodec", "test", 24000, 24000, 4, 1024, 75.0});
    const CodeAlphabet alphabet(4, 1024);
    QFile in(generated);
    QVERIFY(in.open(QIODevice::ReadOnly));
    // What codec-bpe feeds Hugging Face with --chunk_size_secs 10: chunks of 750 frames of each file, one per line.
    QByteArray chunks;
    for (int n = 0; !in.atEnd(); ++n) {
        QByteArray line = in.readLine().trimmed();
        const CodeGrid codes =
            alphabet.charsToCodes(fromUtf8(std::string_view(line.constData(), std::size_t(line.size())), "corpus")).codes;
        saveNpyCodes(codesDir / ("file" + std::to_string(n) + "_c0.npy"), codes);
        for (std::int64_t begin = 0; begin < codes.numFrames(); begin += 750)
            chunks += QByteArray::fromStdString(toUtf8(alphabet.codesToChars(codes.frames(begin, begin + 750)))) + '\n';
    }
    const QString corpus = dir.filePath(QStringLiteral("chunks.txt"));
    QFile out(corpus);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(chunks);
    out.close();

    // When the job trains with codec-bpe's options (alphabet and frame rate from codec_info.json)
    TrainTokenizerRequest request;
    request.codesPath = codesDir;
    request.options.padToken = "<pad>";
    request.options.vocabSize = 5000;
    request.options.chunkSizeSecs = 10;
    const TrainTokenizerJob job(request);
    QCOMPARE(job.defaultSavePath(), std::filesystem::path("output/encodec_bpe_4cb_5k"));
    NullProgress progress;
    const TrainTokenizerResult result = job.run(progress);
    result.tokenizer.write(dir.filePath(QStringLiteral("ours")).toStdString());
    QVERIFY(result.warnings.empty()); // chunks are set, so no "no timestamps" warning
    QCOMPARE(result.tokenizer.codec->codecType, std::optional<std::string>("encodec"));

    // Then it equals Hugging Face trained on the same chunks
    QVERIFY2(hf.train(corpus, dir.filePath(QStringLiteral("hf")), 5000,
                      {"--codec", "4:1024", "--pad-token", "<pad>", "--min-frequency", "2"}),
             qPrintable(hf.lastError()));
    QVERIFY2(hf.compare(dir.filePath(QStringLiteral("hf/tokenizer.json")),
                        dir.filePath(QStringLiteral("ours/tokenizer.json"))),
             qPrintable(hf.lastError()));

    // And whole files named like codec-bpe's full-length outputs get its warning
    request.options.chunkSizeSecs.reset();
    request.options.maxTokenCodebookNgrams = 1;
    QCOMPARE(TrainTokenizerJob(request).run(progress).warnings.size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestBpeTrainerHf)
#include "tst_bpetrainer_hf.moc"
