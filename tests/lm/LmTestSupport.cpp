#include "LmTestSupport.h"

#include "codes/Npy.h"
#include "text/Utf8.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>

namespace codecbpe::test {

TokenizerFolder makeCodecTokenizer(int numCodebooks, int codebookSize, char32_t offset,
                                   const std::vector<std::pair<std::string, std::string>>& merges,
                                   const std::string& padToken)
{
    TokenizerFolder folder;
    BpeModel& m = folder.model;
    if (!padToken.empty()) {
        m.vocab.push_back(padToken);
        AddedToken pad;
        pad.content = padToken;
        m.addedTokens.push_back(pad);
        folder.specialTokens.pad = padToken;
    }
    for (int i = 0; i < numCodebooks * codebookSize; ++i)
        m.vocab.push_back(toUtf8(std::u32string(1, char32_t(offset + char32_t(i)))));
    const auto idOf = [&m](const std::string& t) {
        return TokenId(std::find(m.vocab.begin(), m.vocab.end(), t) - m.vocab.begin());
    };
    for (const auto& [left, right] : merges) {
        m.vocab.push_back(left + right);
        m.merges.push_back(BpeMerge{idOf(left), idOf(right), TokenId(m.vocab.size() - 1)});
    }
    CodecMetadata codec;
    codec.numCodebooks = numCodebooks;
    codec.codebookSize = codebookSize;
    codec.unicodeOffset = offset;
    codec.codecFramerate = 75.0;
    folder.codec = codec;
    return folder;
}

std::string readFileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().toStdString();
}

void writeFileBytes(const QString& path, const std::string& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes.data(), qint64(bytes.size()));
}

void saveCodes(const QString& file, int k, std::vector<CodeGrid::Code> codes)
{
    const auto frames = std::int64_t(codes.size()) / k;
    saveNpyCodes(file.toStdString(), CodeGrid(k, frames, std::move(codes)), NpyDtype::Int64, {1, k, frames});
}

const char* const LmFixture::kBaseTokenizerJson =
    R"({"added_tokens":[{"id":3,"content":"<s>","single_word":false,"lstrip":false,"rstrip":false,"normalized":false,)"
    R"("special":true}],"normalizer":null,"pre_tokenizer":null,"post_processor":null,"decoder":null,)"
    R"("model":{"type":"BPE","vocab":{"a":0,"b":1,"丁":2},"merges":[]}})";

LmFixture::LmFixture()
{
    QDir().mkpath(base);
    writeFileBytes(base + "/tokenizer.json", kBaseTokenizerJson);
    writeFileBytes(base + "/tokenizer_config.json", "{\n  \"bos_token\": \"<s>\"\n}\n");
    makeCodecTokenizer(1, 4, 0x4E00, {{"一", "丁"}}).write(codec.toStdString());
    QDir().mkpath(codes);
    saveCodes(codes + "/rec_c0_t0.npy", 1, {0, 1, 0, 1, 2, 3});
    saveCodes(codes + "/rec_c0_t1.npy", 1, {0, 1});
    saveCodes(codes + "/zz_c0.npy", 1, {3, 3, 3});
}

ProcessResult LmFixture::run(const QStringList& args) const
{
    return runProcess(cliPath(), args, {}, 120000, tmp.path());
}

} // namespace codecbpe::test
