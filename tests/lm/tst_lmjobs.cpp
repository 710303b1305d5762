// Tests of the jobs the CLI and the studio share for extend-tokenizer and prep-lm-dataset: the alphabet's order of
// sources, the extension's resulting vocabulary size (counted independently from the written tokenizer.json, also
// when every codec token conflicts), the --format names, and empty audio tokens meaning none.
#include "LmTestSupport.h"

#include "codes/CodecInfo.h"
#include "codes/Npy.h"
#include "common/Error.h"
#include "common/Progress.h"
#include "jobs/AlphabetChoice.h"
#include "jobs/ExtendTokenizerJob.h"
#include "jobs/PrepLmDatasetJob.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace codecbpe;
using namespace codecbpe::test;

namespace {

std::string baseTokenizer(const std::string& vocab)
{
    return R"({"added_tokens":[{"id":3,"content":"<s>","single_word":false,"lstrip":false,"rstrip":false,)"
           R"("normalized":false,"special":true}],"normalizer":null,"pre_tokenizer":null,"post_processor":null,)"
           R"("decoder":null,"model":{"type":"BPE","vocab":)" +
           vocab + R"(,"merges":[]}})";
}

// len(model.vocab) and max(added id) + 1, read with nlohmann rather than our scanner.
TokenId idsIn(const std::string& tokenizerJson)
{
    const auto json = nlohmann::json::parse(tokenizerJson);
    auto size = TokenId(json["model"]["vocab"].size());
    for (const auto& token : json["added_tokens"])
        size = std::max(size, token["id"].get<TokenId>() + 1);
    return size;
}

CodecInfo codecInfo(int k, int s)
{
    CodecInfo info;
    info.numCodebooks = k;
    info.codebookSize = s;
    info.framerate = 50.0;
    info.codecType = "test";
    return info;
}

} // namespace

class TstLmJobs : public QObject {
    Q_OBJECT

private slots:
    void alphabetTakesTheUserThenTheTokenizerThenCodecInfo()
    {
        QTemporaryDir tmp;
        const std::filesystem::path dir = tmp.path().toStdString();
        CodecMetadata recorded;
        recorded.numCodebooks = 2;
        recorded.codebookSize = 8;
        recorded.unicodeOffset = 0xE000;
        // Nothing known: codec-bpe's message
        try {
            AlphabetChoice{}.resolve(std::nullopt, dir);
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY(std::string(e.what()).find("you must specify --num_codebooks and --codebook_size") !=
                    std::string::npos);
        }
        writeCodecInfo(dir / "codec_info.json", codecInfo(4, 16));
        CodeAlphabet a = AlphabetChoice{}.resolve(std::nullopt, dir);
        QCOMPARE(a.numCodebooks(), 4);
        QCOMPARE(a.codebookSize(), 16);
        QCOMPARE(a.unicodeOffset(), CodeAlphabet::kDefaultOffset);
        a = AlphabetChoice{}.resolve(recorded, dir);
        QCOMPARE(a.numCodebooks(), 2);
        QCOMPARE(a.codebookSize(), 8);
        QCOMPARE(a.unicodeOffset(), char32_t(0xE000));
        a = AlphabetChoice{1, std::nullopt, char32_t(0x5000)}.resolve(recorded, dir);
        QCOMPARE(a.numCodebooks(), 1);
        QCOMPARE(a.codebookSize(), 8);
        QCOMPARE(a.unicodeOffset(), char32_t(0x5000));
    }

    void vocabularySizeIsTheWrittenTokenizers_data()
    {
        QTest::addColumn<QString>("vocab");
        QTest::addColumn<int>("conflicts");
        QTest::newRow("one conflict") << R"({"a":0,"b":1,"丁":2})" << 1;
        QTest::newRow("no conflict, added token inside the vocabulary")
            << R"({"a":0,"b":1,"c":2,"<s>":3,"d":4})" << 0;
        // Every codec token is already there: no id is new, the model's vocabulary decides
        QTest::newRow("all conflicts") << R"({"a":0,"一":1,"丁":2,"<s>":3,"丂":4,"七":5,"一丁":6,"b":7})" << 5;
    }

