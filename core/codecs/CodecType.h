// CodecType: the codec types codec-bpe knows (plus our codec2) and inferring one from a --codec_model name.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace codecbpe {

// encodec, dac, mimi, funcodec, xcodec2, wavtokenizer, simvq, magicodec, neucodec, codec2: the accepted
// --codec_type values (codec-bpe's nine, in its order, then ours).
const std::vector<std::string>& knownCodecTypes();

// codec-bpe's CodecTypes.try_get_codec_type (spec 6.2): lowercase the name, then the first matching substring
// test wins: "audio_codec" -> funcodec, "encodec", "dac", "mimi", "xcodec2", "wavtokenizer", "simvq",
// "magicodec", "neucodec"; and, for us, a name starting with "codec2" -> codec2.
std::optional<std::string> tryInferCodecType(const std::string& codecModel);
// As above, but throws Error with codec-bpe's message when nothing matches.
std::string inferCodecType(const std::string& codecModel);

} // namespace codecbpe
