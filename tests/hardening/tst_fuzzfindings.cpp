// What the fuzz harnesses (fuzz/) found, one test each: the inputs that crashed, hung or ran out of memory stay fixed.
#include "AllocationMeter.h"
#include "TestSupport.h"

#include "audio/AudioFile.h"
#include "bpe/BpeEncoder.h"
#include "bpe/TokenizerFolder.h"
#include "common/Error.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace codecbpe;

namespace {
QString findingPath(const char* name) { return test::testDataDir() + "/hardening/fuzz-findings/" + name; }

void copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    QVERIFY2(QFile::copy(from, to), qPrintable(from));
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}
} // namespace

class TestFuzzFindings : public QObject {
    Q_OBJECT
private slots:
    // fuzz_audio: a 124-byte FLAC whose STREAMINFO claims about a billion frames made readAudio reserve 4 GB.
    void audioHeaderLengthDoesNotDriveAllocation()
    {
        const test::AllocationMeter meter;
        try {
            readAudio(findingPath("flac-claims-huge-length.flac").toStdString());
        } catch (const Error& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains("flac-claims-huge-length.flac"), e.what());
        }
        QVERIFY2(meter.largestRequest() <= (std::size_t(64) << 20),
                 qPrintable(QString("largest allocation %1 bytes").arg(meter.largestRequest())));
    }

    // fuzz_tokenizer: a number too large for a double in tokenizer_config.json escaped as nlohmann's out_of_range,
    // so the CLI printed a message without the file's name.
    void tokenizerConfigNumberOverflowIsAnError()
    {
        QTemporaryDir dir;
        copyFile(test::testDataDir() + "/bpe/small-codec-tokenizer.json", dir.filePath("tokenizer.json"));
        writeFile(dir.filePath("tokenizer_config.json"), R"({"model_max_length": 1e999})");
        try {
            TokenizerFolder::read(dir.path().toStdString());
            QFAIL("read a tokenizer_config.json holding 1e999");
        } catch (const Error& e) {
            QCOMPARE(QString::fromStdString(e.path()), dir.filePath("tokenizer_config.json"));
        }
    }

    // fuzz_tokenizer: a decoder (or pre-tokenizer) whose "type" is not a string escaped as nlohmann's type_error
    // from BpeEncoder::forFolder.
    void encoderPartOfTheWrongTypeIsAnError_data()
    {
        QTest::addColumn<QByteArray>("decoder");
        QTest::newRow("type true") << QByteArray(R"({"type": true})");
        QTest::newRow("number") << QByteArray("5");
        QTest::newRow("replacement 7")
            << QByteArray(R"({"type": "Metaspace", "replacement": 7, "prepend_scheme": "never"})");
    }

    void encoderPartOfTheWrongTypeIsAnError()
    {
        QFETCH(QByteArray, decoder);
        QTemporaryDir dir;
        const QString tokenizer = dir.filePath("tokenizer.json");
        copyFile(test::testDataDir() + "/bpe/small-codec-tokenizer.json", tokenizer);
        TokenizerFolder broken = TokenizerFolder::read(dir.path().toStdString());
        broken.pipeline.decoder = decoder.toStdString();
        try {
            BpeEncoder::forFolder(broken, dir.path().toStdString());
            QFAIL("an encoder for a decoder of the wrong type");
        } catch (const Error& e) {
            QCOMPARE(QString::fromStdString(e.path()), tokenizer);
        }
    }

    // fuzz_tokenizer (after 5.2 M executions): an empty {} or [] inside an object left the JSON scanner believing
    // the enclosing object had no member yet, so a valid empty vocab followed by the merges was rejected, and a
    // missing comma after it was accepted (the folder then did not read back after writing it).
    void emptyContainerBeforeTheNextMember_data()
    {
        QTest::addColumn<QByteArray>("model");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty vocab, then merges") << QByteArray(R"("vocab": {}, "merges": [])") << true;
        QTest::newRow("empty option array, then vocab") << QByteArray(R"("x": [], "vocab": {"a": 0})") << true;
        QTest::newRow("nested empties") << QByteArray(R"("x": [[], {}], "vocab": {"a": 0})") << true;
        QTest::newRow("no comma after an empty vocab") << QByteArray(R"("vocab": {} "a": 0)") << false;
        QTest::newRow("no comma after an empty array") << QByteArray(R"("x": [] "vocab": {"a": 0})") << false;
    }

    void emptyContainerBeforeTheNextMember()
    {
        QFETCH(QByteArray, model);
        QFETCH(bool, valid);
        QTemporaryDir dir;
        const QString tokenizer = dir.filePath("tokenizer.json");
        writeFile(tokenizer, R"({"model": {"type": "BPE", )" + model + "}}");
        try {
            const TokenizerFolder folder = TokenizerFolder::read(dir.path().toStdString());
            QVERIFY2(valid, "read a tokenizer.json that is not JSON");
            folder.write(dir.filePath("written").toStdString());
            QVERIFY(TokenizerFolder::read(dir.filePath("written").toStdString()) == folder);
        } catch (const Error& e) {
            QVERIFY2(!valid, e.what());
            QCOMPARE(QString::fromStdString(e.path()), tokenizer);
        }
    }

    // The input the harness saved reads no more (its vocab is empty and a comma is missing after it).
    void savedFindingOfTheEmptyVocab()
    {
        QTemporaryDir dir;
        copyFile(findingPath("tokenizer-empty-vocab-missing-comma.json"), dir.filePath("tokenizer.json"));
        QVERIFY_THROWS_EXCEPTION(Error, TokenizerFolder::read(dir.path().toStdString()));
    }
};

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "tst_fuzzfindings.moc"
