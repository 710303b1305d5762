// Tests that programs get TorchScript codecs through codecbpe_torch_plugin.so and map libtorch only then: the CLI
// runs commands without libtorch (LD_DEBUG=libs shows what the loader maps), encodes through the plugin with an
// exported tiny_rvq codec exactly as the linked-in TorchScriptCodec does, and names the plugin when it is missing.
#include "TestSupport.h"
#include "audio/AudioBuffer.h"
#include "audio/AudioFile.h"
#include "codes/Npy.h"
#include "torch/TorchScriptCodec.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace codecbpe;

namespace {

QString pluginFile() { return test::binaryDir() + "/plugins/codecbpe_torch_plugin.so"; }

// Runs the CLI with the dynamic loader reporting the libraries it maps (on stderr) and `env` added.
test::ProcessResult runCli(const QStringList& args, const QStringList& env = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("LD_DEBUG", "libs");
    for (const auto& entry : env)
        environment.insert(entry.section('=', 0, 0), entry.section('=', 1));
    process.setProcessEnvironment(environment);
    process.start(test::cliPath(), args);
    test::ProcessResult result;
    if (!process.waitForStarted() || !process.waitForFinished(120000))
        return result;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

// The libraries the loader initialised ("calling init: /path/lib.so" lines of LD_DEBUG=libs).
QStringList initialisedLibraries(const QByteArray& err)
{
    QStringList libraries;
    static const QRegularExpression init(QStringLiteral("calling init: (\\S+)"));
    for (auto it = init.globalMatch(QString::fromUtf8(err)); it.hasNext();)
        libraries << it.next().captured(1);
    return libraries;
}

// stderr without the loader's lines: what the program itself printed.
QStringList programErrorLines(const QByteArray& err)
{
    static const QRegularExpression loaderLine(QStringLiteral("^\\s*\\d+:"));
    QStringList lines;
    for (const auto& line : QString::fromUtf8(err).split('\n', Qt::SkipEmptyParts)) {
        if (!loaderLine.match(line).hasMatch())
            lines << line;
    }
    return lines;
}

bool mapsTorch(const QStringList& libraries)
{
    return std::any_of(libraries.begin(), libraries.end(), [](const QString& lib) {
        return lib.contains("libtorch") || lib.contains("libc10") || lib.contains("Qt5") || lib.contains("opencv");
    });
}

// 0.3 s of 16 kHz mono noise in 16-bit steps (so the wav holds exactly these samples).
AudioBuffer noise()
{
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> step(-16000, 16000);
    std::vector<float> samples(4800);
    for (auto& s : samples)
        s = float(step(rng)) / 32768.0f;
    return AudioBuffer::mono(16000, std::move(samples));
}

QStringList npyFilesUnder(const QString& dir)
{
    QStringList files;
    for (QDirIterator it(dir, {"*.npy"}, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        files << it.next();
    return files;
}

} // namespace

class TstTorchPlugin : public QObject {
    Q_OBJECT

private slots:
    void commandsWithoutTorchScriptDoNotMapLibtorch_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("--help") << QStringList{"--help"} << 0;
        QTest::newRow("audio-to-codes --help") << QStringList{"audio-to-codes", "--help"} << 0;
        QTest::newRow("info") << QStringList{"info", "@dir/codes.npy"} << 0;
        QTest::newRow("codes-to-text") << QStringList{"codes-to-text", "@dir/codes.npy", "--num_codebooks", "2",
                                                      "--codebook_size", "8"} << 0;
        QTest::newRow("audio-to-codes codec2") << QStringList{"audio-to-codes", "--audio_path", "@dir/audio",
                                                              "--codes_path", "@dir/out"} << 0;
        QTest::newRow("hub name advice") << QStringList{"audio-to-codes", "--audio_path", "@dir/audio", "--codes_path",
                                                        "@dir/out", "--codec_model", "facebook/encodec_24khz"} << 1;
    }

    void commandsWithoutTorchScriptDoNotMapLibtorch()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        saveNpyCodes(dir.filePath("codes.npy").toStdString(), CodeGrid(2, 3, {1, 2, 3, 4, 5, 6}));
        QVERIFY(QDir(dir.path()).mkpath("audio"));
        writeAudio(dir.filePath("audio/clip.wav").toStdString(), noise());
        args.replaceInStrings("@dir", dir.path());

        const auto result = runCli(args);
        QVERIFY2(result.exitCode == exitCode, result.err.right(2000).constData());
        const QStringList libraries = initialisedLibraries(result.err);
        QVERIFY2(libraries.filter("libc.so").size() == 1, "LD_DEBUG=libs reported no libraries");
        QVERIFY2(!mapsTorch(libraries), qPrintable(libraries.join('\n')));
        if (exitCode != 0)
            QVERIFY2(programErrorLines(result.err).join('\n').contains("tools/export_codec.py"), result.err.right(2000));
    }

    void pluginExportsOnlyItsEntryPointAndHasNoRegistrySingleton()
    {
        const auto exported = test::runProcess("nm", {"-D", "--defined-only", pluginFile()});
        QCOMPARE(exported.exitCode, 0);
        // Besides the linker's own section markers.
        static const QRegularExpression marker(QStringLiteral(" (__bss_start|_edata|_end)$"));
        QStringList symbols = QString::fromUtf8(exported.out).split('\n', Qt::SkipEmptyParts);
        symbols.removeIf([](const QString& line) { return marker.match(line).hasMatch(); });
        QCOMPARE(symbols.size(), qsizetype(1));
        QVERIFY2(symbols.front().endsWith(" T codecbpe_register_codecs"), qPrintable(symbols.front()));

        // Its own (hidden) copy of the registry code is there for add(), but not instance() nor the built-ins.
        const auto all = test::runProcess("nm", {pluginFile()});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.contains("_ZN8codecbpe13CodecRegistry3add"));
        QVERIFY(!all.out.contains("_ZN8codecbpe13CodecRegistry8instance"));
        QVERIFY(!all.out.contains("Codec2Codec"));
    }

