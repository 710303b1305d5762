// Tests for AudioToCodesJob on a temporary tree: codec-bpe's layout, names, shapes and codec_info.json bytes;
// errors reported per file while the others succeed; resume, overwrite, per-chunk files, stereo, cancel, threads.
#include "audio/AudioFile.h"
#include "audio/ChunkPlan.h"
#include "audio/Resampler.h"
#include "codecs/Codec2Codec.h"
#include "codes/Npy.h"
#include "common/Error.h"
#include "jobs/AudioToCodesJob.h"

#include <QTemporaryDir>
#include "ScriptedProgress.h"

#include <QtTest>

#include <cmath>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

using namespace codecbpe;
namespace fs = std::filesystem;

namespace {

// Noise shaped by a slow envelope, so that Codec 2's fields vary; deterministic per seed.
std::vector<float> testSignal(int rate, double seconds, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> noise(0.0f, 0.2f);
    std::vector<float> x(std::size_t(rate * seconds));
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] = noise(rng) * float(0.5 + 0.5 * std::sin(double(i) / rate * 7.0)) +
               0.3f * float(std::sin(2.0 * M_PI * (150.0 + seed * 20.0) * double(i) / rate));
    return x;
}

std::string slurp(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::set<std::string> relativeFiles(const fs::path& root)
{
    std::set<std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(root))
        if (e.is_regular_file())
            out.insert(e.path().lexically_relative(root).generic_string());
    return out;
}

// Quantized to 16 bits as the WAV stores it, so the expected codes can be computed from the same samples.
std::vector<float> quantized(std::vector<float> x)
{
    for (auto& s : x)
        s = std::nearbyint(std::clamp(s, -1.0f, 32767.0f / 32768.0f) * 32768.0f) / 32768.0f;
    return x;
}

using test::ScriptedProgress;

} // namespace

class TstAudioToCodesJob : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    fs::path m_audio;
    std::vector<float> m_a, m_c, m_d; // mono signals of a.wav (16 kHz), sub/c.flac (22.05 kHz), deeper/d.wav (8 kHz)

    AudioToCodesOptions options(const char* codes) const
    {
        AudioToCodesOptions o;
        o.audioPath = m_audio;
        o.codesPath = fs::path(m_tmp.path().toStdString()) / codes;
        return o;
    }

