// encodeMonoAudio: encodes one mono signal with a codec the way `codecbpe audio-to-codes` does (resampled to the
// encoder's rate, codec-bpe's 30 s chunks without context), so the studio shows the codes the CLI would write.
#pragma once

#include "codecs/Codec.h"
#include "common/Progress.h"

#include <vector>

namespace codecbpe::widgets {

// codec-bpe's default --chunk_size_secs.
constexpr double kEncodeChunkSeconds = 30.0;

// Reports progress in chunks and throws Cancelled between chunks when asked to stop.
CodeGrid encodeMonoAudio(Codec& codec, const std::vector<float>& samples, int sampleRate, Progress& progress);

} // namespace codecbpe::widgets