    void audioToCodesRunsAnExportThroughThePlugin()
    {
        QTemporaryDir dir;
        // A "dac" codec_type and name, so that codec-bpe's type inference accepts the model as it is.
        const QString model = dir.filePath("tiny_dac.ts");
        const auto exported = test::runProcess(
            test::debianPython(), {test::sourceDir() + "/tools/export_codec.py", "--generic",
                                   test::testDataDir() + "/torch/tiny_rvq.py", "--output", model, "--codec_type", "dac"});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY(QDir(dir.path()).mkpath("audio"));
        const QString wav = dir.filePath("audio/clip.wav");
        writeAudio(wav.toStdString(), noise());

        const auto result = runCli({"audio-to-codes", "--audio_path", dir.filePath("audio"), "--codes_path",
                                    dir.filePath("codes"), "--codec_model", model});
        QVERIFY2(result.exitCode == 0, qPrintable(programErrorLines(result.err).join('\n')));
        const QStringList libraries = initialisedLibraries(result.err);
        QVERIFY2(libraries.contains(pluginFile()), qPrintable(libraries.join('\n')));
        QVERIFY(mapsTorch(libraries));

        const QStringList written = npyFilesUnder(dir.filePath("codes"));
        QCOMPARE(written.size(), 1);
        QVERIFY2(written.front().endsWith("/tiny_dac.ts/30.0s_0.0s/mono/clip_c0.npy"), qPrintable(written.front()));
        TorchScriptCodec codec(model.toStdString());
        const CodeGrid expected = codec.encode(readAudio(wav.toStdString()).mixToMono());
        QCOMPARE(expected.numCodebooks(), 4);
        QCOMPARE(expected.numFrames(), std::int64_t(4800 / 8));
        QVERIFY(loadNpyCodes(written.front().toStdString()) == expected);
        QVERIFY(QFileInfo::exists(QFileInfo(written.front()).dir().filePath("codec_info.json")));
    }

    void missingPluginIsOneLineNamingIt()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath("audio"));
        writeAudio(dir.filePath("audio/clip.wav").toStdString(), noise());
        const QString emptyDir = dir.filePath("no-plugins");
        QVERIFY(QDir(dir.path()).mkpath("no-plugins"));

        const auto result = runCli({"audio-to-codes", "--audio_path", dir.filePath("audio"), "--codes_path",
                                    dir.filePath("codes"), "--codec_model", dir.filePath("tiny_dac.ts")},
                                   {"CODECBPE_PLUGIN_DIR=" + emptyDir});
        QCOMPARE(result.exitCode, 1);
        const QStringList lines = programErrorLines(result.err);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.front(), "codecbpe: error: " + emptyDir + "/codecbpe_torch_plugin.so: cannot load the codec plugin: "
                                "cannot open shared object file: No such file or directory");
        QVERIFY(!mapsTorch(initialisedLibraries(result.err)));
    }
};

QTEST_GUILESS_MAIN(TstTorchPlugin)
#include "tst_torchplugin.moc"
