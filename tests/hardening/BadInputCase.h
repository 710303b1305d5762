// BadInputCase: one row of the bad-input table — a broken input set up in a scratch folder, the codecbpe command
// that meets it, and the one-line error (naming the file) and exit code the user must get.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QString>
#include <QStringList>

#include <functional>
#include <initializer_list>

namespace codecbpe::test {

// The scratch folder of one case, with helpers to lay out its inputs. Paths are relative to it.
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

struct BadInputCase {
    // How the command runs: as is, with a 512-byte file size limit (a full disk: writes fail with EFBIG; SIGXFSZ
    // is ignored as a full disk sends no signal), or with `lockedFolder` made immutable (chattr +i: read-only
    // even for root).
    enum class Limit { None, FullDisk, ReadOnlyFolder };

    const char* name;
    const char* problem;  // what is wrong, for docs/bad-inputs.md
    std::function<void(const CaseFolder&)> setup;
    QStringList args;     // "{d}" stands for the scratch folder
    QString error;        // what the error line says after "codecbpe: error: " (a regular expression; "{d}" too)
    int exitCode = 1;
    Limit limit = Limit::None;
    QString lockedFolder = {};
    // Entries the command may create even so (a regular expression over paths relative to the folder), e.g. the
    // codec_info.json that audio-to-codes writes, as codec-bpe does, even when every file failed.
    QString mayCreate = {};
};

// The table: every row is a bad input the CLI must refuse with one line and no output written.
const std::vector<BadInputCase>& badInputCases();

} // namespace codecbpe::test
