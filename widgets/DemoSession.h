// DemoSession: the bundled demo (resources/demo, embedded as :/demo): the sample speech, its Codec 2 codes and a
// small tokenizer, copied out to a folder because the core reads files from disk.
#pragma once

#include <QString>

namespace codecbpe::widgets {

struct DemoSession {
    QString audio;     // speech.flac
    QString codes;     // codes/speech_c0.npy (codec_info.json beside it)
    QString tokenizer; // tokenizer/ folder

    // Copies the demo files into `dir`; throws codecbpe::Error naming the file that could not be written.
    static DemoSession extractTo(const QString& dir);
};

} // namespace codecbpe::widgets
