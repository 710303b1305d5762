#include "widgets/VocabularyModel.h"

#include "analysis/Segmentation.h"
#include "bpe/TokenizerFolder.h"
#include "text/CodeAlphabet.h"
#include "text/Utf8.h"

#include <unordered_map>

namespace codecbpe::widgets {

namespace {
void describeText(const std::u32string& text, const CodeAlphabet& alphabet, VocabularyEntry& entry)
{
    for (const char32_t c : text) {
        if (!alphabet.contains(c))
            return; // special or foreign tokens have no codes
    }
    const int k = alphabet.numCodebooks();
    entry.numCodes = int(text.size());
    entry.wholeFrames = entry.numCodes / k;
    entry.startCodebook = text.empty() ? -1 : alphabet.codebookOf(text.front());
    bool periodic = entry.numCodes % k == 0 && entry.wholeFrames >= 2;
    for (std::size_t i = std::size_t(k); periodic && i < text.size(); ++i)
        periodic = text[i] == text[i - std::size_t(k)];
    entry.repeatedFrame = periodic;
}
} // namespace

VocabularyModel::VocabularyModel(QObject* parent) : QAbstractTableModel(parent) {}

std::vector<VocabularyEntry> VocabularyModel::describe(const TokenizerFolder& tokenizer, const CodeAlphabet& alphabet,
                                                       const Segmentation& segmentation)
{
    const BpeModel& model = tokenizer.model;
    std::vector<VocabularyEntry> entries(model.vocab.size());
    for (std::size_t id = 0; id < entries.size(); ++id) {
        entries[id].id = TokenId(id);
        describeText(fromUtf8(model.vocab[id], "tokenizer.json"), alphabet, entries[id]);
    }
    for (std::size_t rank = 0; rank < model.merges.size(); ++rank) {
        if (model.merges[rank].result < entries.size())
            entries[model.merges[rank].result].mergeRank = rank;
    }
    for (const TokenSegment& segment : segmentation.segments()) {
        if (segment.id < entries.size())
            ++entries[segment.id].count;
    }
    return entries;
}

std::int64_t VocabularyModel::sortKey(const VocabularyEntry& e, int column)
{
    switch (column) {
    case IdColumn:
        return std::int64_t(e.id);
    case CodesColumn:
        return e.numCodes;
    case FramesColumn:
        return e.wholeFrames;
    case CodebookColumn:
        return e.startCodebook;
    case RankColumn:
        return e.mergeRank ? std::int64_t(*e.mergeRank) : -1;
    case TrainingCountColumn:
        return e.trainingCount.value_or(-1);
    case CountColumn:
        return e.count;
    default:
        return 0;
    }
}

void VocabularyModel::setEntries(std::vector<VocabularyEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void VocabularyModel::setTrainingCounts(const std::vector<std::int64_t>& counts)
{
    for (VocabularyEntry& e : m_entries) {
        if (e.id < counts.size())
            e.trainingCount = counts[e.id];
        else
            e.trainingCount.reset();
    }
    if (!m_entries.empty())
        emit dataChanged(index(0, TrainingCountColumn), index(rowCount() - 1, TrainingCountColumn));
}

int VocabularyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int VocabularyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VocabularyModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != SortRole && role != Qt::TextAlignmentRole))
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const VocabularyEntry& e = entry(index.row());
    const std::int64_t key = sortKey(e, index.column());
    // Missing values (no codes, no merge, not counted yet) show as empty cells.
    const bool missing = (index.column() == CodebookColumn && e.startCodebook < 0) ||
                         (index.column() == RankColumn && !e.mergeRank) ||
                         (index.column() == TrainingCountColumn && !e.trainingCount);
    if (role == Qt::DisplayRole && missing)
        return QString();
    return qlonglong(key);
}

QVariant VocabularyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    // Two-line titles keep the columns narrow enough for all of them to fit a dock.
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case IdColumn:
        return tip ? tr("Token id") : tr("Id");
    case CodesColumn:
        return tip ? tr("Length in codes") : tr("Codes");
    case FramesColumn:
        return tip ? tr("Whole frames the token's codes fill") : tr("Frames");
    case CodebookColumn:
        return tip ? tr("Codebook of the token's first code") : tr("Starts at\ncodebook");
    case RankColumn:
        return tip ? tr("Rank of the merge that makes the token (empty for base tokens)") : tr("Merge\nrank");
    case TrainingCountColumn:
        return tip ? tr("Occurrences when the codes folder picked with \"Count in training data\" is encoded")
                   : tr("Count in\ntraining data");
    case CountColumn:
        return tip ? tr("Occurrences in the open codes") : tr("Count in\naudio");
    default:
        return {};
    }
}

} // namespace codecbpe::widgets
