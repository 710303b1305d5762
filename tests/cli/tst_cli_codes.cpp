// codecbpe info / codes-to-text / text-to-codes, run as a user runs them: output, exit codes, one-line errors
// naming the file, and no output file left behind on failure.
#include "TestCodecInfo.h"
#include "TestSupport.h"

#include "codes/CodecInfo.h"
#include "codes/Npy.h"
#include "text/CodeAlphabet.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace codecbpe;
using test::runProcess;
using test::testCodecInfo;

namespace {
QByteArray utf8Of(std::initializer_list<char32_t> chars)
{
    return QString::fromUcs4(std::u32string(chars).data(), int(chars.size())).toUtf8();
}

QByteArray firstLine(const QByteArray& text) { return text.split('\n').value(0); }
} // namespace

class TestCliCodes : public QObject {
    Q_OBJECT
private slots:
    void helpListsCommands()
    {
        const auto result = runProcess(test::cliPath(), {"--help"});
        QCOMPARE(result.exitCode, 0);
        for (const char* command : {"info", "codes-to-text", "text-to-codes"})
            QVERIFY2(result.out.contains(command), command);
    }

    void codesToTextMatchesSpecVector()
    {
        // codec-bpe spec 14: codes_to_chars([[0,1,2],[3,4,5]], 1024) -> U+4E00 U+5203 U+4E01 U+5204 U+4E02 U+5205
        QTemporaryDir dir;
        const QString file = dir.filePath("codes.npy");
        saveNpyCodes(file.toStdString(), CodeGrid(2, 3, {0, 1, 2, 3, 4, 5}), NpyDtype::Int64, {1, 2, 3});
        const auto result = runProcess(test::cliPath(), {"codes-to-text", file, "--codebook_size", "1024"});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, utf8Of({0x4E00, 0x5203, 0x4E01, 0x5204, 0x4E02, 0x5205}) + "\n");
    }

    void codesToTextReadsCodecInfoAndTakesFirstCodebooks()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("codes.npy");
        saveNpyCodes(file.toStdString(), CodeGrid(3, 2, {1, 2, 3, 4, 5, 6}), NpyDtype::Int64, {1, 1, 3, 2});
        writeCodecInfo((dir.path() + "/codec_info.json").toStdString(), testCodecInfo(2, 512));
        const auto result = runProcess(test::cliPath(), {"codes-to-text", file});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, utf8Of({0x4E01, 0x4E00 + 512 + 3, 0x4E02, 0x4E00 + 512 + 4}) + "\n");
    }

    void textToCodesRoundTripsRandomGrids()
    {
        std::mt19937 rng(7);
        QTemporaryDir dir;
        for (int round = 0; round < 5; ++round) {
            const int k = 1 + int(rng() % 8);
            const int s = 2 + int(rng() % 2048);
            const int f = 1 + int(rng() % 300);
            std::vector<CodeGrid::Code> values(std::size_t(k) * std::size_t(f));
            for (auto& v : values)
                v = CodeGrid::Code(rng() % std::uint32_t(s));
            const CodeGrid grid(k, f, values);
            const QString codes = dir.filePath(QString("in%1.npy").arg(round));
            const QString text = dir.filePath(QString("in%1.txt").arg(round));
            const QString back = dir.filePath(QString("back%1.npy").arg(round));
            saveNpyCodes(codes.toStdString(), grid);
            const QStringList alphabet{"--num_codebooks", QString::number(k), "--codebook_size", QString::number(s)};
            auto result = runProcess(test::cliPath(), QStringList{"codes-to-text", codes, "-o", text} + alphabet);
            QCOMPARE(result.exitCode, 0);
            result = runProcess(test::cliPath(), QStringList{"text-to-codes", text, "-o", back} + alphabet);
            QVERIFY2(result.exitCode == 0, result.err.constData());
            QCOMPARE(loadNpyCodes(back.toStdString()), grid);
        }
    }

    void textToCodesDropsSpecialTokenText()
    {
        // codec-bpe spec 2.4: "<pad>" + s -> [[0,1,2],[3,4,5]]
        QTemporaryDir dir;
        const QString back = dir.filePath("back.npy");
        const QByteArray text = "<pad>" + utf8Of({0x4E00, 0x5203, 0x4E01, 0x5204, 0x4E02, 0x5205});
        const auto result = runProcess(test::cliPath(), {"text-to-codes", "-", "-o", back, "--num_codebooks", "2",
                                                         "--codebook_size", "1024"},
                                       text);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(loadNpyCodes(back.toStdString()), CodeGrid(2, 3, {0, 1, 2, 3, 4, 5}));
    }

    void largeOffsetInPythonSyntax()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("codes.npy");
        saveNpyCodes(file.toStdString(), CodeGrid(1, 1, {262143}));
        const auto result = runProcess(test::cliPath(), {"codes-to-text", file, "--codebook_size", "262144",
                                                         "--unicode_offset", "0xE000"});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, utf8Of({0x4DFFF}) + "\n");
    }

    void errorsAreOneLineNamingTheFile_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mustMention");
        QTest::newRow("missing file") << QStringList{"codes-to-text", "@DIR@/nope.npy", "--codebook_size", "8"}
                                      << "@DIR@/nope.npy";
        QTest::newRow("no codebook size") << QStringList{"codes-to-text", "@DIR@/ok.npy"} << "--codebook_size";
        QTest::newRow("code outside codebook") << QStringList{"codes-to-text", "@DIR@/ok.npy", "--codebook_size", "4"}
                                               << "@DIR@/ok.npy";
        QTest::newRow("surrogate range") << QStringList{"codes-to-text", "@DIR@/ok.npy", "--codebook_size", "65536"}
                                         << "0xe000";
        QTest::newRow("octal-looking offset") << QStringList{"codes-to-text", "@DIR@/ok.npy", "--codebook_size", "8",
                                                             "--unicode_offset", "057344"}
                                              << "--unicode_offset";
        QTest::newRow("not an npy") << QStringList{"codes-to-text", "@DIR@/text.txt", "--codebook_size", "8"}
                                    << "@DIR@/text.txt";
        QTest::newRow("invalid utf-8") << QStringList{"text-to-codes", "@DIR@/bad.txt", "-o", "@DIR@/out.npy",
                                                      "--num_codebooks", "1", "--codebook_size", "8"}
                                       << "@DIR@/bad.txt";
        QTest::newRow("char above alphabet") << QStringList{"text-to-codes", "@DIR@/text.txt", "-o", "@DIR@/out.npy",
                                                            "--num_codebooks", "1", "--codebook_size", "1"}
                                             << "@DIR@/text.txt";
        QTest::newRow("info on missing path") << QStringList{"info", "@DIR@/missing"} << "@DIR@/missing";
    }
    void errorsAreOneLineNamingTheFile()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mustMention);
        QTemporaryDir dir;
        saveNpyCodes(dir.filePath("ok.npy").toStdString(), CodeGrid(1, 2, {3, 7}));
        QFile text(dir.filePath("text.txt"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(utf8Of({0x4E00, 0x4E05}));
        text.close();
        QFile bad(dir.filePath("bad.txt"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("\xe4\xb8");
        bad.close();
        for (QString& arg : args)
            arg.replace("@DIR@", dir.path());
        mustMention.replace("@DIR@", dir.path());

        const QStringList before = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        const auto result = runProcess(test::cliPath(), args);
        QVERIFY2(result.exitCode != 0, result.out.constData());
        QVERIFY2(result.err.startsWith("codecbpe: error: "), result.err.constData());
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY2(firstLine(result.err).contains(mustMention.toUtf8()), result.err.constData());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), before); // nothing written
    }

    void infoDescribesFileWithDuration()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("speech_c0.npy");
        saveNpyCodes(file.toStdString(), CodeGrid(4, 50), NpyDtype::Int64, {1, 4, 50});
        writeCodecInfo((dir.path() + "/codec_info.json").toStdString(), testCodecInfo(4, 512));
        const auto result = runProcess(test::cliPath(), {"info", file});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("(1, 4, 50) -> 4 codebooks x 50 frames"), result.out.constData());
        QVERIFY2(result.out.contains("<i8"), result.out.constData());
        QVERIFY2(result.out.contains("2.00 s"), result.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliCodes)
#include "tst_cli_codes.moc"
