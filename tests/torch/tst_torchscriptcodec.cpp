// Tests TorchScriptCodec against small codecs built in C++ with torch::jit::Module::define, saved and loaded back.
// The only test that includes libtorch: it needs it to build the modules (and a hand-edited archive).
#include "codecs/Codec2Codec.h"
#include "codecs/CodecRegistry.h"
#include "codecs/TorchScriptFamilies.h"
#include "common/Error.h"
#include "torch/TorchMessages.h"
#include "torch/TorchScriptCodec.h"

#include <ATen/Parallel.h>
#include <caffe2/serialize/inline_container.h>
#include <torch/script.h>

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <thread>

using namespace codecbpe;

namespace {

// The tiny codec: two codebooks of 16 codes, one frame per 4 samples (the input is zero-padded to a multiple
// of 4). All weights and test samples are dyadic, so the float arithmetic is exact and the expected codes can be
// computed by hand below.
constexpr int kHop = 4;
constexpr int kCodebooks = 2;
constexpr int kCodebookSize = 16;
const float kWeights[kCodebooks][kHop] = {{0.5f, -0.25f, 0.125f, 1.0f}, {-1.0f, 0.75f, 0.5f, 0.25f}};

const char* const kPadAndConv = R"(
def frames(self, wav: Tensor) -> Tensor:
    pad = (4 - wav.size(2) % 4) % 4
    return torch.conv1d(torch.constant_pad_nd(wav, [0, pad], 0.), self.w, stride=4)
)";
const char* const kEncode = R"(
def encode(self, wav: Tensor) -> Tensor:
    return torch.clamp(torch.floor((self.frames(wav) + 1.0) * 8.0), 0, 15).long()
)";
const char* const kDecode = R"(
def decode(self, codes: Tensor) -> Tensor:
    return torch.conv_transpose1d(codes.float() / 8.0 - 1.0, self.w, stride=4)
)";

std::string codecJson(int numCodebooks = kCodebooks, int codebookSize = kCodebookSize)
{
    return R"({"codec_type": "tiny", "codec_model": "tiny-conv", "sampling_rate_encoder": 16000,
               "sampling_rate_decoder": 16000, "num_codebooks": )" +
           std::to_string(numCodebooks) + R"(, "codebook_size": )" + std::to_string(codebookSize) +
           R"(, "framerate": 4000.0})";
}

torch::jit::Module tinyModule(const std::string& methods)
{
    torch::jit::Module module("TinyCodec");
    torch::Tensor w = torch::empty({kCodebooks, 1, kHop});
    for (int k = 0; k < kCodebooks; ++k)
        for (int j = 0; j < kHop; ++j)
            w[k][0][j] = kWeights[k][j];
    module.register_parameter("w", w, false);
    module.define(std::string(kPadAndConv) + methods);
    return module;
}

// Saves `module` with codec.json embedded (unless `embeddedJson` is nullopt) and returns the file name.
std::string save(torch::jit::Module& module, const QTemporaryDir& dir, const std::string& name,
                 const std::optional<std::string>& embeddedJson = codecJson())
{
    const std::string path = dir.filePath(QString::fromStdString(name)).toStdString();
    torch::jit::ExtraFilesMap extra;
    if (embeddedJson)
        extra["codec.json"] = *embeddedJson;
    module.save(path, extra);
    return path;
}

