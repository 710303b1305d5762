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

void VocabularyModel::setEntries(std::vector<VocabularyEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
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
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case IdColumn:
        return qlonglong(e.id);
    case CodesColumn:
        return e.numCodes;
    case FramesColumn:
        return e.wholeFrames;
    case CodebookColumn:
        if (e.startCodebook < 0)
            return display ? QVariant(QString()) : QVariant(-1);
        return e.startCodebook;
    case RankColumn:
        if (!e.mergeRank)
            return display ? QVariant(QString()) : QVariant(qlonglong(-1));
        return qlonglong(*e.mergeRank);
    case CountColumn:
        return qlonglong(e.count);
    default:
        return {};
    }
}

QVariant VocabularyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case CodesColumn:
        return tr("Codes");
    case FramesColumn:
        return tr("Frames");
    case CodebookColumn:
        return tr("Starts at codebook");
    case RankColumn:
        return tr("Merge rank");
    case CountColumn:
        return tr("Count in audio");
    default:
        return {};
    }
}

} // namespace codecbpe::widgets
