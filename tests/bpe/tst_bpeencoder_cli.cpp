// Tests of `codecbpe encode` and `codecbpe decode`: ids equal to BpeEncoder's, the three formats, codes round trip,
// codec metadata from the tokenizer folder or from the flags.
#include "bpe/BpeEncoder.h"
#include "bpe/TokenizerFolder.h"
#include "codes/Npy.h"
#include "text/Utf8.h"

#include "TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <random>

using namespace codecbpe;
namespace fs = std::filesystem;

namespace {

// K=2, S=4 at 0x4E00 with merges that fire on the test grid, and the codec metadata recorded.
TokenizerFolder codecTokenizer(bool withMetadata)
{
    TokenizerFolder f;
    f.model.vocab.push_back("<pad>");
    f.model.addedTokens.push_back(AddedToken{0, "<pad>"});
    for (char32_t c = 0x4E00; c < 0x4E08; ++c)
        f.model.vocab.push_back(toUtf8(std::u32string(1, c)));
    const auto merge = [&f](TokenId a, TokenId b) {
        f.model.merges.push_back({a, b, f.model.vocabSize()});
        f.model.vocab.push_back(f.model.vocab[a] + f.model.vocab[b]);
    };
    merge(1, 5);  // frame (0, 0)
    merge(2, 6);  // frame (1, 1)
    merge(9, 10); // both frames
    f.specialTokens.pad = "<pad>";
    if (withMetadata)
        f.codec = CodecMetadata{2, 4, 0x4E00, 50.0, std::string("test"), std::string("none")};
    return f;
}

CodeGrid testGrid()
{
    std::mt19937 rng(4);
    std::vector<CodeGrid::Code> codes(2 * 200);
    for (auto& c : codes)
        c = CodeGrid::Code(rng() % 2); // codes 0 and 1 only: the merges fire often
    return CodeGrid(2, 200, codes);
}

QString expectedIds(const TokenizerFolder& f, const CodeGrid& grid, const char* separator)
{
    BpeEncoder e(f.model);
    const std::vector<TokenId> ids = e.encode(CodeAlphabet(2, 4).codesToChars(grid));
    QStringList parts;
    for (TokenId id : ids)
        parts << QString::number(id);
    return parts.join(separator);
}

} // namespace

class TestBpeEncoderCli : public QObject {
    Q_OBJECT

private slots:
    void encodesAndDecodesWithRecordedMetadata()
    {
        QTemporaryDir dir;
        const TokenizerFolder f = codecTokenizer(true);
        f.write((dir.path() + "/tok").toStdString());
        const CodeGrid grid = testGrid();
        saveNpyCodes((dir.path() + "/codes.npy").toStdString(), grid);

        const auto text = test::runProcess(test::cliPath(), {"encode", "--tokenizer", dir.path() + "/tok",
                                                             dir.path() + "/codes.npy"});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        const QString ids = expectedIds(f, grid, " ");
        QVERIFY(ids.count(' ') < 300); // the merges fired
        QCOMPARE(QString::fromUtf8(text.out), ids + "\n");

        const auto json = test::runProcess(test::cliPath(), {"encode", "--tokenizer", dir.path() + "/tok",
                                                             dir.path() + "/codes.npy", "--format", "json"});
        QCOMPARE(QString::fromUtf8(json.out), "[" + expectedIds(f, grid, ", ") + "]\n");

        const auto npy = test::runProcess(test::cliPath(), {"encode", "--tokenizer", dir.path() + "/tok",
                                                            dir.path() + "/codes.npy", "--format", "npy", "-o",
                                                            dir.path() + "/ids.npy"});
        QVERIFY2(npy.exitCode == 0, npy.err.constData());
        const auto back = test::runProcess(test::cliPath(), {"decode", "--tokenizer", dir.path() + "/tok",
                                                             dir.path() + "/ids.npy", "-o", dir.path() + "/back.npy"});
        QVERIFY2(back.exitCode == 0, back.err.constData());
        QVERIFY(loadNpyCodes((dir.path() + "/back.npy").toStdString()) == grid);

        // decode also reads the text form, with special tokens in it (dropped)
        const auto fromText = test::runProcess(test::cliPath(), {"decode", "--tokenizer", dir.path() + "/tok", "-",
                                                                 "-o", dir.path() + "/back2.npy"},
                                               ("0 " + ids + " 0\n").toUtf8());
        QVERIFY2(fromText.exitCode == 0, fromText.err.constData());
        QVERIFY(loadNpyCodes((dir.path() + "/back2.npy").toStdString()) == grid);
    }

    void flagsWhenTheTokenizerRecordsNothing()
    {
        QTemporaryDir dir;
        const TokenizerFolder f = codecTokenizer(false);
        f.write((dir.path() + "/tok").toStdString());
        const CodeGrid grid = testGrid();
        fs::create_directories((dir.path() + "/codes/a").toStdString());
        saveNpyCodes((dir.path() + "/codes/a/one.npy").toStdString(), grid);
        saveNpyCodes((dir.path() + "/codes/two.npy").toStdString(), grid.frames(0, 10));

        const auto missing = test::runProcess(test::cliPath(), {"encode", "--tokenizer", dir.path() + "/tok",
                                                                dir.path() + "/codes"});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("--num_codebooks"));

        const auto folder = test::runProcess(test::cliPath(),
                                             {"encode", "--tokenizer", dir.path() + "/tok", dir.path() + "/codes",
                                              "--num_codebooks", "2", "--codebook_size", "4", "--unicode_offset",
                                              "0x4e00"});
        QVERIFY2(folder.exitCode == 0, folder.err.constData());
        QCOMPARE(QString::fromUtf8(folder.out), "a/one.npy\t" + expectedIds(f, grid, " ") + "\ntwo.npy\t" +
                                                    expectedIds(f, grid.frames(0, 10), " ") + "\n");

        // another offset: none of the characters is in the vocabulary
        const auto shifted = test::runProcess(test::cliPath(),
                                              {"encode", "--tokenizer", dir.path() + "/tok",
                                               dir.path() + "/codes/two.npy", "--num_codebooks", "2",
                                               "--codebook_size", "4", "--unicode_offset", "0xE000"});
        QCOMPARE(shifted.exitCode, 0);
        QCOMPARE(shifted.out, QByteArray("\n"));
    }

    void badIdsAreErrors()
    {
        QTemporaryDir dir;
        codecTokenizer(true).write((dir.path() + "/tok").toStdString());
        const auto r = test::runProcess(test::cliPath(), {"decode", "--tokenizer", dir.path() + "/tok", "-", "-o",
                                                          dir.path() + "/x.npy"},
                                        "1 2 99999\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("99999"), r.err.constData());
        QVERIFY(!QFile::exists(dir.path() + "/x.npy"));
    }
};

QTEST_GUILESS_MAIN(TestBpeEncoderCli)
#include "tst_bpeencoder_cli.moc"