void writeText(const std::string& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

// The codes the tiny codec must give, computed without torch.
CodeGrid expectedCodes(std::vector<float> samples)
{
    const auto frames = std::int64_t((samples.size() + kHop - 1) / kHop);
    samples.resize(std::size_t(frames * kHop), 0.0f);
    CodeGrid grid(kCodebooks, frames);
    for (int k = 0; k < kCodebooks; ++k) {
        for (std::int64_t f = 0; f < frames; ++f) {
            float h = 0;
            for (int j = 0; j < kHop; ++j)
                h += kWeights[k][j] * samples[std::size_t(f * kHop + j)];
            grid.at(k, f) = CodeGrid::Code(std::clamp(std::floor((h + 1.0f) * 8.0f), 0.0f, 15.0f));
        }
    }
    return grid;
}

// Random dyadic samples in [-1, 1) (multiples of 1/64): exact in float arithmetic.
std::vector<float> randomSamples(std::mt19937& rng, std::size_t count)
{
    std::uniform_int_distribution<int> step(-64, 63);
    std::vector<float> samples(count);
    for (auto& s : samples)
        s = float(step(rng)) / 64.0f;
    return samples;
}

// Rewrites the code of a saved archive, as a newer PyTorch would write a call to an op libtorch 1.13 lacks.
std::string withOpReplaced(const std::string& archive, const std::string& from, const std::string& to,
                           const QTemporaryDir& dir, const std::string& name)
{
    caffe2::serialize::PyTorchStreamReader reader(archive);
    const std::string path = dir.filePath(QString::fromStdString(name)).toStdString();
    caffe2::serialize::PyTorchStreamWriter writer(path);
    bool replaced = false;
    for (const auto& record : reader.getAllRecords()) {
        // The writer adds its own version record; the debug tables would point into the old code.
        if (record == "version" || record.find("debug_pkl") != std::string::npos)
            continue;
        auto [data, size] = reader.getRecord(record);
        std::string bytes(static_cast<const char*>(data.get()), size);
        if (record.rfind("code/", 0) == 0) {
            if (const auto at = bytes.find(from); at != std::string::npos) {
                bytes.replace(at, from.size(), to);
                replaced = true;
            }
        }
        writer.writeRecord(record, bytes.data(), bytes.size());
    }
    writer.writeEndOfFile();
    if (!replaced)
        throw std::runtime_error("no " + from + " in the archive's code");
    return path;
}

// The reason of the Error that `f` throws (fails the test if it throws none).
template <typename F>
QString errorOf(F&& f)
{
    try {
        f();
    } catch (const Error& e) {
        return QString::fromStdString(e.path() + ": " + e.reason());
    }
    return QStringLiteral("(no error)");
}

} // namespace

