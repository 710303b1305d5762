// Tests for LmDatasetBuilder and LmDatasetTokenizer: codec-bpe's window arithmetic against hand-computed cases,
// the file grouping rule, the examples of each format, audio start/end tokens, drop_last, num_examples, the
// sidecar's overlaps, the extended-tokenizer and id-map modes, and the refusals.
#include "ScriptedProgress.h"
#include "LmTestSupport.h"

#include "bpe/TokenizerExtender.h"
#include "codes/Npy.h"
#include "common/Error.h"
#include "common/Progress.h"
#include "jobs/LmDatasetBuilder.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace codecbpe;
using namespace codecbpe::test;
using Json = nlohmann::json;

namespace {

std::vector<LmWindow> w(std::initializer_list<std::pair<int, int>> list)
{
    std::vector<LmWindow> out;
    for (const auto& [b, e] : list)
        out.push_back(LmWindow{b, e});
    return out;
}

void saveCodes(const QString& file, std::vector<CodeGrid::Code> codes)
{
    const auto n = std::int64_t(codes.size());
    saveNpyCodes(file.toStdString(), CodeGrid(1, n, std::move(codes)), NpyDtype::Int64, {1, 1, n});
}

// codes/: rec_c0_t0 (一丁一丁丂七) + rec_c0_t1 (一丁) form one recording, zz_c0 (七七七) another. With the codec
// tokenizer (<pad>, 一 丁 丂 七, 一丁) they encode to [5 5 3 4 5] and [4 4 4].
struct Fixture {
    QTemporaryDir tmp;
    QString codes = tmp.filePath("codes");
    QString tokenizer = tmp.filePath("codec");

    Fixture()
    {
        QDir().mkpath(codes);
        saveCodes(codes + "/rec_c0_t0.npy", {0, 1, 0, 1, 2, 3});
        saveCodes(codes + "/rec_c0_t1.npy", {0, 1});
        saveCodes(codes + "/zz_c0.npy", {3, 3, 3});
        makeCodecTokenizer(1, 4, 0x4E00, {{"一", "丁"}}).write(tokenizer.toStdString());
    }

    LmDatasetOptions options(const QString& out) const
    {
        LmDatasetOptions o;
        o.codesPath = codes.toStdString();
        o.savePath = out.toStdString();
        return o;
    }

    LmDatasetSummary build(const LmDatasetOptions& o, const QString& dir = {}, const QString& idMap = {}) const
    {
        LmDatasetTokenizer t = LmDatasetTokenizer::load((dir.isEmpty() ? tokenizer : dir).toStdString(),
                                                        idMap.isEmpty() ? std::nullopt
                                                                        : std::optional<std::filesystem::path>(
                                                                              idMap.toStdString()));
        NullProgress progress;
        return LmDatasetBuilder::build(t, CodeAlphabet(1, 4), o, progress);
    }
};

std::string errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

} // namespace

class TstLmDataset : public QObject {
    Q_OBJECT

private slots:
    void windowArithmetic()
    {
        // codec-bpe: end = start + L; stop after a window reaching the end; next start = end - overlap
        QVERIFY(LmDatasetBuilder::windows(10, 4, 1, false) == w({{0, 4}, {3, 7}, {6, 10}}));
        QVERIFY(LmDatasetBuilder::windows(11, 4, 1, false) == w({{0, 4}, {3, 7}, {6, 10}, {9, 11}}));
        QVERIFY(LmDatasetBuilder::windows(11, 4, 1, true) == w({{0, 4}, {3, 7}, {6, 10}}));
        QVERIFY(LmDatasetBuilder::windows(3, 4, 1, false) == w({{0, 3}}));
        QVERIFY(LmDatasetBuilder::windows(3, 4, 1, true).empty());
        QVERIFY(LmDatasetBuilder::windows(4, 4, 3, false) == w({{0, 4}}));
        QVERIFY(LmDatasetBuilder::windows(8, 4, 0, false) == w({{0, 4}, {4, 8}}));
        QVERIFY(LmDatasetBuilder::windows(9, 4, 0, false) == w({{0, 4}, {4, 8}, {8, 9}}));
        QVERIFY(LmDatasetBuilder::windows(7, 3, 2, false) == w({{0, 3}, {1, 4}, {2, 5}, {3, 6}, {4, 7}}));
        // codec-bpe loops forever here; we refuse
        QVERIFY(errorOf([] { LmDatasetBuilder::windows(10, 4, 4, false); }).find("overlap_length 4 must be") !=
                std::string::npos);
        QVERIFY(!errorOf([] { LmDatasetBuilder::windows(10, 0, 0, false); }).empty());
    }