private slots:
    void initTestCase()
    {
        m_audio = fs::path(m_tmp.path().toStdString()) / "audio";
        fs::create_directories(m_audio / "sub" / "deeper");
        m_a = quantized(testSignal(16000, 2.3, 1));
        m_c = quantized(testSignal(22050, 1.1, 2));
        m_d = quantized(testSignal(8000, 0.77, 3));
        writeAudio(m_audio / "a.wav", AudioBuffer::mono(16000, m_a));
        writeAudio(m_audio / "sub" / "c.flac", AudioBuffer::mono(22050, m_c));
        writeAudio(m_audio / "sub" / "deeper" / "d.wav", AudioBuffer::mono(8000, m_d));
        writeAudio(m_audio / "UPPER.WAV", AudioBuffer::mono(8000, m_d)); // extensions are case-sensitive
        std::ofstream(m_audio / "notes.txt") << "not audio";
        std::ofstream(m_audio / "sub" / "bad.wav") << "RIFF but not really a wave file";
    }

    void namesAndDirectories()
    {
        AudioToCodesOptions o;
        o.codesPath = "out/codes";
        QCOMPARE(AudioToCodesJob::codesDirFor(o).generic_string(), std::string("out/codes/codec2-700c/30.0s_0.0s/mono"));
        o.codec.codecModel = "facebook/encodec_24khz";
        o.chunkSizeSecs = 0.08;
        o.contextSecs = 0.4;
        o.stereo = true;
        QCOMPARE(AudioToCodesJob::codesDirFor(o).generic_string(),
                 std::string("out/codes/encodec_24khz/0.08s_0.4s/stereo"));
        o.chunkSizeSecs = 1e-05;
        o.contextSecs = 2;
        QCOMPARE(AudioToCodesJob::codesDirFor(o).filename().generic_string(), std::string("stereo"));
        QCOMPARE(AudioToCodesJob::codesDirFor(o).parent_path().filename().string(), std::string("1e-05s_2.0s"));

        QCOMPARE(perChunkFileName("song", 0, 12.08), std::string("song_c0_t000012_080.npy"));
        QCOMPARE(perChunkFileName("song", 1, 0.0), std::string("song_c1_t000000_000.npy"));
        QCOMPARE(perChunkFileName("s", 0, 0.0625), std::string("s_c0_t000000_062.npy")); // 62.5 -> 62 (half to even)
        QCOMPARE(perChunkFileName("s", 0, 0.1875), std::string("s_c0_t000000_188.npy")); // 187.5 -> 188
        QCOMPARE(perChunkFileName("s", 0, 0.9996), std::string("s_c0_t000000_1000.npy")); // as Python: ms can be 1000
    }

    void encodesATreeLikeCodecBpe()
    {
        std::vector<std::string> lines;
        AudioToCodesJob job(options("codes"), {}, [&](const std::string& l) { lines.push_back(l); });
        NullProgress progress;
        const AudioToCodesResult r = job.run(progress);

        const fs::path dir = fs::path(m_tmp.path().toStdString()) / "codes" / "codec2-700c" / "30.0s_0.0s" / "mono";
        QCOMPARE(r.codesDir, dir);
        QCOMPARE(relativeFiles(dir), (std::set<std::string>{"a_c0.npy", "codec_info.json", "sub/c_c0.npy",
                                                             "sub/deeper/d_c0.npy"}));
        // codec-bpe's json.dump(indent=4): no trailing newline.
        QCOMPARE(slurp(dir / "codec_info.json"), std::string("{\n"
                                                             "    \"codec_type\": \"codec2\",\n"
                                                             "    \"codec_model\": \"codec2-700c\",\n"
                                                             "    \"sampling_rate_encoder\": 8000,\n"
                                                             "    \"sampling_rate_decoder\": 8000,\n"
                                                             "    \"num_codebooks\": 4,\n"
                                                             "    \"codebook_size\": 512,\n"
                                                             "    \"framerate\": 25.0\n"
                                                             "}"));
        // Saved as (1, K, F) int64 like codec-bpe's dac/mimi, and equal to encoding the resampled file.
        const NpyHeader header = readNpyHeader(dir / "a_c0.npy");
        QCOMPARE(header.descr, std::string("<i8"));
        // 2.3 s at 16 kHz -> 18400 samples at 8 kHz -> ceil(18400 / 320) = 58 frames (the last one zero-padded).
        QCOMPARE(header.shape, (std::vector<std::int64_t>{1, 4, 58}));
        Codec2Codec codec;
        QCOMPARE(loadNpyCodes(dir / "a_c0.npy"), codec.encode(resample(m_a, 16000, 8000)));
        QCOMPARE(loadNpyCodes(dir / "sub" / "c_c0.npy"), codec.encode(resample(m_c, 22050, 8000)));
        QCOMPARE(loadNpyCodes(dir / "sub" / "deeper" / "d_c0.npy"), codec.encode(m_d));

        // The corrupt file is reported with its name; the others succeed.
        QCOMPARE(r.numAudioFiles, 4);
        QCOMPARE(r.numNumpyFiles, 3);
        QCOMPARE(r.numSkippedDirs, 0);
        QCOMPARE(r.errored.size(), std::size_t(1));
        QCOMPARE(r.errored[0].path, (m_audio / "sub" / "bad.wav").string());
        QVERIFY(std::any_of(lines.begin(), lines.end(), [&](const std::string& l) {
            return l.rfind("Error loading " + (m_audio / "sub" / "bad.wav").string() + ": ", 0) == 0;
        }));
        QVERIFY(std::count(lines.begin(), lines.end(), "Converting in " + m_audio.string() + "...") == 1);
        QVERIFY(std::abs(r.audioSeconds - (2.3 + 1.1 + 0.77)) < 0.01);

        const std::string summary = formatAudioToCodesSummary(r);
        QVERIFY(summary.rfind("Attempted to convert 4 audio files:\n3 Succeeded.\n1 Errored.\n3 numpy files created.\n"
                              "0 directories skipped.\n", 0) == 0);
        QVERIFY(summary.find("\nErrored files:\n" + (m_audio / "sub" / "bad.wav").string() + ": ") != std::string::npos);
        const std::string tail = "\nCodec info written.\n\nDone.\n";
        QVERIFY(summary.size() > tail.size() && summary.compare(summary.size() - tail.size(), tail.size(), tail) == 0);
    }

    void rerunSkipsWhatIsDoneAndResumes()
    {
        // Runs after encodesATreeLikeCodecBpe: the outputs exist.
        const fs::path dir = fs::path(m_tmp.path().toStdString()) / "codes" / "codec2-700c" / "30.0s_0.0s" / "mono";
        const auto before = fs::last_write_time(dir / "a_c0.npy");
        NullProgress progress;
        AudioToCodesResult r = AudioToCodesJob(options("codes")).run(progress);
        // Top level and sub/deeper are complete; sub/ still holds bad.wav, which is tried again (and fails again).
        QCOMPARE(r.numSkippedDirs, 2);
        QCOMPARE(r.numSkippedFiles, 3);
        QCOMPARE(r.numAudioFiles, 1);
        QCOMPARE(r.numNumpyFiles, 0);
        QCOMPARE(r.errored.size(), std::size_t(1));
        QCOMPARE(fs::last_write_time(dir / "a_c0.npy"), before);

        // Resume: a missing output is made again, and only it.
        const std::string cBytes = slurp(dir / "sub" / "c_c0.npy");
        fs::remove(dir / "sub" / "c_c0.npy");
        r = AudioToCodesJob(options("codes")).run(progress);
        QCOMPARE(r.numNumpyFiles, 1);
        QCOMPARE(slurp(dir / "sub" / "c_c0.npy"), cBytes);
        QCOMPARE(fs::last_write_time(dir / "a_c0.npy"), before);

        // --overwrite encodes everything again and drops stale outputs of the folders it visits.
        std::ofstream(dir / "stale_c0.npy") << "old";
        AudioToCodesOptions o = options("codes");
        o.overwrite = true;
        r = AudioToCodesJob(o).run(progress);
        QCOMPARE(r.numNumpyFiles, 3);
        QCOMPARE(r.numSkippedFiles, 0);
        QVERIFY(!fs::exists(dir / "stale_c0.npy"));
        QCOMPARE(slurp(dir / "sub" / "c_c0.npy"), cBytes);
    }

    void filePerChunkWithContext()
    {
        AudioToCodesOptions o = options("chunks");
        o.chunkSizeSecs = 0.5;
        o.contextSecs = 1.0;
        o.filePerChunk = true;
        o.audioFilter = {"deeper"};
        NullProgress progress;
        const AudioToCodesResult r = AudioToCodesJob(o).run(progress);
        QCOMPARE(r.numAudioFiles, 1);
        const fs::path dir = r.codesDir / "sub" / "deeper";
        QCOMPARE(r.codesDir.parent_path().filename().string(), std::string("0.5s_1.0s"));
        // 0.77 s at 8 kHz = 6160 samples: chunks start at 0 and 0.5 s.
        QCOMPARE(relativeFiles(dir), (std::set<std::string>{"d_c0_t000000_000.npy", "d_c0_t000000_500.npy"}));
        // Each window is 4000 samples of context + the chunk; the kept frames follow spec 6.4.
        const ChunkPlan plan(0.5, 1.0, 8000);
        const auto windows = plan.windows(std::int64_t(m_d.size()));
        Codec2Codec codec;
        for (std::size_t i = 0; i < windows.size(); ++i) {
            const auto chunk = plan.extract(m_d, windows[i]);
            const CodeGrid all = codec.encode(chunk);
            const FrameRange kept = plan.keptFrames(std::int64_t(chunk.size()), std::int64_t(chunk.size()), all.numFrames());
            const auto name = perChunkFileName("d", 0, plan.startSeconds(windows[i]));
            QCOMPARE(loadNpyCodes(dir / name), all.frames(kept.begin, kept.end));
        }
        QCOMPARE(loadNpyCodes(dir / "d_c0_t000000_000.npy").numFrames(), std::int64_t(12)); // [13, 25)
    }

    void stereoEncodesEachChannel()
    {
        const fs::path src = fs::path(m_tmp.path().toStdString()) / "stereo-audio";
        fs::create_directories(src);
        const auto left = quantized(testSignal(8000, 0.6, 5)), right = quantized(testSignal(8000, 0.6, 6));
        writeAudio(src / "duet.wav", AudioBuffer(8000, {left, right}));
        AudioToCodesOptions o = options("stereo");
        o.audioPath = src;
        o.stereo = true;
        NullProgress progress;
        const AudioToCodesResult r = AudioToCodesJob(o).run(progress);
        QCOMPARE(r.codesDir.filename().string(), std::string("stereo"));
        Codec2Codec codec;
        QCOMPARE(loadNpyCodes(r.codesDir / "duet_c0.npy"), codec.encode(left));
        QCOMPARE(loadNpyCodes(r.codesDir / "duet_c1.npy"), codec.encode(right));
        // Without --stereo the channels are averaged (librosa's mono).
        o.stereo = false;
        const AudioToCodesResult mono = AudioToCodesJob(o).run(progress);
        QCOMPARE(loadNpyCodes(mono.codesDir / "duet_c0.npy"), codec.encode(AudioBuffer(8000, {left, right}).mixToMono()));
    }

    void threadsGiveTheSameBytes()
    {
        NullProgress progress;
        AudioToCodesOptions one = options("one-thread"), two = options("two-threads");
        one.threads = 1;
        two.threads = 2;
        const auto r1 = AudioToCodesJob(one).run(progress);
        const auto r2 = AudioToCodesJob(two).run(progress);
        for (const char* f : {"a_c0.npy", "sub/c_c0.npy", "sub/deeper/d_c0.npy", "codec_info.json"})
            QCOMPARE(slurp(r1.codesDir / f), slurp(r2.codesDir / f));
    }

    void cancelLeavesOnlyWholeFiles()
    {
        AudioToCodesOptions o = options("cancelled");
        o.threads = 1;
        ScriptedProgress progress(1);
        QVERIFY_THROWS_EXCEPTION(Cancelled, AudioToCodesJob(o).run(progress));
        const fs::path dir = AudioToCodesJob::codesDirFor(o);
        QVERIFY(!fs::exists(dir / "codec_info.json"));
        // Whatever was written is a complete, loadable file (and a re-run resumes from there).
        for (const auto& f : relativeFiles(dir))
            QCOMPARE(loadNpyCodes(dir / f).numCodebooks(), 4);
        QVERIFY(relativeFiles(dir).size() <= 1);
    }

    void codecInfoOnlyAndBadOptions()
    {
        AudioToCodesOptions o = options("info-only");
        o.codecInfoOnly = true;
        NullProgress progress;
        const auto r = AudioToCodesJob(o).run(progress);
        QCOMPARE(relativeFiles(r.codesDir), (std::set<std::string>{"codec_info.json"}));

        o = options("bad");
        o.audioPath = m_audio / "missing";
        try {
            AudioToCodesJob(o).run(progress);
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(e.path(), o.audioPath.string());
        }
        o = options("bad");
        o.codecType = "dac";
        QVERIFY_THROWS_EXCEPTION(Error, AudioToCodesJob(o).run(progress));
        o.codecType = "nonsense";
        QVERIFY_THROWS_EXCEPTION(Error, AudioToCodesJob(o).run(progress));
        o = options("bad");
        o.chunkSizeSecs = 0.0;
        QVERIFY_THROWS_EXCEPTION(Error, AudioToCodesJob(o).run(progress));
        QVERIFY(!fs::exists(fs::path(m_tmp.path().toStdString()) / "bad"));
    }
};

QTEST_GUILESS_MAIN(TstAudioToCodesJob)
#include "tst_audiotocodesjob.moc"