class TstTorchScriptCodec : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string m_tinyPath;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto module = tinyModule(std::string(kEncode) + kDecode);
        m_tinyPath = save(module, m_dir, "tiny.pt");
    }

    void metadataFromTheArchive()
    {
        TorchScriptCodec codec(m_tinyPath);
        const CodecInfo& info = codec.info();
        QCOMPARE(QString::fromStdString(info.codecType), QStringLiteral("tiny"));
        QCOMPARE(QString::fromStdString(info.codecModel), QStringLiteral("tiny-conv"));
        QCOMPARE(info.samplingRateEncoder, 16000);
        QCOMPARE(info.samplingRateDecoder, 16000);
        QCOMPARE(info.numCodebooks, kCodebooks);
        QCOMPARE(info.codebookSize, kCodebookSize);
        QCOMPARE(info.framerate, 4000.0);
        QVERIFY(codec.canDecode());
    }

    void usesEveryCore()
    {
        TorchScriptCodec codec(m_tinyPath);
        if (qEnvironmentVariableIsSet("OMP_NUM_THREADS"))
            QSKIP("OMP_NUM_THREADS chooses the thread count");
        QCOMPARE(at::get_num_threads(), int(std::max(1u, std::thread::hardware_concurrency())));
    }

    void codesMatchTheHandComputedOnes()
    {
        TorchScriptCodec codec(m_tinyPath);
        std::mt19937 rng(7);
        for (std::size_t length : {1u, 3u, 4u, 5u, 64u, 1001u}) {
            const auto samples = randomSamples(rng, length);
            const CodeGrid codes = codec.encode(samples);
            QCOMPARE(codes.numCodebooks(), kCodebooks);
            QCOMPARE(codes.numFrames(), std::int64_t((length + 3) / 4));
            QVERIFY2(codes == expectedCodes(samples), qPrintable(QString::number(length)));
        }
    }

    void emptyInputGivesNoFrames()
    {
        TorchScriptCodec codec(m_tinyPath);
        const CodeGrid codes = codec.encode({});
        QCOMPARE(codes.numCodebooks(), kCodebooks);
        QCOMPARE(codes.numFrames(), std::int64_t(0));
        QCOMPARE(codec.encodeBatch({{}, {}}).size(), std::size_t(2));
    }

    void batchEqualsOneByOne()
    {
        // The longest item is a multiple of the hop, so codec-bpe's spf estimate is the hop and padding adds
        // nothing that a chunk keeps.
        TorchScriptCodec codec(m_tinyPath);
        std::mt19937 rng(11);
        std::vector<std::vector<float>> chunks;
        for (std::size_t length : {400u, 37u, 0u, 399u, 1u, 256u})
            chunks.push_back(randomSamples(rng, length));
        const auto batch = codec.encodeBatch(chunks);
        QCOMPARE(batch.size(), chunks.size());
        for (std::size_t i = 0; i < chunks.size(); ++i)
            QVERIFY2(batch[i] == codec.encode(chunks[i]), qPrintable(QString::number(i)));
    }

    void batchKeepsFramesAsCodecBpeDoes()
    {
        // T_padded = 6 gives F = 2 and samples_per_frame = ceil(6/2) = 3, so a 4-sample chunk keeps
        // ceil(4/3) = 2 frames in the batch, where alone it has 1: codec-bpe's _process_batch does the same.
        TorchScriptCodec codec(m_tinyPath);
        std::mt19937 rng(3);
        const auto longer = randomSamples(rng, 6);
        const auto shorter = randomSamples(rng, 4);
        const auto batch = codec.encodeBatch({longer, shorter});
        QCOMPARE(batch[0], codec.encode(longer));
        QCOMPARE(batch[1].numFrames(), std::int64_t(2));
        std::vector<float> zeroPadded = shorter;
        zeroPadded.resize(8, 0.0f);
        QCOMPARE(batch[1], expectedCodes(zeroPadded));
    }

    void windowsDropTheContextFrames()
    {
        // context 10 samples, spf 4: frames [ceil(10/4) = 3, ...) are kept, as with codec-bpe's --context_secs.
        TorchScriptCodec codec(m_tinyPath);
        std::mt19937 rng(5);
        const auto first = randomSamples(rng, 40);
        const auto second = randomSamples(rng, 30);
        const auto kept = codec.encodeWindows({first, second}, 10);
        QCOMPARE(kept[0], codec.encode(first).frames(3, 10));
        QCOMPARE(kept[1], codec.encode(second).frames(3, 8));
    }

    void decodeRoundTrip()
    {
        TorchScriptCodec codec(m_tinyPath);
        std::mt19937 rng(13);
        const auto samples = randomSamples(rng, 50);
        const CodeGrid codes = codec.encode(samples);
        const std::vector<float> audio = codec.decode(codes);
        QCOMPARE(audio.size(), std::size_t(codes.numFrames() * kHop));
        for (std::int64_t f = 0; f < codes.numFrames(); ++f) {
            for (int j = 0; j < kHop; ++j) {
                float expected = 0;
                for (int k = 0; k < kCodebooks; ++k)
                    expected += kWeights[k][j] * (float(codes.at(k, f)) / 8.0f - 1.0f);
                QCOMPARE(audio[std::size_t(f * kHop + j)], expected);
            }
        }
        QVERIFY(codec.decode(CodeGrid(kCodebooks, 0)).empty());
    }

    void metadataBesideTheArchiveAndFolderForm()
    {
        QTemporaryDir folder;
        auto module = tinyModule(std::string(kEncode) + kDecode);
        save(module, folder, "model.ts", std::nullopt);
        writeText(folder.filePath("codec.json").toStdString(), codecJson());
        QVERIFY(TorchScriptCodec::handles(folder.path().toStdString()));
        TorchScriptCodec fromFolder(folder.path().toStdString());
        QCOMPARE(fromFolder.info().codebookSize, kCodebookSize);
        TorchScriptCodec fromFile(folder.filePath("model.ts").toStdString());
        QCOMPARE(fromFile.info().numCodebooks, kCodebooks);
    }

    void padsToTheProcessorMultiple()
    {
        // pad_to_multiple_of 8 (as DAC's processor pads to its hop): a 5-sample chunk is encoded as 8 samples,
        // so spf = ceil(8 / 2) = 4 and it keeps ceil(5 / 4) = 2 frames.
        auto module = tinyModule(std::string(kEncode) + kDecode);
        std::string json = codecJson();
        json.insert(json.rfind('}'), R"(, "pad_to_multiple_of": 8)");
        TorchScriptCodec codec(save(module, m_dir, "padded.pt", json));
        std::mt19937 rng(17);
        const auto samples = randomSamples(rng, 5);
        QCOMPARE(codec.encode(samples), expectedCodes(samples));
    }

    void encodeOnlyExport()
    {
        auto module = tinyModule(kEncode);
        TorchScriptCodec codec(save(module, m_dir, "encode-only.pt"));
        QVERIFY(!codec.canDecode());
        QVERIFY(errorOf([&] { codec.decode(CodeGrid(kCodebooks, 1)); }).contains("no decode method"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("methods");
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        const QString encodeDecode = QString(kEncode) + kDecode;
        const QString json = QString::fromStdString(codecJson());
        QTest::newRow("missing encode") << QString(kDecode) << json << "no method encode";
        QTest::newRow("codes of rank 2")
            << QString("def encode(self, wav: Tensor) -> Tensor:\n    return torch.zeros([2, 5], dtype=4)\n") << json
            << "encode returned shape [2, 5]; expected int64 [B, K, F]";
        QTest::newRow("float codes")
            << QString("def encode(self, wav: Tensor) -> Tensor:\n    return self.frames(wav)\n") << json
            << "encode returned Float values; expected integer codes";
        QTest::newRow("codes >= codebook_size") << encodeDecode << QString::fromStdString(codecJson(2, 8))
                                                 << "is outside the codebook [0, 8)";
        QTest::newRow("negative codes")
            << QString("def encode(self, wav: Tensor) -> Tensor:\n    return (self.frames(wav) * 0).long() - 1\n")
            << json << "encode returned code -1 is outside the codebook [0, 16)";
        QTest::newRow("codebook count differs") << encodeDecode << QString::fromStdString(codecJson(3))
                                                 << "encode returned 2 codebooks but codec.json says num_codebooks = 3";
        QTest::newRow("a tuple")
            << QString("def encode(self, wav: Tensor) -> Tuple[Tensor, Tensor]:\n    return (wav, wav)\n") << json
            << "encode returned a Tuple, not a tensor";
        QTest::newRow("runtime failure")
            << QString("def encode(self, wav: Tensor) -> Tensor:\n    return torch.conv1d(wav, self.w.sum(2))\n")
            << json << "encode failed: ";
        QTest::newRow("metadata not JSON") << encodeDecode << "{\"codec_type\": " << "codec.json is not valid JSON";
        QTest::newRow("metadata not an object") << encodeDecode << "[1, 2]" << "codec.json must be a JSON object";
        QTest::newRow("metadata key missing")
            << encodeDecode << QString(json).replace("\"framerate\": 4000.0", "\"frame_rate\": 4000.0")
            << "codec.json: missing key \"framerate\"";
        QTest::newRow("metadata wrong type")
            << encodeDecode << QString(json).replace("\"codebook_size\": 16", "\"codebook_size\": \"16\"")
            << "codec.json: \"codebook_size\" must be an integer, not \"16\"";
        QTest::newRow("metadata zero")
            << encodeDecode << QString(json).replace("\"num_codebooks\": 2", "\"num_codebooks\": 0")
            << "codec.json: \"num_codebooks\" must be between 1 and";
        QTest::newRow("metadata negative framerate")
            << encodeDecode << QString(json).replace("4000.0", "-1") << "\"framerate\" must be a positive number";
        QTest::newRow("metadata empty type")
            << encodeDecode << QString(json).replace("\"tiny\"", "\"\"") << "\"codec_type\" must be a non-empty string";
    }

    void errors()
    {
        QFETCH(QString, methods);
        QFETCH(QString, json);
        QFETCH(QString, expected);
        auto module = tinyModule(methods.toStdString());
        const std::string path = save(module, m_dir, "bad.pt", json.toStdString());
        const QString error = errorOf([&] {
            TorchScriptCodec codec(path);
            codec.encodeBatch({std::vector<float>(16, 0.5f), std::vector<float>(12, -0.5f)});
        });
        QVERIFY2(error.startsWith(QString::fromStdString(path) + ": "), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void decodeErrors()
    {
        TorchScriptCodec codec(m_tinyPath);
        QVERIFY(errorOf([&] { codec.decode(CodeGrid(3, 4)); }).contains("decode needs 2 codebooks, the codes have 3"));
        QVERIFY(errorOf([&] { codec.decode(CodeGrid(2, 2, {0, 1, 16, 0})); })
                    .contains("decode got code 16 is outside the codebook [0, 16)"));
        QVERIFY(errorOf([&] { codec.decode(CodeGrid(2, 2, {0, -1, 1, 0})); }).contains("decode got code -1"));

        auto intDecoder = tinyModule(std::string(kEncode) +
                                     "def decode(self, codes: Tensor) -> Tensor:\n    return codes[:, :1, :]\n");
        TorchScriptCodec ints(save(intDecoder, m_dir, "int-decoder.pt"));
        QVERIFY(errorOf([&] { ints.decode(CodeGrid(2, 1)); }).contains("decode returned Long values; expected float32"));

        auto flatDecoder = tinyModule(std::string(kEncode) +
                                      "def decode(self, codes: Tensor) -> Tensor:\n    return codes.float()[0]\n");
        TorchScriptCodec flat(save(flatDecoder, m_dir, "flat-decoder.pt"));
        QVERIFY(errorOf([&] { flat.decode(CodeGrid(2, 1)); }).contains("decode returned shape [2, 1]"));
    }

    void fileErrors()
    {
        QVERIFY(errorOf([&] { TorchScriptCodec codec(m_dir.filePath("nothing.pt").toStdString()); })
                    .contains("nothing.pt: no such TorchScript file"));
        QTemporaryDir emptyFolder;
        QVERIFY(errorOf([&] { TorchScriptCodec codec(emptyFolder.path().toStdString()); })
                    .contains("the folder holds no model.ts"));
        const std::string notZip = m_dir.filePath("text.pt").toStdString();
        writeText(notZip, "not an archive");
        QVERIFY(errorOf([&] { TorchScriptCodec codec(notZip); }).contains("text.pt: cannot load the TorchScript module"));

        auto module = tinyModule(std::string(kEncode) + kDecode);
        QTemporaryDir alone;
        const std::string noMetadata = save(module, alone, "alone.pt", std::nullopt);
        QVERIFY(errorOf([&] { TorchScriptCodec codec(noMetadata); })
                    .contains("no codec.json inside the archive nor beside it"));
        writeText(alone.filePath("codec.json").toStdString(), "{}");
        QVERIFY(errorOf([&] { TorchScriptCodec codec(noMetadata); })
                    .contains(alone.filePath("codec.json") + ": codec.json: missing key \"codec_type\""));
    }

    void operatorsThisLibtorchLacks_data()
    {
        QTest::addColumn<QString>("op");
        // aten::scaled_dot_product_attention: torch >= 2.0 (nn.MultiheadAttention, F.sdpa); aten::rms_norm:
        // torch >= 2.4 (nn.RMSNorm).
        QTest::newRow("sdpa") << "scaled_dot_product_attention";
        QTest::newRow("rms_norm") << "rms_norm";
    }

    void operatorsThisLibtorchLacks()
    {
        QFETCH(QString, op);
        // Given an archive whose code calls the op where ours calls torch.floor (as a newer exporter writes it)
        const std::string path =
            withOpReplaced(m_tinyPath, "torch.floor(", "torch." + op.toStdString() + "(", m_dir, op.toStdString() + ".pt");
        // Then loading names the op, the libtorch version and what to do.
        const QString error = errorOf([&] { TorchScriptCodec codec(path); });
        QVERIFY2(error.contains("aten::" + op + " is not in this libtorch (1.13"), qPrintable(error));
        QVERIFY2(error.contains("re-export without it"), qPrintable(error));
    }

    void editedArchiveWithAKnownOpStillLoads()
    {
        // The archive surgery itself is sound: swapping floor for ceil loads and changes the codes as expected.
        const std::string path = withOpReplaced(m_tinyPath, "torch.floor(", "torch.ceil(", m_dir, "ceil.pt");
        TorchScriptCodec codec(path);
        QCOMPARE(codec.encode({0.5f, 0.25f, 0.0f, 0.0f}).at(0, 0), CodeGrid::Code(10));
    }

    void messageHelpers()
    {
        QCOMPARE(QString::fromStdString(unknownOperatorIn("\nUnknown builtin op: aten::rms_norm.\nCould not find")),
                 QStringLiteral("aten::rms_norm"));
        QCOMPARE(QString::fromStdString(unknownOperatorIn("Unknown builtin op: my_ns::my_op\n")), QStringLiteral("my_ns::my_op"));
        QVERIFY(unknownOperatorIn("Expected a value of type 'Tensor'").empty());
        QCOMPARE(QString::fromStdString(summarizeTorchError(
                     "The following operation failed in the TorchScript interpreter.\nTraceback...\n"
                     "RuntimeError: Given groups=1, weight of size [2, 1]\n")),
                 QStringLiteral("Given groups=1, weight of size [2, 1]"));
        QCOMPARE(QString::fromStdString(describeLoadFailure(
                     "PytorchStreamReader failed reading zip archive: failed finding central directory\n", "1.13.0")),
                 QStringLiteral("cannot load the TorchScript module: PytorchStreamReader failed reading zip archive: "
                                "failed finding central directory"));
    }

    void registry()
    {
        // As in a program once the torch plugin is loaded: the built-ins, then the plugin's real family.
        CodecRegistry registry;
        Codec2Codec::registerIn(registry);
        registerTorchScriptFamilies(registry);
        TorchScriptCodec::registerIn(registry);
        QVERIFY(registry.canCreate(m_tinyPath));
        QVERIFY(registry.canCreate("codec2-700c"));
        QCOMPARE(registry.create(m_tinyPath)->info().codebookSize, kCodebookSize);
        QCOMPARE(registry.create("codec2-700c")->info().codecType, std::string("codec2"));
        QVERIFY(errorOf([&] { registry.create("facebook/encodec_24khz"); }).contains("tools/export_codec.py"));
        QVERIFY(errorOf([&] { registry.create(CodecOptions{m_tinyPath, 6.0, {}}); }).contains("--bandwidth is fixed"));
        QVERIFY(errorOf([&] { registry.create(CodecOptions{m_tinyPath, {}, 3}); }).contains("this export has 2 codebooks"));
        QCOMPARE(registry.create(CodecOptions{m_tinyPath, {}, 2})->info().numCodebooks, kCodebooks);
    }
};

QTEST_GUILESS_MAIN(TstTorchScriptCodec)
#include "tst_torchscriptcodec.moc"
