#include "CaseFolder.h"

#include "CodesTestSupport.h"
#include "TestCodecInfo.h"
#include "TestSupport.h"

#include "codes/CodecInfo.h"
#include "codes/CodeGrid.h"
#include "codes/Npy.h"

#include <QDir>
#include <QFileInfo>

#include <random>
#include <vector>

namespace codecbpe::test {

void CaseFolder::write(const QString& relative, const QByteArray& bytes) const
{
    QDir().mkpath(QFileInfo(path(relative)).path());
    writeBytes(path(relative), bytes);
}

void CaseFolder::copy(const QString& relative, const QString& source) const
{
    write(relative, readBytes(source));
}

void CaseFolder::mkdir(const QString& relative) const
{
    QDir(m_root).mkpath(relative);
}

void CaseFolder::codes(const QString& relative, int numCodebooks, std::initializer_list<qint64> codebookMajor) const
{
    const std::vector<CodeGrid::Code> values(codebookMajor.begin(), codebookMajor.end());
    const auto frames = std::int64_t(values.size()) / numCodebooks;
    saveNpyCodes(path(relative).toStdString(), CodeGrid(numCodebooks, frames, values));
}

void CaseFolder::codecInfo(const QString& relative, int numCodebooks, int codebookSize) const
{
    writeCodecInfo(path(relative).toStdString(), testCodecInfo(numCodebooks, codebookSize));
}

void CaseFolder::tokenizer(const QString& relative, const std::function<void(QByteArray&)>& edit) const
{
    mkdir(relative);
    QByteArray json = readBytes(testDataDir() + "/bpe/small-codec-tokenizer.json");
    if (edit)
        edit(json);
    write(relative + "/tokenizer.json", json);
    write(relative + "/tokenizer_config.json",
          R"({"pad_token": "<pad>", "codec_bpe": {"num_codebooks": 2, "codebook_size": 1024, "unicode_offset": 19968}})");
}

void CaseFolder::trainingCodes(const QString& relative) const
{
    mkdir(relative);
    std::mt19937 rng(11);
    const int frames = 400;
    std::vector<CodeGrid::Code> values(std::size_t(2 * frames));
    for (auto& v : values)
        v = CodeGrid::Code(rng() % 64);
    saveNpyCodes(path(relative + "/a.npy").toStdString(), CodeGrid(2, frames, values));
    codecInfo(relative + "/codec_info.json", 2, 64);
}

} // namespace codecbpe::test