    void vocabularySizeIsTheWrittenTokenizers()
    {
        QFETCH(QString, vocab);
        QFETCH(int, conflicts);
        QTemporaryDir tmp;
        const QString base = tmp.filePath("base");
        QDir().mkpath(base);
        writeFileBytes(base + "/tokenizer.json", baseTokenizer(vocab.toStdString()));
        writeFileBytes(base + "/tokenizer_config.json", "{\n  \"bos_token\": \"<s>\"\n}\n");
        makeCodecTokenizer(1, 4, 0x4E00, {{"一", "丁"}}).write(tmp.filePath("codec").toStdString());
        ExtendTokenizerRequest request;
        request.existingTokenizer = base.toStdString();
        request.codecTokenizer = tmp.filePath("codec").toStdString();
        request.options.maxConflictFraction = 1.0;
        NullProgress progress;
        const ExtendTokenizerPreview preview = ExtendTokenizerJob::preview(request, progress);
        QCOMPARE(int(preview.extension.conflicts.size()), conflicts);
        QVERIFY(!preview.segmentation);
        QCOMPARE(preview.segmentationReport(), std::string());
        ExtendTokenizerJob::write(preview, request, tmp.filePath("out").toStdString(), false);
        QCOMPARE(preview.vocabSize, idsIn(readFileBytes(tmp.filePath("out/tokenizer.json"))));
        QVERIFY(!QFileInfo::exists(tmp.filePath("out/codec_bpe_id_map.json")));
    }

    void conflictWarningListsTenAtMost()
    {
        ExtendTokenizerPreview preview;
        QCOMPARE(preview.conflictWarning(), std::string());
        preview.extension.numCodecTokens = 20;
        for (TokenId i = 0; i < 12; ++i)
            preview.extension.conflicts.push_back({"t" + std::to_string(i), i, i + 100});
        const std::string warning = preview.conflictWarning();
        QVERIFY(warning.rfind("warning: 12 of 20 codec tokens were already in the base vocabulary", 0) == 0);
        QVERIFY(warning.find("t9 (9 -> 109) ...") != std::string::npos);
        QVERIFY(warning.find("t10") == std::string::npos);
    }

    void formatNamesRoundTrip()
    {
        for (const LmDatasetFormat format :
             {LmDatasetFormat::Text, LmDatasetFormat::Ids, LmDatasetFormat::Jsonl, LmDatasetFormat::Npy})
            QVERIFY(PrepLmDatasetJob::formatNamed(PrepLmDatasetJob::formatName(format)) == format);
        QVERIFY_THROWS_EXCEPTION(Error, PrepLmDatasetJob::formatNamed("csv"));
    }

    void emptyAudioTokensAreNoneAndTheFramerateComesFromTheTokenizer()
    {
        QTemporaryDir tmp;
        makeCodecTokenizer(1, 4, 0x4E00, {}).write(tmp.filePath("codec").toStdString());
        QDir().mkpath(tmp.filePath("codes"));
        saveNpyCodes(tmp.filePath("codes/a_c0.npy").toStdString(), CodeGrid(1, 3, {0, 1, 2}));
        PrepLmDatasetRequest request;
        request.tokenizer = tmp.filePath("codec").toStdString();
        request.dataset.codesPath = tmp.filePath("codes").toStdString();
        request.dataset.savePath = tmp.filePath("lm.txt").toStdString();
        request.dataset.audioStartToken = "";
        request.dataset.audioEndToken = "<pad>";
        PrepLmDatasetJob job(request);
        QVERIFY(!job.options().audioStartToken);
        QCOMPARE(*job.options().audioEndToken, std::string("<pad>"));
        QCOMPARE(*job.options().codecFramerate, 75.0); // makeCodecTokenizer records 75 Hz
        NullProgress progress;
        const LmDatasetSummary summary = job.run(progress);
        QCOMPARE(job.describe(summary),
                 "1 files in 1 recordings, 3 codes -> 3 tokens -> 1 examples; saved to " +
                     tmp.filePath("lm.txt").toStdString());
        QCOMPARE(readFileBytes(tmp.filePath("lm.txt")), std::string("一丁丂<pad>\n"));
        const LmDatasetStatsOptions stats = job.statsOptions();
        QCOMPARE(stats.datasetPath, request.dataset.savePath);
        QVERIFY(!stats.audioStartToken);
        QCOMPARE(*stats.audioEndToken, std::string("<pad>"));
    }
};

QTEST_GUILESS_MAIN(TstLmJobs)
#include "tst_lmjobs.moc"