    void grouping()
    {
        QCOMPARE(LmDatasetBuilder::groupKey("/d/a_c0_t000.00_010.00.npy"), std::string("/d/a"));
        QCOMPARE(LmDatasetBuilder::groupKey("/d/a_c1.npy"), std::string("/d/a"));
        QCOMPARE(LmDatasetBuilder::groupKey("/d/x_c12_c3.npy"), std::string("/d/x_c12")); // greedy (.+)
        QCOMPARE(LmDatasetBuilder::groupKey("/d/song_c0_more_c1_t1.npy"), std::string("/d/song_c0_more"));
        for (const char* bad : {"/d/a.npy", "/d/a_c.npy", "/d/a_cx_1.npy", "/d_c1/a.npy", "_c1.npy"})
            QVERIFY2(errorOf([bad] { LmDatasetBuilder::groupKey(bad); }).find("has no \"_c<digits>\"") !=
                         std::string::npos,
                     bad);
    }

    void textWithAudioTokensAndSidecar()
    {
        Fixture f;
        LmDatasetOptions o = f.options(f.tmp.filePath("out/lm.txt"));
        o.audioStartToken = "<pad>";
        o.sequenceLength = 4; // window 3 after the start token
        o.overlapLength = 1;
        o.codecFramerate = 75.0;
        const LmDatasetSummary s = f.build(o);
        QCOMPARE(s.files, std::size_t(3));
        QCOMPARE(s.groups, std::size_t(2));
        QCOMPARE(s.examples, std::int64_t(3));
        QCOMPARE(s.codes, std::int64_t(11));
        QCOMPARE(s.tokens, std::int64_t(8));
        QCOMPARE(readFileBytes(f.tmp.filePath("out/lm.txt")), std::string("<pad>一丁一丁丂\n<pad>丂七一丁\n<pad>七七七\n"));
        const Json side = Json::parse(readFileBytes(f.tmp.filePath("out/lm.txt.meta.json")));
        QVERIFY(side["overlap_codes"] == Json::parse("[0, 1, 0]")); // the 丂 repeated at the start of example 2
        QCOMPARE(side["num_codebooks"].get<int>(), 1);
        QCOMPARE(side["codec_framerate"].get<double>(), 75.0);
        QCOMPARE(side["audio_start_token"].get<std::string>(), std::string("<pad>"));
    }

    void idFormatsDropLastAndNumExamples()
    {
        Fixture f;
        LmDatasetOptions o = f.options(f.tmp.filePath("ids.txt"));
        o.sequenceLength = 2;
        o.overlapLength = 0;
        o.format = LmDatasetFormat::Ids;
        f.build(o);
        // [5 5 3 4 5] -> [5 5] [3 4] [5]; [4 4 4] -> [4 4] [4]
        QCOMPARE(readFileBytes(f.tmp.filePath("ids.txt")), std::string("5 5\n3 4\n5\n4 4\n4\n"));
        o.dropLast = true;
        f.build(o);
        QCOMPARE(readFileBytes(f.tmp.filePath("ids.txt")), std::string("5 5\n3 4\n4 4\n"));
        o.format = LmDatasetFormat::Jsonl;
        o.audioEndToken = "<pad>";
        o.sequenceLength = 3;
        o.numExamples = 2;
        f.build(o);
        QCOMPARE(readFileBytes(f.tmp.filePath("ids.txt")),
                 std::string("{\"input_ids\": [5, 5, 0]}\n{\"input_ids\": [3, 4, 0]}\n"));
        o.numExamples = 0;
        f.build(o);
        QCOMPARE(readFileBytes(f.tmp.filePath("ids.txt")), std::string());
        // npy: (examples, longest), shorter rows padded with -1
        o = f.options(f.tmp.filePath("ids.npy"));
        o.sequenceLength = 2;
        o.overlapLength = 0;
        o.format = LmDatasetFormat::Npy;
        f.build(o);
        const NpyHeader header = readNpyHeader(f.tmp.filePath("ids.npy").toStdString());
        QCOMPARE(header.descr, std::string("<i8"));
        QVERIFY((header.shape == std::vector<std::int64_t>{5, 2}));
        const CodeGrid grid = loadNpyCodes(f.tmp.filePath("ids.npy").toStdString());
        QVERIFY((grid.codebookMajor() == std::vector<CodeGrid::Code>{5, 5, 3, 4, 5, -1, 4, 4, 4, -1}));
    }

