// Tests of TokenizerFolder: HF-exact bytes of the three files, round trips, bad files, and the real HF library.
#include "bpe/TokenizerFolder.h"
#include "common/Error.h"

#include "HfReference.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>

using namespace codecbpe;
namespace fs = std::filesystem;

namespace {

std::string readBytes(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void writeBytes(const fs::path& file, const std::string& bytes)
{
    std::ofstream(file, std::ios::binary) << bytes;
}

fs::path dataFile(const char* name) { return fs::path(test::testDataDir().toStdString()) / "bpe" / name; }

fs::path path(const QTemporaryDir& dir, const char* name = "") { return fs::path(dir.path().toStdString()) / name; }

// <pad>, 一 丁 刀, and merges 一丁, 一丁刀.
TokenizerFolder smallCodecFolder()
{
    TokenizerFolder f;
    f.model.vocab = {"<pad>", "一", "丁", "刀", "一丁", "一丁刀"};
    f.model.merges = {{1, 2, 4}, {4, 3, 5}};
    f.model.addedTokens = {AddedToken{0, "<pad>"}};
    f.specialTokens.pad = "<pad>";
    return f;
}

std::string utf8(char32_t c)
{
    std::string s;
    if (c < 0x80) {
        s += char(c);
    } else if (c < 0x800) {
        s += char(0xC0 | (c >> 6));
        s += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        s += char(0xE0 | (c >> 12));
        s += char(0x80 | ((c >> 6) & 0x3F));
        s += char(0x80 | (c & 0x3F));
    } else {
        s += char(0xF0 | (c >> 18));
        s += char(0x80 | ((c >> 12) & 0x3F));
        s += char(0x80 | ((c >> 6) & 0x3F));
        s += char(0x80 | (c & 0x3F));
    }
    return s;
}

// A large random model (alphabet + merges of random existing pairs), like a 262k-token codec tokenizer.
BpeModel randomModel(std::size_t alphabet, std::size_t merges, unsigned seed)
{
    BpeModel m;
    m.vocab.push_back("<pad>");
    m.addedTokens.push_back(AddedToken{0, "<pad>"});
    for (std::size_t i = 0; i < alphabet; ++i)
        m.vocab.push_back(utf8(char32_t(0xE000 + i)));
    std::mt19937 rng(seed);
    std::set<std::pair<TokenId, TokenId>> pairs;
    std::set<std::string> strings(m.vocab.begin(), m.vocab.end());
    while (m.merges.size() < merges) {
        std::uniform_int_distribution<TokenId> pick(1, m.vocabSize() - 1);
        const TokenId a = pick(rng), b = pick(rng);
        const std::string s = m.vocab[a] + m.vocab[b];
        if (s.size() > 60 || !pairs.insert({a, b}).second || !strings.insert(s).second)
            continue;
        m.merges.push_back({a, b, m.vocabSize()});
        m.vocab.push_back(s);
    }
    return m;
}

} // namespace

class TestTokenizerFolder : public QObject {
    Q_OBJECT

private slots:
    void writesHfTokenizerJsonBytes()
    {
        // Given the layout of hf-bpe-spec section 5 (HF's own bytes are checked in hfRoundTrip below)
        const std::string expected = readBytes(dataFile("small-codec-tokenizer.json"));
        QCOMPARE(smallCodecFolder().tokenizerJson(), expected);
    }

    void writesTransformersSideFiles()
    {
        // transformers 4.x for codec-bpe --pad_token "<pad>" (hf-bpe-spec 7.1)
        const std::string config = readBytes(dataFile("small-codec-tokenizer_config.json"));
        const TokenizerFolder f = smallCodecFolder();
        QCOMPARE(f.tokenizerConfigJson(), config);
        QCOMPARE(f.specialTokensMapJson(), std::string("{\n  \"pad_token\": \"<pad>\"\n}\n"));
    }

