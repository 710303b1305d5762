// CodecJson: the codec.json that describes a TorchScript codec (the codec_info.json keys, all of them required).
#pragma once

#include "codes/CodecInfo.h"

#include <string>

namespace codecbpe {

struct CodecJson {
    CodecInfo info;
    // The input length the codec's Hugging Face processor pads a batch to a multiple of (DAC: its hop length), so
    // that the frames kept per chunk match codec-bpe's; 1 when the processor only pads to the longest item.
    int padToMultipleOf = 1;
};

// Parses codec.json text: codec_type and codec_model (strings), sampling_rate_encoder, sampling_rate_decoder,
// num_codebooks and codebook_size (positive integers), framerate (a positive number), and optionally pad_to_multiple_of (a positive integer). Unlike codec_info.json,
// nothing may be missing: decoding needs the rates. Throws Error(file, "codec.json: ...") for anything else;
// `file` names where the text came from (the archive or the codec.json beside it).
CodecJson parseCodecJson(const std::string& text, const std::string& file);

} // namespace codecbpe