    void extendedTokenizerAndIdMap()
    {
        // Given an extended tokenizer (a hand-made base with <s>, then <audio> and the codec tokens added)
        Fixture f;
        const QString base = f.tmp.filePath("base");
        QDir().mkpath(base);
        writeFileBytes(base + "/tokenizer.json",
                       R"({"added_tokens":[{"id":2,"content":"<s>","single_word":false,"lstrip":false,"rstrip":false,)"
                       R"("normalized":false,"special":true}],"normalizer":null,"pre_tokenizer":null,)"
                       R"("post_processor":{"type":"TemplateProcessing","single":[{"SpecialToken":{"id":"<s>",)"
                       R"("type_id":0}},{"Sequence":{"id":"A","type_id":0}}],"pair":[],"special_tokens":{"<s>":)"
                       R"({"id":"<s>","ids":[2],"tokens":["<s>"]}}},"decoder":null,"model":{"type":"BPE",)"
                       R"("vocab":{"a":0,"丁":1},"merges":[]}})");
        writeFileBytes(base + "/tokenizer_config.json", "{\n  \"bos_token\": \"<s>\"\n}\n");
        ExtendOptions eo;
        eo.additionalSpecialTokens = {"<audio>"};
        const TokenizerExtension ext =
            TokenizerExtender::extend(base.toStdString(), f.tokenizer.toStdString(), eo);
        const QString extended = f.tmp.filePath("extended");
        ext.write(extended.toStdString());
        writeFileBytes(extended + "/codec_bpe_id_map.json", ext.idMapJson(f.tokenizer.toStdString()));
        // <audio> 3; 一 4, 丁 keeps 1 (conflict), 丂 5, 七 6, 一丁 7
        LmDatasetOptions o = f.options(f.tmp.filePath("ids.txt"));
        o.sequenceLength = 4;
        o.overlapLength = 0;
        o.audioStartToken = "<audio>";
        o.format = LmDatasetFormat::Ids;
        // When the extended tokenizer encodes: <s> is stripped (room reserved), audio matched leftmost-longest
        f.build(o, extended);
        QCOMPARE(readFileBytes(f.tmp.filePath("ids.txt")), std::string("3 7 7\n3 5 6\n3 7\n3 6 6\n3 6\n"));
        o.format = LmDatasetFormat::Text;
        f.build(o, extended);
        QCOMPARE(readFileBytes(f.tmp.filePath("ids.txt")),
                 std::string("<audio>一丁一丁\n<audio>丂七\n<audio>一丁\n<audio>七七\n<audio>七\n"));
        // With the id map, the codec tokenizer's BPE ids are mapped (no BOS: the window is one token longer)
        o.format = LmDatasetFormat::Ids;
        f.build(o, f.tokenizer, extended + "/codec_bpe_id_map.json");
        QCOMPARE(readFileBytes(f.tmp.filePath("ids.txt")), std::string("3 7 7 5\n3 6 7\n3 6 6 6\n"));
    }

    void refusals()
    {
        Fixture f;
        LmDatasetOptions o = f.options(f.tmp.filePath("x.txt"));
        o.audioStartToken = "<nope>";
        QCOMPARE(errorOf([&] { f.build(o); }), std::string("Token '<nope>' not found in tokenizer"));
        o.audioStartToken = "<pad>";
        o.audioEndToken = "<pad>";
        o.sequenceLength = 4;
        o.overlapLength = 2; // window 2
        QVERIFY(errorOf([&] { f.build(o); }).find("overlap_length 2 must be at least 0 and smaller than the window "
                                                  "of 2 tokens") != std::string::npos);
        saveCodes(f.codes + "/bad.npy", {0});
        o.overlapLength = 0;
        const std::string bad = errorOf([&] { f.build(o); });
        QVERIFY2(bad.find("bad.npy") != std::string::npos && bad.find("has no \"_c<digits>\"") != std::string::npos,
                 bad.c_str());
        QVERIFY(!QFileInfo::exists(f.tmp.filePath("x.txt"))); // nothing written
        QVERIFY(errorOf([&] { LmDatasetTokenizer::load(f.codes.toStdString(), std::nullopt); })
                    .find("is not a tokenizer folder") != std::string::npos);
    }

    void cancelledRunLeavesNoTrace()
    {
        // The dataset goes into folders that do not exist yet; a run cancelled before it finishes must leave
        // neither a file nor the folders it made for them.
        Fixture f;
        const QString top = f.tmp.filePath("new");
        LmDatasetOptions o = f.options(top + "/deeper/data.txt");
        LmDatasetTokenizer t = LmDatasetTokenizer::load(f.tokenizer.toStdString(), std::nullopt);
        ScriptedProgress cancel(1);
        QVERIFY_THROWS_EXCEPTION(Cancelled, LmDatasetBuilder::build(t, CodeAlphabet(1, 4), o, cancel));
        QVERIFY(!QFileInfo::exists(top));

        f.build(o);
        QVERIFY(QFileInfo::exists(top + "/deeper/data.txt"));
    }
};

QTEST_GUILESS_MAIN(TstLmDataset)
#include "tst_lmdataset.moc"