    void sortsAddedTokenIdsAsStrings()
    {
        TokenizerFolder f;
        for (TokenId id = 0; id < 12; ++id) {
            f.model.vocab.push_back("<s" + std::to_string(id) + ">");
            f.model.addedTokens.push_back(AddedToken{id, f.model.vocab.back()});
        }
        const std::string json = f.tokenizerConfigJson();
        QVERIFY(json.find("\"1\"") < json.find("\"10\""));
        QVERIFY(json.find("\"11\"") < json.find("\"2\""));
        QCOMPARE(f.specialTokensMapJson(), std::string("{}\n"));
    }

    void escapesLikeSerde()
    {
        TokenizerFolder f;
        f.model.vocab = {"a\"b", "c\\d", "e\nf", std::string("g\x01h", 3), "\x7f", "ö▁"};
        const std::string json = f.tokenizerJson();
        QVERIFY(json.find("\"a\\\"b\": 0") != std::string::npos);
        QVERIFY(json.find("\"c\\\\d\": 1") != std::string::npos);
        QVERIFY(json.find("\"e\\nf\": 2") != std::string::npos);
        QVERIFY(json.find("\"g\\u0001h\": 3") != std::string::npos);
        QVERIFY(json.find("\"\x7f\": 4") != std::string::npos);
        QVERIFY(json.find("\"ö▁\": 5") != std::string::npos);
        QVERIFY(json.find("\"merges\": []") != std::string::npos);
        QVERIFY(json.find("\"added_tokens\": [],") != std::string::npos);
    }

    void roundTripsEverything()
    {
        TokenizerFolder f = smallCodecFolder();
        f.model.vocab.push_back("<unk>");
        f.model.vocab.push_back("a \"b\"\\\n\t");
        f.model.addedTokens.push_back(AddedToken{6, "<unk>", true, true, false, true, false});
        f.model.unkToken = "<unk>";
        f.options.dropout = 0.25;
        f.options.fuseUnk = true;
        f.options.ignoreMerges = true;
        f.options.byteFallback = true;
        f.options.endOfWordSuffix = "</w>";
        f.pipeline.normalizer = "{\"type\":\"NFKC\"}";
        f.pipeline.padding = "{\"strategy\":\"BatchLongest\",\"direction\":\"Right\",\"pad_to_multiple_of\":null,\"pad_id\":0}";
        f.specialTokens = {"<s>", std::nullopt, "<unk>", "<pad>"};
        f.codec = CodecMetadata{8, 2048, 0xE000, 12.5, std::string("mimi"), std::string("kyutai/mimi")};
        QTemporaryDir dir;
        f.write(path(dir));
        const TokenizerFolder back = TokenizerFolder::read(path(dir));
        QVERIFY(back == f);
        // and writing again gives the same bytes
        QTemporaryDir dir2;
        back.write(path(dir2));
        for (const char* name : {"tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"})
            QCOMPARE(readBytes(path(dir2, name)), readBytes(path(dir, name)));
        QVERIFY(readBytes(path(dir, "tokenizer.json")).find("\"dropout\": 0.25,") != std::string::npos);
    }

    void readsLegacyMerges()
    {
        QTemporaryDir dir;
        std::string json = smallCodecFolder().tokenizerJson();
        const std::string pairs = "[\n      [\n        \"一\",\n        \"丁\"\n      ],\n      [\n        \"一丁\",\n"
                                  "        \"刀\"\n      ]\n    ]";
        const std::size_t at = json.find(pairs);
        QVERIFY(at != std::string::npos);
        json.replace(at, pairs.size(), "[\"一 丁\", \"一丁 刀\"]");
        writeBytes(path(dir, "tokenizer.json"), json);
        QVERIFY(TokenizerFolder::readTokenizerJson(path(dir, "tokenizer.json")).model ==
                smallCodecFolder().model);
    }

    void laterDuplicateMergeKeepsItsRank()
    {
        QTemporaryDir dir;
        TokenizerFolder f = smallCodecFolder();
        f.model.merges = {{1, 2, 4}, {4, 3, 5}, {1, 2, 4}}; // as HF: the pair -> rank map keeps the last one
        writeBytes(path(dir, "tokenizer.json"), f.tokenizerJson());
        const BpeModel m = TokenizerFolder::readTokenizerJson(path(dir, "tokenizer.json")).model;
        QCOMPARE(m.merges.size(), std::size_t(2));
        QVERIFY(m.merges[0] == (BpeMerge{4, 3, 5}));
        QVERIFY(m.merges[1] == (BpeMerge{1, 2, 4}));
    }

