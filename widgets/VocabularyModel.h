// VocabularyModel: every token of one tokenizer as a table row (id, codes, whole frames, start codebook, merge
// rank, count in the training data, count in the open segmentation), computed once per tokenizer so that 262k rows
// stay instant to show.
#pragma once

#include "bpe/BpeModel.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <optional>
#include <vector>

namespace codecbpe {
class CodeAlphabet;
class Segmentation;
struct TokenizerFolder;
} // namespace codecbpe

namespace codecbpe::widgets {

// What the browser shows of one token.
struct VocabularyEntry {
    TokenId id = 0;
    int numCodes = 0;             // code characters in its text (0 for special tokens)
    int wholeFrames = 0;          // numCodes / K: frames it covers completely
    int startCodebook = -1;       // codebook of its first code, -1 without codes
    std::optional<std::size_t> mergeRank; // nullopt for base and added tokens
    std::optional<std::int64_t> trainingCount; // occurrences in a codes folder, once counted
    std::int64_t count = 0;       // occurrences in the segmentation of the open codes
    bool repeatedFrame = false;   // two or more copies of one frame (often the silence tokens)
};

class VocabularyModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        CodesColumn,
        FramesColumn,
        CodebookColumn,
        RankColumn,
        TrainingCountColumn,
        CountColumn,
        ColumnCount
    };
    // Numeric value of a cell for sorting (missing values sort first).
    static constexpr int SortRole = Qt::UserRole;

    explicit VocabularyModel(QObject* parent = nullptr);

    // Describes every token of `tokenizer` read with `alphabet`, counting its occurrences in `segmentation`.
    static std::vector<VocabularyEntry> describe(const TokenizerFolder& tokenizer, const CodeAlphabet& alphabet,
                                                 const Segmentation& segmentation);
    // The value an entry sorts by in `column` (missing values sort first).
    static std::int64_t sortKey(const VocabularyEntry& entry, int column);
    void setEntries(std::vector<VocabularyEntry> entries);
    // Fills the training-data column from counts by token id (empty: clears it).
    void setTrainingCounts(const std::vector<std::int64_t>& counts);
    const std::vector<VocabularyEntry>& entries() const { return m_entries; }
    const VocabularyEntry& entry(int row) const { return m_entries[std::size_t(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<VocabularyEntry> m_entries;
};

} // namespace codecbpe::widgets
