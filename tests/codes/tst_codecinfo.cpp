// Tests codec_info.json reading and writing, and Python's float and string text forms, against Debian's Python.
#include "CodesTestSupport.h"
#include "TestSupport.h"
#include "codes/CodecInfo.h"
#include "codes/PythonRepr.h"
#include "common/Error.h"

#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <functional>
#include <random>

using namespace codecbpe;
using test::readBytes;
using test::verifyError;
using test::writeBytes;

namespace {

// Runs python_repr.py in `mode` with `input` on stdin; returns its output lines.
QList<QByteArray> pythonRepr(const QStringList& args, const QByteArray& input)
{
    const auto result = test::runProcess(test::debianPython(),
                                         QStringList{test::testDataDir() + "/codes/python_repr.py"} + args, input);
    if (result.exitCode != 0)
        qWarning("python_repr.py failed: %s", result.err.constData());
    return result.exitCode == 0 ? result.out.trimmed().split('\n') : QList<QByteArray>{};
}

CodecInfo info(std::string type, std::string model, int encoderRate, int decoderRate, int codebooks, int size,
               double framerate)
{
    return CodecInfo{std::move(type), std::move(model), encoderRate, decoderRate, codebooks, size, framerate};
}

const std::vector<CodecInfo>& sampleInfos()
{
    static const std::vector<CodecInfo> infos = {
        info("encodec", "facebook/encodec_24khz", 24000, 24000, 8, 1024, 75.0),
        info("encodec", "facebook/encodec_32khz", 32000, 32000, 4, 2048, 50.0),
        info("dac", "descript/dac_44khz", 44100, 44100, 9, 1024, 86.1328125),
        info("mimi", "kyutai/mimi", 24000, 24000, 8, 2048, 12.5),
        info("xcodec2", "HKUSTAudio/xcodec2", 16000, 16000, 1, 65536, 50.0),
        info("neucodec", "neuphonic/neucodec", 16000, 24000, 1, 65536, 25.0),
        info("codec2", "Ünïcödé \"mödel\" \\ \t\x7f \xF0\x9F\x8E\xB5 μ", 8000, 8000, 4, 256, 1e-05),
    };
    return infos;
}

} // namespace

class TestCodecInfo : public QObject {
    Q_OBJECT
private slots:
    void writesWhatJsonDumpWrites()
    {
        // Given the infos audio_to_codes writes for several codecs, our bytes equal json.dump(info, f, indent=4).
        QTemporaryDir dir;
        nlohmann::json given = nlohmann::json::array();
        for (const CodecInfo& codec : sampleInfos())
            given.push_back({{"codec_type", codec.codecType}, {"codec_model", codec.codecModel},
                             {"sampling_rate_encoder", codec.samplingRateEncoder},
                             {"sampling_rate_decoder", codec.samplingRateDecoder},
                             {"num_codebooks", codec.numCodebooks}, {"codebook_size", codec.codebookSize},
                             {"framerate", codec.framerate}});
        const auto result = test::runProcess(test::debianPython(),
                                             {test::testDataDir() + "/codes/python_repr.py", "infos", dir.path()},
                                             QByteArray::fromStdString(given.dump()));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        for (std::size_t i = 0; i < sampleInfos().size(); ++i) {
            const QString pythonFile = dir.filePath(QString::number(i) + ".json");
            const QByteArray expected = readBytes(pythonFile);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(QByteArray::fromStdString(codecInfoToJson(sampleInfos()[i])), expected);
            const QString ours = dir.filePath(QString::number(i) + "-ours.json");
            writeCodecInfo(ours.toStdString(), sampleInfos()[i]);
            QCOMPARE(readBytes(ours), expected);
            // And reading Python's file gives the info back.
            QVERIFY(readCodecInfo(pythonFile.toStdString()) == sampleInfos()[i]);
        }
    }

