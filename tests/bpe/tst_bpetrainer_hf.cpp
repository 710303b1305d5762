// Cross-check of BpeTrainer with the real Hugging Face library: the same synthetic codec corpora trained by HF
// (hf-ref train.js, codec-bpe's settings) and by us must give equal tokenizer.json files (hf-ref compare.js).
#include "HfReference.h"
#include "TestSupport.h"
#include "bpe/BpeTrainer.h"
#include "bpe/TokenizerFolder.h"
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

QTEST_GUILESS_MAIN(TestBpeTrainerHf)
#include "tst_bpetrainer_hf.moc"
