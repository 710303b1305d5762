// Tests for readAudio / writeAudio / AudioBuffer::mixToMono: every supported format, clear errors, round trips.
#include "audio/AudioFile.h"
#include "common/Error.h"

#include "AllocationMeter.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <random>

using namespace codecbpe;

namespace {

std::filesystem::path fixture(const char* name)
{
    return std::filesystem::path(test::testDataDir().toStdString()) / "audio" / name;
}

double rms(const std::vector<float>& x, std::size_t begin = 0)
{
    double sum = 0.0;
    for (std::size_t i = begin; i < x.size(); ++i)
        sum += double(x[i]) * x[i];
    return x.size() > begin ? std::sqrt(sum / double(x.size() - begin)) : 0.0;
}

// Frequency from the count of upward zero crossings: a check that the decoded samples are the sine, in order.
double zeroCrossingFrequency(const std::vector<float>& x, int sampleRate)
{
    int crossings = 0;
    for (std::size_t i = 1; i < x.size(); ++i)
        crossings += x[i - 1] < 0.0f && x[i] >= 0.0f;
    return crossings * double(sampleRate) / double(x.size());
}

} // namespace

class TstAudioFile : public QObject {
    Q_OBJECT
private slots:
    void readsEveryFormat_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("minFrames");
        QTest::addColumn<int>("maxFrames");
        QTest::addColumn<bool>("lossy");
        QTest::newRow("wav 16") << "22050-1-16.wav" << 22050 << 1 << 11025 << 11025 << false;
        QTest::newRow("wav stereo") << "44100-2-16.wav" << 44100 << 2 << 11025 << 11025 << false;
        QTest::newRow("wav 24") << "48000-1-24.wav" << 48000 << 1 << 12000 << 12000 << false;
        QTest::newRow("wav float") << "44100-1-f32.wav" << 44100 << 1 << 11025 << 11025 << false;
        QTest::newRow("flac") << "22050-1-16.flac" << 22050 << 1 << 11025 << 11025 << false;
        QTest::newRow("aiff") << "22050-1-16.aiff" << 22050 << 1 << 11025 << 11025 << false;
        QTest::newRow("vorbis") << "22050-1-vorbis.ogg" << 22050 << 1 << 11025 << 11025 << true;
        // Lossy codecs add encoder delay / padding; the length is close, not exact.
        QTest::newRow("mp3") << "24000-1-mp3.mp3" << 24000 << 1 << 11000 << 14000 << true;
        QTest::newRow("opus") << "48000-1-opus.opus" << 48000 << 1 << 23000 << 26000 << true;
    }
    void readsEveryFormat()
    {
        QFETCH(QString, name);
        QFETCH(int, rate);
        QFETCH(int, channels);
        QFETCH(int, minFrames);
        QFETCH(int, maxFrames);
        QFETCH(bool, lossy);
        const AudioBuffer audio = readAudio(fixture(name.toUtf8().constData()));
        QCOMPARE(audio.sampleRate(), rate);
        QCOMPARE(audio.numChannels(), channels);
        QVERIFY2(audio.numFrames() >= minFrames && audio.numFrames() <= maxFrames,
                 qPrintable(QString::number(audio.numFrames())));
        // A 0.5-amplitude sine has RMS 0.354; skip the first 10 ms where lossy decoders ramp in.
        const double level = rms(audio.channel(0), std::size_t(rate / 100));
        QVERIFY2(std::abs(level - 0.5 / std::sqrt(2.0)) < (lossy ? 0.05 : 0.002), qPrintable(QString::number(level)));
        QVERIFY(std::abs(zeroCrossingFrequency(audio.channel(0), rate) - 440.0) < 10.0);
        if (!lossy) {
            float peak = 0.0f;
            for (float s : audio.channel(0))
                peak = std::max(peak, std::abs(s));
            QVERIFY(peak > 0.49f && peak < 0.501f); // sox dithers 16-bit output by a step or two
        }
    }

    void pcm16IsScaledBy32768()
    {
        // Given a 16-bit file, every float must be an exact multiple of 1/32768 (soundfile's scale).
        const AudioBuffer audio = readAudio(fixture("22050-1-16.wav"));
        for (float s : audio.channel(0))
            QCOMPARE(std::nearbyint(s * 32768.0f), s * 32768.0f);
    }

    void stereoChannelsAndMonoMix()
    {
        const AudioBuffer audio = readAudio(fixture("44100-2-16.wav"));
        QVERIFY(std::abs(zeroCrossingFrequency(audio.channel(0), 44100) - 440.0) < 10.0);
        QVERIFY(std::abs(zeroCrossingFrequency(audio.channel(1), 44100) - 880.0) < 10.0);
        const std::vector<float> mono = audio.mixToMono();
        QCOMPARE(std::int64_t(mono.size()), audio.numFrames());
        for (std::size_t i = 0; i < mono.size(); ++i)
            QCOMPARE(mono[i], (audio.channel(0)[i] + audio.channel(1)[i]) / 2.0f);
    }

    void mixToMonoIsTheChannelMean()
    {
        std::mt19937 rng(7);
        std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
        std::vector<std::vector<float>> channels(3, std::vector<float>(1000));
        for (auto& c : channels)
            for (auto& s : c)
                s = dist(rng);
        const AudioBuffer audio(16000, channels);
        const std::vector<float> mono = audio.mixToMono();
        for (std::size_t i = 0; i < mono.size(); ++i) {
            const double mean = (double(channels[0][i]) + channels[1][i] + channels[2][i]) / 3.0;
            QVERIFY(std::abs(mono[i] - mean) < 1e-7);
        }
        QCOMPARE(AudioBuffer::mono(8000, {0.25f, -0.5f}).mixToMono(), (std::vector<float>{0.25f, -0.5f}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, AudioBuffer(8000, {{0.0f}, {0.0f, 1.0f}}));
    }

    void errorsNameTheFile()
    {
        QTemporaryDir dir;
        const std::filesystem::path base = dir.path().toStdString();
        std::ofstream(base / "empty.wav").close();
        std::ofstream(base / "text.wav") << "this is not a RIFF file, just text pretending to be one\n";
        {
            // A truncated WAV: the first 30 bytes of a real one.
            std::ifstream in(fixture("22050-1-16.wav"), std::ios::binary);
            std::string head(30, '\0');
            in.read(head.data(), 30);
            std::ofstream(base / "truncated.wav", std::ios::binary) << head;
        }
        for (const char* name : {"missing.wav", "empty.wav", "text.wav", "truncated.wav"}) {
            const auto path = base / name;
            try {
                readAudio(path);
                QFAIL(qPrintable(QString("no error for ") + name));
            } catch (const Error& e) {
                QCOMPARE(QString::fromStdString(e.path()), QString::fromStdString(path.string()));
                QVERIFY2(QString(e.what()).contains(name), e.what());
            }
        }
    }

    void manyChannelsReadInBlocksOfBoundedSize()
    {
        // Given a float WAV of 1024 channels (libsndfile's maximum) and 40 frames, each channel its own ramp
        QTemporaryDir dir;
        const std::filesystem::path file = std::filesystem::path(dir.path().toStdString()) / "many.wav";
        std::vector<std::vector<float>> channels(1024, std::vector<float>(40));
        for (std::size_t c = 0; c < channels.size(); ++c)
            for (std::size_t f = 0; f < channels[c].size(); ++f)
                channels[c][f] = float(c) / 1024.0f - float(f) / 64.0f;
        writeAudio(file, AudioBuffer(16000, channels), AudioFileFormat::WavFloat);

        // When it is read
        AudioBuffer audio;
        std::size_t largest = 0;
        {
            const test::AllocationMeter meter;
            audio = readAudio(file);
            largest = meter.largestRequest();
        }

        // Then every sample is back in its channel, and no buffer grew with the channel count: a block of 16384
        // frames of every channel, as reads once used, would be 64 MB for this 160 KB file.
        QCOMPARE(audio.channels(), channels);
        QVERIFY2(largest <= 256 * 1024, qPrintable(QString::number(largest)));
    }

    void writeRoundTrips()
    {
        QTemporaryDir dir;
        const std::filesystem::path base = dir.path().toStdString();
        std::mt19937 rng(11);
        std::uniform_int_distribution<int> dist(-32768, 32767);
        std::vector<std::vector<float>> channels(2, std::vector<float>(4321));
        for (auto& c : channels)
            for (auto& s : c)
                s = float(dist(rng)) / 32768.0f;
        const AudioBuffer audio(22050, channels);
        for (const char* name : {"out.wav", "out.flac"}) {
            writeAudio(base / name, audio);
            const AudioBuffer back = readAudio(base / name);
            QCOMPARE(back.sampleRate(), 22050);
            QCOMPARE(back.numChannels(), 2);
            QCOMPARE(back.numFrames(), audio.numFrames());
            // Values on the 1/32768 grid survive 16-bit storage except where libsndfile's write scale (32767)
            // moves them by at most one step.
            for (int c = 0; c < 2; ++c)
                for (std::size_t i = 0; i < channels[0].size(); ++i)
                    QVERIFY(std::abs(back.channel(c)[i] - audio.channel(c)[i]) <= 1.0f / 32768.0f + 1e-9f);
        }
        writeAudio(base / "float.wav", audio, AudioFileFormat::WavFloat);
        QCOMPARE(readAudio(base / "float.wav").channels(), audio.channels());
        // Nothing but the two targets and float.wav: no temporary files left behind.
        int files = 0;
        for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(base))
            ++files;
        QCOMPARE(files, 3);
    }
};

QTEST_GUILESS_MAIN(TstAudioFile)
#include "tst_audiofile.moc"
