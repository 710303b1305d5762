// Tests for Codec2Codec (700C): codes equal to Debian's c2enc frame for frame, decoding equal to c2dec, the
// declared CodecInfo, padding of the last frame, and a decode of the bundled speech that still sounds like it.
#include "audio/AudioFile.h"
#include "audio/Resampler.h"
#include "codecs/Codec2Codec.h"
#include "common/Error.h"

#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <random>

using namespace codecbpe;

namespace {

std::vector<float> bundledSpeech8k()
{
    const auto file = std::filesystem::path(test::sourceDir().toStdString()) / "resources/sample/speech.flac";
    const AudioBuffer audio = readAudio(file);
    return resample(audio.mixToMono(), audio.sampleRate(), 8000);
}

QByteArray toRaw16(const std::vector<float>& samples, std::size_t padTo)
{
    QByteArray raw;
    for (std::size_t i = 0; i < padTo; ++i) {
        const float x = i < samples.size() ? samples[i] : 0.0f;
        const auto s = std::int16_t(std::clamp(std::nearbyint(x * 32768.0f), -32768.0f, 32767.0f));
        raw.append(char(s & 0xff)).append(char((s >> 8) & 0xff));
    }
    return raw;
}

QByteArray run(const QString& program, const QStringList& args, const QString& outFile)
{
    const auto result = test::runProcess(program, args);
    if (result.exitCode != 0)
        qWarning() << program << result.err;
    QFile f(outFile);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Reads bit `index` (0 = most significant bit of byte 0), the way codec2's unpack walks a frame.
int bitAt(const QByteArray& bytes, int offset, int index)
{
    return (std::uint8_t(bytes[offset + index / 8]) >> (7 - index % 8)) & 1;
}

double pearson(const std::vector<double>& a, const std::vector<double>& b)
{
    const std::size_t n = std::min(a.size(), b.size());
    double ma = 0, mb = 0;
    for (std::size_t i = 0; i < n; ++i) {
        ma += a[i];
        mb += b[i];
    }
    ma /= double(n);
    mb /= double(n);
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / std::sqrt(saa * sbb);
}

std::vector<double> frameEnergyDb(const std::vector<float>& x, std::size_t frame, std::size_t skip)
{
    std::vector<double> out;
    for (std::size_t start = skip; start + frame <= x.size(); start += frame) {
        double sum = 0;
        for (std::size_t i = start; i < start + frame; ++i)
            sum += double(x[i]) * x[i];
        out.push_back(10.0 * std::log10(sum / double(frame) + 1e-9));
    }
    return out;
}

} // namespace

class TstCodec2Codec : public QObject {
    Q_OBJECT
private slots:
    void declaresItsInfo()
    {
        Codec2Codec codec;
        const CodecInfo& info = codec.info();
        QCOMPARE(info.codecType, std::string("codec2"));
        QCOMPARE(info.codecModel, std::string("codec2-700c"));
        QCOMPARE(info.samplingRateEncoder, 8000);
        QCOMPARE(info.samplingRateDecoder, 8000);
        QCOMPARE(info.numCodebooks, 4);
        QCOMPARE(info.codebookSize, 512);
        QCOMPARE(info.framerate, 25.0);
        QCOMPARE(codec.samplesPerFrame(), 320);
        QVERIFY(codec.canDecode());
    }

