#include "LmTestSupport.h"

#include "text/Utf8.h"

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

} // namespace codecbpe::test
