// TestCodecInfo: the CodecInfo (codec_info.json) of a made-up codec with the codebooks, codebook size and frame
// rate a test needs, named and rated as Codec 2 (8 kHz).
#pragma once

#include "codes/CodecInfo.h"

namespace codecbpe::test {

inline CodecInfo testCodecInfo(int numCodebooks, int codebookSize, double framerate = 25.0)
{
    CodecInfo info;
    info.codecType = "codec2";
    info.codecModel = "codec2-700c";
    info.samplingRateEncoder = 8000;
    info.samplingRateDecoder = 8000;
    info.numCodebooks = numCodebooks;
    info.codebookSize = codebookSize;
    info.framerate = framerate;
    return info;
}

} // namespace codecbpe::test