    void goldenLayout()
    {
        QCOMPARE(QByteArray::fromStdString(codecInfoToJson(sampleInfos()[0])),
                 QByteArray("{\n    \"codec_type\": \"encodec\",\n    \"codec_model\": \"facebook/encodec_24khz\",\n"
                            "    \"sampling_rate_encoder\": 24000,\n    \"sampling_rate_decoder\": 24000,\n"
                            "    \"num_codebooks\": 8,\n    \"codebook_size\": 1024,\n    \"framerate\": 75.0\n}"));
    }

    void floatReprMatchesPython()
    {
        // Fixed edge cases plus random doubles over the whole exponent range, compared with Python's repr().
        std::vector<double> values = {0.0, -0.0, 1.0, 75.0, 86.1328125, 12.5, 0.1, 1e-4, 1e-5, 1.5e-5, 0.00012345,
                                      123456789012345.6, 1e15, 9999999999999998.0, 1e16, 1.2345e16, 1e22, 1e100,
                                      5e-324, 1.7976931348623157e308, 2.0 / 3.0, -44100.0, 100.0, 1e-07};
        std::mt19937_64 rng(99);
        for (int i = 0; i < 3000; ++i) {
            double value = 0;
            do {
                const std::uint64_t bits = rng();
                std::memcpy(&value, &bits, sizeof value);
            } while (!std::isfinite(value));
            values.push_back(i % 2 ? value : std::ldexp(double(rng() % 100000) / 64.0, int(rng() % 80) - 40));
        }
        QByteArray input;
        for (const double value : values) {
            char hex[64];
            std::snprintf(hex, sizeof hex, "%a\n", value);
            input += hex;
        }
        const QList<QByteArray> expected = pythonRepr({"floats"}, input);
        QCOMPARE(std::size_t(expected.size()), values.size());
        for (std::size_t i = 0; i < values.size(); ++i)
            QCOMPARE(QByteArray::fromStdString(pythonFloatRepr(values[i])), expected[int(i)]);
        QCOMPARE(pythonFloatRepr(std::nan("")), std::string("NaN"));
        QCOMPARE(pythonFloatRepr(-HUGE_VAL), std::string("-Infinity"));
    }

