// DemoSession: the bundled demo (resources/demo, embedded as :/demo): the sample speech, its Codec 2 codes (and the
// rest of the training set beside them) and two small tokenizers, copied out to a folder because the core reads
// files from disk.
#pragma once

#include <QString>

namespace codecbpe::widgets {

struct DemoSession {
    QString audio;      // speech.flac
    QString codes;      // codes/speech_c0.npy (codec_info.json and the other training file beside it)
    QString tokenizer;  // tokenizer/ folder, opened as A
    QString tokenizerB; // tokenizer-b/ folder (tokens of at most one frame), opened as B

    // Copies the demo files into `dir`; throws codecbpe::Error naming the file that could not be written.
    static DemoSession extractTo(const QString& dir);
};

} // namespace codecbpe::widgets
