// Tests tools/export_codec.py with Debian's python3-torch against our loader: a small convolutional RVQ codec
// (tests/data/torch/tiny_rvq.py) is exported through the generic path, and TorchScriptCodec must give the codes
// (alone and batched as codec-bpe batches) and the audio that PyTorch gives for the same inputs.
#include "TestSupport.h"
#include "torch/TorchScriptCodec.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace codecbpe;
using Json = nlohmann::json;

namespace {

CodeGrid gridFromJson(const Json& rows)
{
    const auto numCodebooks = int(rows.size());
    const auto numFrames = std::int64_t(numCodebooks == 0 ? 0 : rows[0].size());
    std::vector<CodeGrid::Code> values;
    for (const auto& row : rows)
        for (const auto& code : row)
            values.push_back(code.get<CodeGrid::Code>());
    return CodeGrid(numCodebooks, numFrames, std::move(values));
}

// Exports tiny_rvq.py to `output` with --reference; fails the test with Python's message if it cannot.
bool exportTinyRvq(const QString& output, const QString& reference, const QStringList& extra = {})
{
    const auto result = test::runProcess(
        test::debianPython(), QStringList{test::sourceDir() + "/tools/export_codec.py", "--generic",
                                          test::testDataDir() + "/torch/tiny_rvq.py", "--output", output,
                                          "--reference", reference} + extra);
    if (result.exitCode != 0)
        qWarning().noquote() << "export_codec.py failed (CI installs python3-torch for /usr/bin/python3):\n"
                             << result.err;
    return result.exitCode == 0;
}

} // namespace

class TstTorchExport : public QObject {
    Q_OBJECT

private slots:
    void pythonHasTorch()
    {
        const auto result = test::runProcess(test::debianPython(), {"-c", "import torch; print(torch.__version__)"});
        QVERIFY2(result.exitCode == 0, "/usr/bin/python3 has no torch: apt-get install python3-torch");
        qInfo().noquote() << "python3-torch" << result.out.trimmed();
    }

    void helpDocumentsTheOperatorCaveats()
    {
        const auto result = test::runProcess(test::debianPython(), {test::sourceDir() + "/tools/export_codec.py", "--help"});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("aten::scaled_dot_product_attention"));
        QVERIFY(result.out.contains("aten::rms_norm"));
    }

    void loaderGivesTheCodesPyTorchGives_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QStringList>("flags");
        QTest::newRow("scripted archive") << "tiny.ts" << QStringList{"--method", "script"};
        QTest::newRow("traced folder") << "tiny-folder" << QStringList{"--method", "trace"};
    }

    void loaderGivesTheCodesPyTorchGives()
    {
        QFETCH(QString, output);
        QFETCH(QStringList, flags);
        QTemporaryDir dir;
        const QString reference = dir.filePath("reference.json");
        QVERIFY(exportTinyRvq(dir.filePath(output), reference, flags));

        std::ifstream in(reference.toStdString());
        const Json expected = Json::parse(in);
        TorchScriptCodec codec(dir.filePath(output).toStdString());
        QCOMPARE(codec.info().codecType, std::string("tiny_rvq"));
        QCOMPARE(codec.info().codecModel, std::string("TinyRVQ"));
        QCOMPARE(codec.info().samplingRateEncoder, 16000);
        QCOMPARE(codec.info().numCodebooks, 4);
        QCOMPARE(codec.info().codebookSize, 32);
        QCOMPARE(codec.info().framerate, 2000.0);

        std::vector<std::vector<float>> inputs;
        for (const auto& input : expected["inputs"])
            inputs.push_back(input.get<std::vector<float>>());
        QCOMPARE(inputs.size(), std::size_t(3));
        for (std::size_t i = 0; i < inputs.size(); ++i) {
            const CodeGrid codes = codec.encode(inputs[i]);
            QCOMPARE(codes.numFrames(), std::int64_t((inputs[i].size() + 7) / 8));
            QVERIFY2(codes == gridFromJson(expected["codes"][i]), qPrintable(QString("input %1 alone").arg(i)));
        }
        const auto batch = codec.encodeBatch(inputs);
        for (std::size_t i = 0; i < inputs.size(); ++i)
            QVERIFY2(batch[i] == gridFromJson(expected["batch_codes"][i]), qPrintable(QString("input %1 batched").arg(i)));

        const auto audio = codec.decode(gridFromJson(expected["codes"][0]));
        const auto pytorchAudio = expected["decoded_first"].get<std::vector<float>>();
        QCOMPARE(audio.size(), pytorchAudio.size());
        float maxDiff = 0;
        for (std::size_t i = 0; i < audio.size(); ++i)
            maxDiff = std::max(maxDiff, std::abs(audio[i] - pytorchAudio[i]));
        qInfo() << "decode max |C++ - PyTorch|" << maxDiff;
        QVERIFY(maxDiff <= 1e-5f);
    }
};

QTEST_GUILESS_MAIN(TstTorchExport)
#include "tst_torchexport.moc"
