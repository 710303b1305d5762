// bench_codec2: Codec 2 (700C) encoding speed of the bundled speech on 1 and 2 threads (x real time), and the cost
// of resampling it to 8 kHz at each libsamplerate quality.
#include "audio/AudioFile.h"
#include "audio/Resampler.h"
#include "codecs/Codec2Codec.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <thread>
#include <vector>

using namespace codecbpe;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

struct Speed {
    double wall; // audio seconds per wall-clock second
    double cpu;  // audio seconds per CPU second (what a core does when the machine is not shared)
};

// Each thread encodes the clip `repeats` times with its own codec.
Speed encodeSpeed(const std::vector<float>& speech, int threads, int repeats)
{
    const auto start = Clock::now();
    const double cpuStart = processCpuSeconds();
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            Codec2Codec codec;
            for (int r = 0; r < repeats; ++r)
                codec.encode(speech);
        });
    }
    for (auto& w : workers)
        w.join();
    const double audioSeconds = double(speech.size()) / 8000.0 * threads * repeats;
    return {audioSeconds / secondsSince(start), audioSeconds / (processCpuSeconds() - cpuStart)};
}

} // namespace

int main()
{
    const AudioBuffer audio = readAudio(std::string(CODECBPE_SAMPLE_DIR) + "/speech.flac");
    const std::vector<float> mono = audio.mixToMono();
    std::printf("speech.flac: %.2f s at %d Hz\n", audio.durationSeconds(), audio.sampleRate());

    for (auto [quality, name] : {std::pair{ResampleQuality::Best, "best"}, {ResampleQuality::Medium, "medium"},
                                 {ResampleQuality::Fastest, "fastest"}}) {
        const auto start = Clock::now();
        constexpr int repeats = 5;
        for (int r = 0; r < repeats; ++r)
            resample(mono, audio.sampleRate(), 8000, quality);
        std::printf("resample 22050->8000 (%s): %.0fx real time\n", name,
                    audio.durationSeconds() * repeats / secondsSince(start));
    }

    const std::vector<float> speech = resample(mono, audio.sampleRate(), 8000);
    encodeSpeed(speech, 1, 1); // warm-up
    for (int threads : {1, 2}) {
        const Speed speed = encodeSpeed(speech, threads, 10);
        std::printf("codec2 700C encode, %d thread%s: %.0fx real time (wall clock), %.0fx per CPU core\n", threads,
                    threads > 1 ? "s" : "", speed.wall, speed.cpu);
    }
    std::printf("(hardware threads: %u; wall-clock figures drop when other processes share the cores)\n",
                std::thread::hardware_concurrency());
    return 0;
}