    void jsonStringMatchesPython()
    {
        const std::vector<std::string> strings = {"", "plain", "quote \" and \\ backslash", "\b\f\n\r\t\x01\x1f", "\x7f",
                                                  "é ü ß", "日本語", "\xF0\x9F\x8E\xB5 \xF4\x8F\xBF\xBF", "/slash/"};
        QByteArray input;
        for (const std::string& text : strings)
            input += QByteArray::fromStdString(nlohmann::json(text).dump()) + "\n";
        const QList<QByteArray> expected = pythonRepr({"strings"}, input);
        QCOMPARE(std::size_t(expected.size()), strings.size());
        for (std::size_t i = 0; i < strings.size(); ++i)
            QCOMPARE(QByteArray::fromStdString(pythonJsonString(strings[i])), expected[int(i)]);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, pythonJsonString("\xff"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, pythonJsonString("\xed\xa0\x80")); // an encoded surrogate
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, pythonJsonString("\xc0\xaf"));     // overlong '/'
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, pythonJsonString("\xe6\x97"));     // cut short
    }

    void readsLegacyLayout()
    {
        // codec-bpe 1.3.x wrote one "sampling_rate".
        QTemporaryDir dir;
        const QString file = dir.filePath("codec_info.json");
        writeBytes(file, "{\"codec_type\": \"dac\", \"codec_model\": \"descript/dac_16khz\", \"sampling_rate\": 16000, "
                         "\"num_codebooks\": 12, \"codebook_size\": 1024, \"framerate\": 50}");
        const CodecInfo read = readCodecInfo(file.toStdString());
        QVERIFY(read == info("dac", "descript/dac_16khz", 16000, 16000, 12, 1024, 50.0));
    }

    void readsMinimalFile()
    {
        // codec-bpe's readers use only these four keys, so a hand-written file with just them is accepted.
        QTemporaryDir dir;
        const QString file = dir.filePath("codec_info.json");
        writeBytes(file, "{\"codec_type\": \"mimi\", \"num_codebooks\": 8, \"codebook_size\": 2048, \"framerate\": 12.5}");
        QVERIFY(readCodecInfo(file.toStdString()) == info("mimi", "", 0, 0, 8, 2048, 12.5));
    }

    void readErrors()
    {
        QTemporaryDir dir;
        const auto check = [&dir](const QString& name, const QByteArray& text, const QString& part) {
            const QString file = dir.filePath(name);
            writeBytes(file, text);
            verifyError([&] { readCodecInfo(file.toStdString()); }, file, part);
        };
        const QByteArray rest = "\"codebook_size\": 1024, \"framerate\": 75.0";
        check("no_type.json", "{\"num_codebooks\": 8, " + rest + "}", "missing key \"codec_type\"");
        check("no_codebooks.json", "{\"codec_type\": \"encodec\", " + rest + "}", "missing key \"num_codebooks\"");
        check("no_framerate.json", "{\"codec_type\": \"encodec\", \"num_codebooks\": 8, \"codebook_size\": 1024}",
              "missing key \"framerate\"");
        check("string_count.json", "{\"codec_type\": \"encodec\", \"num_codebooks\": \"8\", " + rest + "}",
              "\"num_codebooks\" must be an integer, not \"8\"");
        check("float_count.json", "{\"codec_type\": \"encodec\", \"num_codebooks\": 8.0, " + rest + "}",
              "\"num_codebooks\" must be an integer, not 8.0");
        check("zero_count.json", "{\"codec_type\": \"encodec\", \"num_codebooks\": 0, " + rest + "}",
              "\"num_codebooks\" must be at least 1");
        check("huge_count.json", "{\"codec_type\": \"encodec\", \"num_codebooks\": 99999999999, " + rest + "}",
              "\"num_codebooks\" is out of range");
        check("type_number.json", "{\"codec_type\": 3, \"num_codebooks\": 8, " + rest + "}",
              "\"codec_type\" must be a string");
        check("string_rate.json", "{\"codec_type\": \"encodec\", \"num_codebooks\": 8, \"codebook_size\": 1024, \"framerate\": \"75\"}",
              "\"framerate\" must be a number");
        check("zero_rate.json", "{\"codec_type\": \"encodec\", \"num_codebooks\": 8, \"codebook_size\": 1024, \"framerate\": 0}",
              "\"framerate\" must be positive");
        check("bad_sr.json", "{\"codec_type\": \"encodec\", \"num_codebooks\": 8, \"sampling_rate_encoder\": null, " + rest + "}",
              "\"sampling_rate_encoder\" must be an integer");
        check("not_json.json", "{\"codec_type\": ", "not valid JSON");
        check("array.json", "[1, 2]", "must be a JSON object");
        verifyError([] { readCodecInfo("/nonexistent/codec_info.json"); }, "/nonexistent/codec_info.json", "cannot open");
    }

    void findsInfoAtThatLevelOnly()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath("sub"));
        QVERIFY(!findCodecInfo(dir.path().toStdString()));
        writeCodecInfo(dir.filePath("sub/codec_info.json").toStdString(), sampleInfos()[3]);
        QVERIFY(!findCodecInfo(dir.path().toStdString()));
        const auto found = findCodecInfo(dir.filePath("sub").toStdString());
        QVERIFY(found && *found == sampleInfos()[3]);
    }

    void equality()
    {
        CodecInfo changed = sampleInfos()[0];
        QVERIFY(changed == sampleInfos()[0]);
        changed.samplingRateDecoder = 16000;
        QVERIFY(!(changed == sampleInfos()[0]));
    }
};

QTEST_GUILESS_MAIN(TestCodecInfo)
#include "tst_codecinfo.moc"
