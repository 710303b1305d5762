// HfReference: drives the Hugging Face reference harness (tools/hf-ref: train.js, encode.js, compare.js,
// gen_corpus.py) from the bpe test suites, so our tokenizer files and ids are checked against the real library.
#pragma once

#include "TestSupport.h"

#include <QString>
#include <QStringList>
#include <QTest>

#include <cstdint>
#include <vector>

namespace codecbpe::test {

// The harness directory, or empty; then the calling test skips, or fails when CODECBPE_REQUIRE_HF_REF=1.
#define CODECBPE_HF_REF_OR_SKIP(dir)                                                                               \
    const QString dir = ::codecbpe::test::hfRefDir();                                                              \
    if (dir.isEmpty()) {                                                                                           \
        if (qEnvironmentVariableIntValue("CODECBPE_REQUIRE_HF_REF") == 1)                                          \
            QFAIL("the hf-ref harness is missing (run tools/setup-hf-ref.sh) and CODECBPE_REQUIRE_HF_REF=1");      \
        QSKIP("the hf-ref harness is not prepared (tools/setup-hf-ref.sh)");                                      \
    }

class HfReference {
public:
    explicit HfReference(QString dir) : m_dir(std::move(dir)) {}

    // gen_corpus.py OUT --chars N --seed S [extra]; false (with the reason in lastError()) on failure.
    bool generateCorpus(const QString& out, int chars, int seed, const QStringList& extra = {});
    // train.js CORPUS OUT/tokenizer.json VOCAB [options]: writes the three files into outDir.
    bool train(const QString& corpus, const QString& outDir, int vocabSize, const QStringList& options);
    // encode.js: the ids of each line of textFile.
    bool encode(const QString& tokenizerJson, const QString& textFile, std::vector<std::vector<std::uint32_t>>& ids);
    // Loads tokenizer.json `in` with HF and saves it (pretty) as `out`: HF's own serialization of the same content.
    bool resave(const QString& in, const QString& out);
    // compare.js A B: true when HF loads both and they are equal.
    bool compare(const QString& a, const QString& b);

    const QString& lastError() const { return m_error; }

private:
    bool run(const QString& program, const QStringList& args, QByteArray* out = nullptr);

    QString m_dir;
    QString m_error;
};

} // namespace codecbpe::test