    void codesEqualC2encFrameForFrame()
    {
        // Given the bundled speech at 8 kHz, whose length is not a multiple of 320 ...
        const std::vector<float> speech = bundledSpeech8k();
        QVERIFY(speech.size() % 320 != 0);
        const std::size_t frames = (speech.size() + 319) / 320;

        // ... when Debian's c2enc encodes the same 16-bit samples, zero-padded to whole frames ...
        QTemporaryDir dir;
        const QString raw = dir.filePath("in.raw"), bits = dir.filePath("out.bit");
        {
            QFile f(raw);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(toRaw16(speech, frames * 320));
        }
        const QByteArray c2 = run("c2enc", {"700C", raw, bits}, bits);
        QCOMPARE(c2.size(), qsizetype(frames * 4));

        // ... then our codes are its 28 bits split as [9, 9, 4, 6], MSB first, frame for frame; the final
        // partial frame is zero-padded, not dropped.
        Codec2Codec codec;
        const CodeGrid codes = codec.encode(speech);
        QCOMPARE(codes.numCodebooks(), 4);
        QCOMPARE(codes.numFrames(), std::int64_t(frames));
        const int widths[4] = {9, 9, 4, 6};
        for (std::size_t f = 0; f < frames; ++f) {
            int bit = 0;
            for (int k = 0; k < 4; ++k) {
                int expected = 0;
                for (int b = 0; b < widths[k]; ++b)
                    expected = expected << 1 | bitAt(c2, int(f * 4), bit++);
                if (codes.at(k, std::int64_t(f)) != expected)
                    QFAIL(qPrintable(QString("frame %1 codebook %2: %3, c2enc %4")
                                         .arg(f).arg(k).arg(codes.at(k, std::int64_t(f))).arg(expected)));
            }
            QCOMPARE(std::uint8_t(c2[int(f * 4 + 3)]) & 0x0f, 0); // the 4 spare bits stay zero
        }
        // The codes use their ranges: speech moves every field, and nothing reaches past a field's width.
        for (int k = 0; k < 4; ++k) {
            const auto* row = codes.row(k);
            const auto [lo, hi] = std::minmax_element(row, row + codes.numFrames());
            QVERIFY(*lo >= 0 && *hi < (1 << widths[k]));
            QVERIFY(*hi > *lo);
        }

        // And our decode equals c2dec's on the same bits.
        const QString out = dir.filePath("out.raw");
        const QByteArray decoded = run("c2dec", {"700C", bits, out}, out);
        const std::vector<float> ours = codec.decode(codes);
        QCOMPARE(qsizetype(ours.size()) * 2, decoded.size());
        for (std::size_t i = 0; i < ours.size(); ++i) {
            const auto s = std::int16_t(std::uint8_t(decoded[int(2 * i)]) | std::uint8_t(decoded[int(2 * i + 1)]) << 8);
            if (ours[i] != float(s) / 32768.0f)
                QFAIL(qPrintable(QString("sample %1 differs from c2dec").arg(i)));
        }
    }

    void decodeSoundsLikeTheInput()
    {
        const std::vector<float> speech = bundledSpeech8k();
        Codec2Codec codec;
        const std::vector<float> decoded = codec.decode(codec.encode(speech));
        QCOMPARE(decoded.size(), (speech.size() + 319) / 320 * 320);

        double sum = 0;
        for (float s : decoded)
            sum += double(s) * s;
        const double rms = std::sqrt(sum / double(decoded.size()));
        QVERIFY2(rms > 0.02, qPrintable(QString::number(rms)));

        // The 40 ms energy envelope follows the input's (speech and pauses line up), allowing the codec's delay.
        const auto input = frameEnergyDb(speech, 320, 0);
        double best = -1;
        for (std::size_t lag = 0; lag <= 4; ++lag)
            best = std::max(best, pearson(input, frameEnergyDb(decoded, 320, lag * 80)));
        QVERIFY2(best > 0.8, qPrintable(QString::number(best)));
    }

    void encodingIsDeterministicAndClips()
    {
        std::mt19937 rng(3);
        std::normal_distribution<float> noise(0.0f, 0.7f); // often beyond [-1, 1]
        std::vector<float> x(3 * 320 + 17);
        for (auto& s : x)
            s = noise(rng);
        Codec2Codec codec;
        const CodeGrid a = codec.encode(x);
        QCOMPARE(codec.encode(x), a); // a fresh codec state per call
        QCOMPARE(a.numFrames(), std::int64_t(4));
        std::vector<float> clipped = x;
        for (auto& s : clipped)
            s = std::clamp(s, -1.0f, 32767.0f / 32768.0f);
        QCOMPARE(codec.encode(clipped), a);
        QVERIFY(codec.encode({}).empty());
        QCOMPARE(codec.encode({}).numCodebooks(), 4);
        QVERIFY(codec.decode(CodeGrid(4, 0)).empty());
    }

    void decodeRejectsCodesOutsideTheirField()
    {
        Codec2Codec codec;
        CodeGrid codes(4, 2);
        codes.at(2, 1) = 16; // energy has 4 bits
        QVERIFY_THROWS_EXCEPTION(Error, codec.decode(codes));
        codes.at(2, 1) = 15;
        QCOMPARE(codec.decode(codes).size(), std::size_t(640));
        QVERIFY_THROWS_EXCEPTION(Error, codec.decode(CodeGrid(3, 2)));
    }
};

QTEST_GUILESS_MAIN(TstCodec2Codec)
#include "tst_codec2codec.moc"