    void rejectsBadFiles_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("reason");
        QTest::newRow("merge of a missing token") << "\"一丁\",\n        \"刀\"" << "\"一丁\",\n        \"X\""
                                                  << "not in model.vocab";
        QTest::newRow("merge result missing") << "\"一丁刀\": 5" << "\"一丁X\": 5" << "not in model.vocab";
        QTest::newRow("duplicate id") << "\"刀\": 3" << "\"刀\": 2" << "id 2 is used by both";
        QTest::newRow("hole in the ids") << "\"刀\": 3" << "\"刀\": 9" << "not dense";
        QTest::newRow("not JSON") << "\"version\"" << "version" << "not valid JSON";
        QTest::newRow("not BPE") << "\"type\": \"BPE\"" << "\"type\": \"WordPiece\"" << "not supported";
        QTest::newRow("added token with another id") << "\"id\": 0" << "\"id\": 1" << "added token";
        QTest::newRow("bad legacy merge") << "[\n      [\n        \"一\",\n        \"丁\"\n      ]," << "[\"一丁\","
                                          << "two tokens";
    }

    void rejectsBadFiles()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        std::string json = smallCodecFolder().tokenizerJson();
        const std::size_t at = json.find(from.toStdString());
        QVERIFY(at != std::string::npos);
        json.replace(at, from.toUtf8().size(), to.toStdString());
        const fs::path file = path(dir, "tokenizer.json");
        writeBytes(file, json);
        try {
            TokenizerFolder::read(path(dir));
            QFAIL("no Error");
        } catch (const Error& e) {
            QCOMPARE(QString::fromStdString(e.path()), QString::fromStdString(file.string()));
            QVERIFY2(QString::fromStdString(e.reason()).contains(reason), e.what());
        }
    }

    void missingFolderIsAnError()
    {
        QVERIFY_THROWS_EXCEPTION(Error, TokenizerFolder::read("/nonexistent/tokenizer-folder"));
    }

    void failedWriteLeavesTheOldFiles()
    {
        QTemporaryDir dir;
        smallCodecFolder().write(path(dir));
        const std::string config = readBytes(path(dir, "tokenizer_config.json"));
        // Given a tokenizer.json that cannot be replaced (a non-empty directory)
        fs::remove(path(dir, "tokenizer.json"));
        fs::create_directories(path(dir, "tokenizer.json") / "x");
        TokenizerFolder other = smallCodecFolder();
        other.specialTokens.pad.reset();
        // When writing fails, then the other files are untouched and no temporary file is left
        QVERIFY_THROWS_EXCEPTION(Error, other.write(path(dir)));
        QCOMPARE(readBytes(path(dir, "tokenizer_config.json")), config);
        int entries = 0;
        for (const auto& entry : fs::directory_iterator(path(dir))) {
            ++entries;
            QVERIFY2(entry.path().filename().string().find("tmp") == std::string::npos,
                     entry.path().string().c_str());
        }
        QCOMPARE(entries, 3);
    }

    void largeVocabularyIsFast()
    {
        // Given a 262k-token vocabulary (the size of the largest single-codebook codecs)
        TokenizerFolder f;
        f.model = randomModel(65536, 196608, 7);
        QTemporaryDir dir;
        const auto t0 = std::chrono::steady_clock::now();
        f.write(path(dir));
        const auto t1 = std::chrono::steady_clock::now();
        const TokenizerFolder back = TokenizerFolder::read(path(dir));
        const auto t2 = std::chrono::steady_clock::now();
        QVERIFY(back.model == f.model);
        const auto ms = [](auto d) { return std::chrono::duration_cast<std::chrono::milliseconds>(d).count(); };
        qInfo("262k tokens: write %lld ms, read %lld ms, %lld bytes", (long long)ms(t1 - t0),
              (long long)ms(t2 - t1), (long long)fs::file_size(path(dir, "tokenizer.json")));
    }

    void hfRoundTrip()
    {
        CODECBPE_HF_REF_OR_SKIP(hfDir);
        test::HfReference hf(hfDir);
        QTemporaryDir dir;
        const QString corpus = dir.path() + "/corpus.txt";
        QVERIFY2(hf.generateCorpus(corpus, 300000, 3), qPrintable(hf.lastError()));
        // Given a tokenizer trained and saved by HF with codec-bpe's options
        const QString hfOut = dir.path() + "/hf";
        QVERIFY2(hf.train(corpus, hfOut, 6000,
                          {"--codec", "4:1024", "--pad-token", "<pad>", "--unk-token", "<unk>", "--min-frequency", "2"}),
                 qPrintable(hf.lastError()));
        // When we read it and write it back
        const fs::path hfPath = hfOut.toStdString();
        const TokenizerFolder folder = TokenizerFolder::read(hfPath);
        QCOMPARE(folder.model.vocab.size(), std::size_t(6000));
        QCOMPARE(folder.model.unkToken, std::optional<std::string>("<unk>"));
        QCOMPARE(folder.specialTokens.pad, std::optional<std::string>("<pad>"));
        const QString ours = dir.path() + "/ours";
        folder.write(ours.toStdString());
        // Then every file is byte-identical, and HF agrees
        for (const char* name : {"tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"})
            QVERIFY2(readBytes(hfPath / name) == readBytes(fs::path(ours.toStdString()) / name), name);
        QVERIFY2(hf.compare(hfOut + "/tokenizer.json", ours + "/tokenizer.json"), qPrintable(hf.lastError()));
    }

    void hfSerializesOurOptionsTheSame()
    {
        CODECBPE_HF_REF_OR_SKIP(hfDir);
        test::HfReference hf(hfDir);
        // Given non-default model options and a non-special added token, for several f32 dropout formats
        for (const double dropout : {0.1, 1e-7, 0.000001, 0.3333333, 1.0, 0.0}) {
            QTemporaryDir dir;
            TokenizerFolder f = smallCodecFolder();
            f.model.vocab.push_back("<unk>");
            f.model.addedTokens.push_back(AddedToken{6, "<unk>", false, false, false, true, false});
            f.model.unkToken = "<unk>";
            f.options.dropout = dropout;
            f.options.fuseUnk = true;
            f.options.endOfWordSuffix = "</w>";
            f.write(path(dir));
            // When HF loads our file and saves it, then it writes the same bytes
            const QString ours = dir.path() + "/tokenizer.json";
            const QString theirs = dir.path() + "/hf.json";
            QVERIFY2(hf.resave(ours, theirs), qPrintable(hf.lastError()));
            QCOMPARE(readBytes(theirs.toStdString()), readBytes(ours.toStdString()));
        }
    }

    void hfLoadsOurFolder()
    {
        CODECBPE_HF_REF_OR_SKIP(hfDir);
        test::HfReference hf(hfDir);
        QTemporaryDir dir;
        TokenizerFolder f = smallCodecFolder();
        f.model.vocab.push_back("a \"q\"\\");
        f.codec = CodecMetadata{2, 2, 0x4E00, 75.0, std::string("encodec"), std::string("facebook/encodec_24khz")};
        f.write(path(dir));
        QFile text(dir.path() + "/text.txt");
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("一丁刀<pad>一\n");
        text.close();
        std::vector<std::vector<std::uint32_t>> ids;
        QVERIFY2(hf.encode(dir.path() + "/tokenizer.json", text.fileName(), ids), qPrintable(hf.lastError()));
        QCOMPARE(ids.size(), std::size_t(1));
        QCOMPARE(ids[0], (std::vector<std::uint32_t>{5, 0, 1}));
    }
};

QTEST_GUILESS_MAIN(TestTokenizerFolder)
#include "tst_tokenizerfolder.moc"
