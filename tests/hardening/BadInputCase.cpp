#include "BadInputCase.h"

#include "CodesTestSupport.h"
#include "TestSupport.h"

#include <QtTest>

namespace codecbpe::test {

namespace {
using Limit = BadInputCase::Limit;

QByteArray npy(const char* dict, const QByteArray& data) { return craftedNpy(dict, data); }
QByteArray int64Data(std::initializer_list<qint64> values)
{
    QByteArray bytes;
    for (const qint64 v : values)
        bytes.append(reinterpret_cast<const char*>(&v), sizeof v); // little-endian hosts only, as '<i8' says
    return bytes;
}
void replace(QByteArray& text, const char* from, const char* to)
{
    QVERIFY2(text.contains(from), from);
    text.replace(from, to);
}

const QStringList codesToText = {"codes-to-text", "{d}/codes.npy", "-o", "{d}/out.txt", "--codebook_size", "1024"};
const QStringList textToCodes = {"text-to-codes", "{d}/text.txt", "-o", "{d}/out.npy", "--num_codebooks", "2",
                                 "--codebook_size", "1024"};
const QStringList encode = {"encode", "{d}/codes.npy", "--tokenizer", "{d}/tok", "-o", "{d}/ids.txt"};
const QStringList train = {"train-tokenizer", "--codes_path", "{d}/codes", "--vocab_size", "300", "--pad_token",
                           "<pad>", "--save_path", "{d}/tok"};
const QStringList audioToCodes = {"audio-to-codes", "--audio_path", "{d}/audio", "--codes_path", "{d}/codes"};
const QString codecInfoOnly = "codes(/codec2-700c(/30.0s_0.0s(/mono(/codec_info.json)?)?)?)?";

QStringList with(QStringList args, const QStringList& more)
{
    args += more;
    return args;
}
QStringList replaced(QStringList args, const QString& from, const QString& to)
{
    args.replaceInStrings(from, to);
    return args;
}

void goodCodes(const CaseFolder& d) { d.codes("codes.npy", 2, {0, 1, 0, 0}); }
void goodTokenizer(const CaseFolder& d) { goodCodes(d), d.tokenizer("tok"); }

std::vector<BadInputCase> makeCases()
{
    const QByteArray hanzi = QString::fromUcs4(U"\u4E00\u5200").toUtf8();
    return {
        // .npy files (info, codes-to-text)
        {"npy-empty", "a 0-byte .npy file", [](auto& d) { d.write("codes.npy", {}); }, {"info", "{d}/codes.npy"},
         "{d}/codes.npy: empty file, not a NumPy .npy file"},
        {"npy-not-npy", "a text file named .npy", [](auto& d) { d.write("codes.npy", "hello\n"); },
         {"info", "{d}/codes.npy"}, "{d}/codes.npy: not a NumPy .npy file \\(bad magic\\)"},
        {"npy-truncated-header", "an .npy file cut inside its header",
         [](auto& d) { d.write("codes.npy", npy("{'descr': '<i8', 'fortran_order': False, 'shape': (2, 3), }", {}).left(30)); },
         {"info", "{d}/codes.npy"}, "{d}/codes.npy: truncated .npy header"},
        {"npy-bad-header", "an .npy header that is not a Python dict",
         [](auto& d) { d.write("codes.npy", npy("{'descr': '<i8', 'shape': (2, 3", {})); }, {"info", "{d}/codes.npy"},
         "{d}/codes.npy: .*"},
        {"npy-future-version", "an .npy file of format version 4.0",
         [](auto& d) { d.write("codes.npy", QByteArray("\x93NUMPY\x04\x00\x10\x00", 10) + QByteArray(16, ' ')); },
         {"info", "{d}/codes.npy"}, "{d}/codes.npy: unsupported .npy format version 4.0"},
        {"npy-truncated-data", "an .npy file cut inside its data",
         [](auto& d) { d.write("codes.npy", npy("{'descr': '<i8', 'fortran_order': False, 'shape': (2, 3), }", int64Data({1, 2, 3}))); },
         codesToText, "{d}/codes.npy: truncated .npy data: shape \\(2, 3\\) of '<i8' needs 48 bytes, the file has 24"},
        {"npy-float", "float codes",
         [](auto& d) { d.write("codes.npy", npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }", QByteArray(8, '\0'))); },
         codesToText, "{d}/codes.npy: float32 codes are not supported: codes must be integers"},
        {"npy-object", "an object array (pickled Python objects)",
         [](auto& d) { d.write("codes.npy", npy("{'descr': '|O', 'fortran_order': False, 'shape': (2,), }", QByteArray(16, '\0'))); },
         codesToText, "{d}/codes.npy: object codes are not supported: codes must be integers"},
        {"npy-5d", "a 5-D array",
         [](auto& d) { d.write("codes.npy", npy("{'descr': '<i8', 'fortran_order': False, 'shape': (1, 1, 1, 1, 2), }", int64Data({1, 2}))); },
         codesToText, "{d}/codes.npy: shape \\(1, 1, 1, 1, 2\\) has too many dimensions"},
        {"npy-batch", "a 3-D array holding two streams (codec-bpe would silently read only the first)",
         [](auto& d) { d.write("codes.npy", npy("{'descr': '<i8', 'fortran_order': False, 'shape': (2, 1, 2), }", int64Data({1, 2, 3, 4}))); },
         codesToText, "{d}/codes.npy: shape \\(2, 1, 2\\): leading dimension 0 is 2, expected 1"},
        {"npy-int64-overflow", "an int64 code that does not fit 32 bits",
         [](auto& d) { d.write("codes.npy", npy("{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }", int64Data({1, qint64(1) << 40}))); },
         codesToText, "{d}/codes.npy: value 1099511627776 at flat index 1 does not fit int32"},
        {"code-too-large", "a code >= codebook_size", [](auto& d) { d.codes("codes.npy", 2, {0, 1, 1024, 3}); },
         codesToText, "{d}/codes.npy: .*1024.*"},
        {"code-negative", "a negative code", [](auto& d) { d.codes("codes.npy", 2, {0, -1, 2, 3}); }, codesToText,
         "{d}/codes.npy: .*-1.*"},
        // codec_info.json
        {"codec-info-lies-size", "codec_info.json says 4 codes per codebook, the file holds a 7",
         [](auto& d) { d.codes("codes.npy", 2, {0, 1, 7, 3}), d.codecInfo("codec_info.json", 2, 4); },
         {"codes-to-text", "{d}/codes.npy", "-o", "{d}/out.txt"}, "{d}/codes.npy: .*7.*"},
        {"codec-info-lies-codebooks", "codec_info.json says 8 codebooks, the file has 2",
         [](auto& d) { d.codes("codes.npy", 2, {0, 1, 2, 3}), d.codecInfo("codec_info.json", 8, 1024); },
         {"codes-to-text", "{d}/codes.npy", "-o", "{d}/out.txt"}, "{d}/codes.npy: .*8.*"},
        {"codec-info-not-json", "codec_info.json that is not JSON",
         [](auto& d) { d.codes("codes.npy", 2, {0, 1, 2, 3}), d.write("codec_info.json", "{\"num_codebooks\": 2,"); },
         {"codes-to-text", "{d}/codes.npy", "-o", "{d}/out.txt"}, "{d}/codec_info.json: .*"},
        {"codec-info-wrong-type", "codec_info.json with a string where a number belongs",
         [](auto& d) {
             d.codes("codes.npy", 2, {0, 1, 2, 3});
             d.write("codec_info.json", R"({"codec_type": "codec2", "codec_model": "codec2-700c", "sampling_rate": 8000,
                                            "num_codebooks": "2", "codebook_size": 512, "framerate": 25})");
         },
         {"codes-to-text", "{d}/codes.npy", "-o", "{d}/out.txt"}, "{d}/codec_info.json: \"num_codebooks\" must be an integer"},
        // text-to-codes
        {"text-not-utf8", "text that is not UTF-8", [=](auto& d) { d.write("text.txt", hanzi + "\xff"); }, textToCodes,
         "{d}/text.txt: invalid UTF-8 at byte offset 6: byte 0xff never occurs in UTF-8"},
        {"text-surrogate", "an encoded surrogate code point (CESU-8)",
         [=](auto& d) { d.write("text.txt", hanzi + "\xed\xa0\x80"); }, textToCodes,
         "{d}/text.txt: invalid UTF-8 at byte offset 6: encoded surrogate U\\+D800"},
        {"text-above-alphabet", "a character above the codec's alphabet",
         [](auto& d) { d.write("text.txt", QString::fromUcs4(U"\u4E00\u5200\u9000\u5200").toUtf8()); }, textToCodes,
         "{d}/text.txt: .*"},
        {"text-empty", "an empty text file", [](auto& d) { d.write("text.txt", {}); }, textToCodes,
         "{d}/text.txt: holds no whole frame of codes"},
        {"offset-surrogates", "a Unicode offset whose alphabet runs into the surrogates U+D800..U+DFFF",
         [=](auto& d) { d.write("text.txt", hanzi); }, with(textToCodes, {"--unicode_offset", "0xD400"}),
         ".*(surrogate|D800).*"},
        {"offset-beyond-unicode", "a Unicode offset whose alphabet runs past U+10FFFF",
         [=](auto& d) { d.write("text.txt", hanzi); }, with(textToCodes, {"--unicode_offset", "0x10FF00"}),
         ".*10FFFF.*"},
        // train-tokenizer
        {"train-mismatched-codebooks", "a codes folder where one file has fewer codebooks than the others",
         [](auto& d) {
             d.trainingCodes("codes");
             d.codes("codes/b.npy", 1, {1, 2, 3, 4});
         },
         train, "{d}/codes/b.npy: .*"},
        {"train-folder-is-file", "a file where the codes folder is expected",
         [](auto& d) { d.codes("codes", 2, {0, 1, 2, 3}); }, train, "{d}/codes: not a folder"},
        {"train-no-codes", "a codes folder without .npy files (but with codec_info.json)",
         [](auto& d) { d.mkdir("codes"), d.codecInfo("codes/codec_info.json", 2, 64); }, train, "{d}/codes: .*npy.*"},
        {"train-offset-surrogates", "a Unicode offset whose alphabet collides with the surrogates",
         [](auto& d) { d.trainingCodes("codes"); }, with(train, {"--unicode_offset", "0xD7E0"}), ".*(surrogate|D800).*"},
        {"train-output-under-file", "a file where the output folder's parent is expected",
         [](auto& d) { d.trainingCodes("codes"), d.write("taken", "x"); },
         replaced(train, "{d}/tok", "{d}/taken/tok"), "{d}/taken/tok.*"},
        {"train-output-read-only", "a read-only output folder (immutable even for root)",
         [](auto& d) { d.trainingCodes("codes"), d.mkdir("locked"); },
         replaced(train, "{d}/tok", "{d}/locked/tok"), "{d}/locked/tok.*", 1, Limit::ReadOnlyFolder, "locked"},
        {"train-disk-full", "the disk fills up while the tokenizer is written (the previous tokenizer stays)",
         [](auto& d) { d.trainingCodes("codes"), d.tokenizer("tok"); }, train, "{d}/tok/.*", 1, Limit::FullDisk},
        // tokenizer folders (encode, decode)
        {"tokenizer-missing", "a tokenizer folder without tokenizer.json",
         [](auto& d) { goodCodes(d), d.mkdir("tok"); }, encode, "{d}/tok/tokenizer.json: .*"},
        {"tokenizer-truncated", "a truncated tokenizer.json",
         [](auto& d) { goodCodes(d), d.tokenizer("tok", [](QByteArray& j) { j.truncate(j.size() / 2); }); }, encode,
         "{d}/tok/tokenizer.json: .*"},
        {"tokenizer-merge-missing-token", "a merge of a token that is not in the vocabulary",
         [](auto& d) { goodCodes(d), d.tokenizer("tok", [](QByteArray& j) { replace(j, "\"刀\"\n      ]", "\"X\"\n      ]"); }); },
         encode, "{d}/tok/tokenizer.json: .*"},
        {"tokenizer-duplicate-id", "two tokens with the same id",
         [](auto& d) { goodCodes(d), d.tokenizer("tok", [](QByteArray& j) { replace(j, "\"刀\": 3", "\"刀\": 2"); }); },
         encode, "{d}/tok/tokenizer.json: .*"},
        {"tokenizer-sparse-ids", "a vocabulary with a gap in its ids",
         [](auto& d) { goodCodes(d), d.tokenizer("tok", [](QByteArray& j) { replace(j, "\"一丁刀\": 5", "\"一丁刀\": 9"); }); },
         encode, "{d}/tok/tokenizer.json: .*"},
        {"tokenizer-config-overflow", "tokenizer_config.json with a number too large for a double",
         [](auto& d) {
             goodTokenizer(d);
             d.write("tok/tokenizer_config.json", R"({"model_max_length": 1e999})");
         },
         encode, "{d}/tok/tokenizer_config.json: .*"},
        {"encode-code-too-large", "codes beyond the tokenizer's codebook size",
         [](auto& d) { d.tokenizer("tok"), d.codes("codes.npy", 2, {0, 1, 2000, 0}); }, encode, "{d}/codes.npy: .*2000.*"},
        {"encode-output-under-file", "a file where the output's folder is expected",
         [](auto& d) { goodTokenizer(d), d.write("taken", "x"); }, replaced(encode, "{d}/ids.txt", "{d}/taken/ids.txt"),
         "{d}/taken/ids.txt: .*"},
        {"decode-unknown-id", "a token id outside the vocabulary",
         [](auto& d) { d.tokenizer("tok"), d.write("ids.txt", "1 3 99\n"); },
         {"decode", "{d}/ids.txt", "--tokenizer", "{d}/tok", "-o", "{d}/out.npy"}, "{d}/ids.txt: .*99.*"},
        // extend-tokenizer
        {"extend-offset-collides", "a codec tokenizer whose Unicode offset collides with the base vocabulary",
         [](auto& d) {
             d.tokenizer("codec");
             d.copy("base/tokenizer.json", testDataDir() + "/bpe/small-codec-tokenizer.json");
             d.write("base/tokenizer_config.json", R"({"tokenizer_class": "PreTrainedTokenizerFast"})");
         },
         {"extend-tokenizer", "--existing_tokenizer", "{d}/base", "--codec_bpe_tokenizer", "{d}/codec", "--save_path",
          "{d}/out"},
         "{d}/codec: 5 of its 5 tokens \\(100%, more than the allowed 25%\\) are already in the vocabulary of {d}/base"},
        // audio-to-codes
        {"audio-empty", "a 0-byte audio file",
         [](auto& d) { d.mkdir("audio"), d.write("audio/a.wav", {}); }, audioToCodes,
         "{d}/audio/a.wav: empty audio file \\(0 bytes\\)", 1, Limit::None, {}, codecInfoOnly},
        {"audio-not-audio", "a text file named .wav",
         [](auto& d) { d.mkdir("audio"), d.write("audio/a.wav", "RIFF but not really\n"); }, audioToCodes,
         "{d}/audio/a.wav: cannot decode audio: .*", 1, Limit::None, {}, codecInfoOnly},
        {"audio-folder-is-file", "a file where the audio folder is expected",
         [](auto& d) { d.write("audio", "x"); }, audioToCodes, "{d}/audio: .*"},
        {"audio-output-under-file", "a file where the codes folder is expected",
         [](auto& d) {
             d.mkdir("audio");
             d.copy("audio/a.wav", testDataDir() + "/audio/22050-1-16.wav");
             d.write("codes", "x");
         },
         audioToCodes, "{d}/codes/codec2-700c/30.0s_0.0s/mono: cannot create the folder: Not a directory"},
    };
}
} // namespace

const std::vector<BadInputCase>& badInputCases()
{
    static const std::vector<BadInputCase> cases = makeCases();
    return cases;
}

} // namespace codecbpe::test
