// Tests for the libsamplerate resampler: librosa's output lengths, and that a tone stays the same tone.
#include "audio/Resampler.h"

#include <QtTest>

#include <cmath>

using namespace codecbpe;

namespace {

std::vector<float> sine(double freq, int rate, std::int64_t n, float amp = 0.5f)
{
    std::vector<float> x(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i)
        x[std::size_t(i)] = amp * float(std::sin(2.0 * M_PI * freq * double(i) / rate));
    return x;
}

// Amplitude of `freq` in x (a single-bin DFT), over the middle of the signal to avoid the edges.
double toneAmplitude(const std::vector<float>& x, double freq, int rate)
{
    const std::size_t begin = x.size() / 4, end = x.size() * 3 / 4;
    double re = 0.0, im = 0.0;
    for (std::size_t i = begin; i < end; ++i) {
        re += x[i] * std::cos(2.0 * M_PI * freq * double(i) / rate);
        im += x[i] * std::sin(2.0 * M_PI * freq * double(i) / rate);
    }
    return 2.0 * std::hypot(re, im) / double(end - begin);
}

} // namespace

class TstResampler : public QObject {
    Q_OBJECT
private slots:
    void lengthsAreLibrosas_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("expected");
        // Computed with ceil(n * float(to) / from) as librosa.resample does.
        QTest::newRow("22050->8000") << 22050 << 8000 << 253607 << 92012;
        // 44100 * (24000 / 44100.0) = 24000.000000000004 in doubles, so librosa gives one sample more.
        QTest::newRow("44100->24000") << 44100 << 24000 << 44100 << 24001;
        QTest::newRow("44100->24000 odd") << 44100 << 24000 << 1001 << 545;
        QTest::newRow("8000->44100") << 8000 << 44100 << 333 << 1836;
        QTest::newRow("48000->16000") << 48000 << 16000 << 12001 << 4001;
        QTest::newRow("22050->24000 one") << 22050 << 24000 << 1 << 2;
    }
    void lengthsAreLibrosas()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(int, n);
        QFETCH(int, expected);
        QCOMPARE(resampledLength(n, from, to), std::int64_t(expected));
        for (auto quality : {ResampleQuality::Best, ResampleQuality::Medium})
            QCOMPARE(std::int64_t(resample(sine(440, from, n), from, to, quality).size()), std::int64_t(expected));
    }

    void keepsTheToneAndItsLevel()
    {
        for (auto [from, to] : {std::pair{22050, 8000}, {44100, 24000}, {16000, 44100}}) {
            const auto out = resample(sine(440, from, from), from, to);
            QVERIFY2(std::abs(toneAmplitude(out, 440, to) - 0.5) < 0.005, qPrintable(QString::number(from)));
            // Timing is kept: no delay, so the output's phase matches a sine generated at the new rate.
            const auto reference = sine(440, to, std::int64_t(out.size()));
            for (std::size_t i = out.size() / 4; i < out.size() * 3 / 4; ++i)
                QVERIFY(std::abs(out[i] - reference[i]) < 0.01f);
        }
    }

    void removesWhatTheNewRateCannotHold()
    {
        // 6 kHz cannot exist at 8 kHz: the anti-alias filter must remove it rather than fold it to 2 kHz.
        const auto out = resample(sine(6000, 22050, 22050), 22050, 8000);
        QVERIFY(toneAmplitude(out, 2000, 8000) < 0.005);
    }

    void equalRatesAndEmptyInputCopy()
    {
        const auto x = sine(100, 8000, 77);
        QCOMPARE(resample(x, 8000, 8000), x);
        QVERIFY(resample(std::vector<float>{}, 8000, 16000).empty());
        const AudioBuffer stereo(8000, {x, x});
        const AudioBuffer up = resample(stereo, 16000);
        QCOMPARE(up.sampleRate(), 16000);
        QCOMPARE(up.numChannels(), 2);
        QCOMPARE(up.numFrames(), std::int64_t(154));
        QCOMPARE(up.channel(0), up.channel(1));
    }
};

QTEST_GUILESS_MAIN(TstResampler)
#include "tst_resampler.moc"
