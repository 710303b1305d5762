// CaseFolder: the scratch folder of one bad-input case (the CLI's tst_badinputs, the studio's
// tst_studiobadinputs), with helpers that lay out broken and good inputs in it.
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <initializer_list>
#include <utility>

namespace codecbpe::test {

// Paths are relative to the folder.
class CaseFolder {
public:
    explicit CaseFolder(QString root) : m_root(std::move(root)) {}
    QString path(const QString& relative) const { return m_root + "/" + relative; }
    const QString& root() const { return m_root; }

    void write(const QString& relative, const QByteArray& bytes) const;
    void copy(const QString& relative, const QString& source) const;
    void mkdir(const QString& relative) const;
    // A (K, F) int64 .npy file of codes in codebook-major order.
    void codes(const QString& relative, int numCodebooks, std::initializer_list<qint64> codebookMajor) const;
    // codec_info.json for a codec of K codebooks of S codes at 25 frames per second.
    void codecInfo(const QString& relative, int numCodebooks, int codebookSize) const;
    // A tokenizer folder: the small 2 x 1024 codec tokenizer (tests/data/bpe), its tokenizer.json edited by
    // `edit`, and a tokenizer_config.json that records the codec.
    void tokenizer(const QString& relative, const std::function<void(QByteArray&)>& edit = {}) const;
    // Codes a few seconds long that train a tokenizer of a few hundred tokens.
    void trainingCodes(const QString& relative) const;

private:
    QString m_root;
};

} // namespace codecbpe::test
