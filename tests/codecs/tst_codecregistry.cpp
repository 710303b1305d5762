// Tests for codec type inference (codec-bpe spec 6.2) and CodecRegistry (built-ins, families added from outside).
#include "codecs/Codec2Codec.h"
#include "codecs/CodecRegistry.h"
#include "codecs/CodecType.h"
#include "common/Error.h"

#include <QtTest>

using namespace codecbpe;

namespace {

// A stand-in for a codec family another module (core/torch) registers.
class FakeCodec final : public Codec {
public:
    explicit FakeCodec(std::string model)
    {
        m_info.codecType = "dac";
        m_info.codecModel = std::move(model);
        m_info.numCodebooks = 1;
        m_info.codebookSize = 2;
    }
    const CodecInfo& info() const override { return m_info; }
    CodeGrid encode(const std::vector<float>& samples) override { return CodeGrid(1, std::int64_t(samples.size())); }
    std::vector<float> decode(const CodeGrid& codes) override { return std::vector<float>(std::size_t(codes.numFrames())); }

private:
    CodecInfo m_info;
};

} // namespace

class TstCodecRegistry : public QObject {
    Q_OBJECT
private slots:
    void infersLikeCodecBpe_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("type");
        QTest::newRow("encodec") << "facebook/encodec_24khz" << "encodec";
        QTest::newRow("dac") << "descript/dac_44khz" << "dac";
        QTest::newRow("mimi") << "kyutai/mimi" << "mimi";
        QTest::newRow("xcodec2") << "HKUSTAudio/xcodec2" << "xcodec2";
        // "audio_codec" is tested first, so a FunCodec EnCodec model is funcodec.
        QTest::newRow("funcodec") << "alibaba-damo/audio_codec-encodec-zh_en-general-16k-nq32ds640-pytorch"
                                  << "funcodec";
        QTest::newRow("wavtokenizer") << "WavTokenizer-small-600-24k-4096" << "wavtokenizer";
        QTest::newRow("simvq") << "simvq_4k" << "simvq";
        QTest::newRow("magicodec") << "MagiCodec-50Hz-Base" << "magicodec";
        QTest::newRow("neucodec") << "neuphonic/distill-neucodec" << "neucodec";
        QTest::newRow("codec2") << "codec2-700c" << "codec2";
        QTest::newRow("codec2 upper") << "Codec2-700C" << "codec2";
        // Order: "dac" comes before "mimi".
        QTest::newRow("dac before mimi") << "my/dac-mimi" << "dac";
    }
    void infersLikeCodecBpe()
    {
        QFETCH(QString, model);
        QFETCH(QString, type);
        QCOMPARE(QString::fromStdString(inferCodecType(model.toStdString())), type);
    }

    void failsWithCodecBpesMessage()
    {
        QVERIFY(!tryInferCodecType("Some/Model").has_value());
        try {
            inferCodecType("Some/Model");
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(QString(e.what()),
                     QString("Could not infer codec type from codec model: some/model. Please specify --codec_type."));
        }
        QCOMPARE(knownCodecTypes().size(), std::size_t(10));
        QCOMPARE(knownCodecTypes().back(), std::string("codec2"));
    }

    void builtInCodec2()
    {
        auto& registry = CodecRegistry::instance();
        QVERIFY(registry.canCreate("codec2-700c"));
        QVERIFY(registry.canCreate("CODEC2-700C"));
        QVERIFY(!registry.canCreate("codec2-3200"));
        auto codec = registry.create("codec2-700c");
        QVERIFY(dynamic_cast<Codec2Codec*>(codec.get()) != nullptr);
        QCOMPARE(codec->info().numCodebooks, 4);
        // Two creations are independent objects (one per worker thread).
        QVERIFY(registry.create("codec2-700c").get() != codec.get());
        QVERIFY_THROWS_EXCEPTION(Error, registry.create(CodecOptions{"codec2-700c", 6.0, {}}));
        QVERIFY_THROWS_EXCEPTION(Error, registry.create(CodecOptions{"codec2-700c", {}, 4}));
    }

    void unknownModelErrorNamesItAndTheChoices()
    {
        try {
            CodecRegistry::instance().create("some/model");
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(QString::fromStdString(e.path()), QString("some/model"));
            QCOMPARE(QString::fromStdString(e.reason()),
                     QString("unknown codec model (available: codec2-700c, <exported codec>.ts)"));
        }
    }

    // Without loading the torch plugin: hub names get advice, TorchScript paths are recognised.
    void builtInTorchScriptFamilies()
    {
        auto& registry = CodecRegistry::instance();
        try {
            registry.create("facebook/encodec_24khz");
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(QString::fromStdString(e.path()), QString("facebook/encodec_24khz"));
            QVERIFY2(QString(e.what()).contains("export it once with tools/export_codec.py"), e.what());
        }
        QVERIFY(registry.canCreate("facebook/encodec_24khz"));
        QVERIFY(registry.canCreate("/models/dac.pt"));
        QVERIFY(registry.canCreate("codec.TS"));
        QVERIFY(!registry.canCreate("codec.tsx"));
        QVERIFY(!registry.canCreate("some/model"));
    }

    void anotherModuleCanRegisterAFamily()
    {
        CodecRegistry registry;
        Codec2Codec::registerIn(registry);
        registry.add(
            "fake", {"model.fake"},
            [](const std::string& model) { return model.size() > 5 && model.compare(model.size() - 5, 5, ".fake") == 0; },
            [](const CodecOptions& options) { return std::make_unique<FakeCodec>(options.codecModel); });
        QVERIFY(registry.canCreate("/models/tiny.fake"));
        QCOMPARE(registry.create("/models/tiny.fake")->info().codecModel, std::string("/models/tiny.fake"));
        QVERIFY(dynamic_cast<Codec2Codec*>(registry.create("codec2-700c").get()) != nullptr);
        QCOMPARE(registry.examples(), (std::vector<std::string>{"codec2-700c", "model.fake"}));
        // The process-wide registry is untouched.
        QVERIFY(!CodecRegistry::instance().canCreate("/models/tiny.fake"));
    }

    void defaultEncodeBatchEncodesEachChunk()
    {
        Codec2Codec codec;
        const std::vector<std::vector<float>> chunks{std::vector<float>(320, 0.1f), std::vector<float>(700, -0.2f)};
        const auto grids = codec.encodeBatch(chunks);
        QCOMPARE(grids.size(), std::size_t(2));
        QCOMPARE(grids[0], codec.encode(chunks[0]));
        QCOMPARE(grids[1], codec.encode(chunks[1]));
        QCOMPARE(grids[1].numFrames(), std::int64_t(3));
    }
};

QTEST_GUILESS_MAIN(TstCodecRegistry)
#include "tst_codecregistry.moc"
