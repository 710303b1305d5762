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
};

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "tst_fuzzfindings.moc"
