#include "widgets/VocabularyFilter.h"

#include "widgets/VocabularyModel.h"

#include <algorithm>
#include <cstdint>
#include <numeric>

namespace codecbpe::widgets {

VocabularyFilter::VocabularyFilter(VocabularyModel* model, QObject* parent)
    : QAbstractProxyModel(parent), m_model(model)
{
    setSourceModel(model);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &VocabularyFilter::beginResetModel);
    connect(model, &QAbstractItemModel::modelReset, this, &VocabularyFilter::onSourceReset);
    connect(model, &QAbstractItemModel::dataChanged, this, &VocabularyFilter::onSourceDataChanged);
    beginResetModel();
    onSourceReset();
}

void VocabularyFilter::setLongerThanFrames(int frames)
{
    m_longerThanFrames = frames;
    relayout(filteredRows());
}

void VocabularyFilter::setRepeatedFrameOnly(bool only)
{
    m_repeatedFrameOnly = only;
    relayout(filteredRows());
}

void VocabularyFilter::setNumCodebooks(int numCodebooks)
{
    m_numCodebooks = numCodebooks;
    relayout(filteredRows());
}

void VocabularyFilter::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    m_sorted = sortedRows();
    relayout(filteredRows());
}

bool VocabularyFilter::accepts(int sourceRow) const
{
    const VocabularyEntry& e = m_model->entry(sourceRow);
    if (m_repeatedFrameOnly && !e.repeatedFrame)
        return false;
    return m_longerThanFrames <= 0 || std::int64_t(e.numCodes) > std::int64_t(m_longerThanFrames) * m_numCodebooks;
}

std::vector<int> VocabularyFilter::sortedRows() const
{
    const std::vector<VocabularyEntry>& entries = m_model->entries();
    std::vector<int> rows(entries.size());
    if (m_sortColumn < 0) {
        std::iota(rows.begin(), rows.end(), 0);
        return rows;
    }
    // Keys computed once into plain structs: comparing them costs a few instructions, where a comparison through
    // model indexes (QSortFilterProxyModel's lessThan) costs a mapping and a lookup per side.
    struct Keyed {
        std::int64_t key;
        TokenId id;
        int row;
    };
    std::vector<Keyed> keyed(entries.size());
    for (std::size_t row = 0; row < entries.size(); ++row)
        keyed[row] = {VocabularyModel::sortKey(entries[row], m_sortColumn), entries[row].id, int(row)};
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(keyed.begin(), keyed.end(), [descending](const Keyed& a, const Keyed& b) {
        if (a.key != b.key)
            return descending ? a.key > b.key : a.key < b.key;
        return a.id < b.id; // ties in token order either way, so that a sort is the same every time
    });
    std::transform(keyed.begin(), keyed.end(), rows.begin(), [](const Keyed& k) { return k.row; });
    return rows;
}

std::vector<int> VocabularyFilter::filteredRows() const
{
    std::vector<int> visible;
    visible.reserve(m_sorted.size());
    std::copy_if(m_sorted.begin(), m_sorted.end(), std::back_inserter(visible), [this](int row) { return accepts(row); });
    return visible;
}

void VocabularyFilter::relayout(std::vector<int> visible)
{
    // Three steps that each keep Qt's model contract, so that views keep the selection and current token on their
    // rows: append the rows that become visible, reorder to those that leave followed by the new rows, remove the
    // leaving ones from the front (removed from the end, they left a view scrolled to the bottom painting every
    // remaining row once: seconds for a quarter-million tokens).
    std::vector<char> staysVisible(m_proxyRow.size(), 0);
    for (const int row : visible)
        staysVisible[std::size_t(row)] = 1;
    std::vector<int> arriving;
    for (const int row : visible) {
        if (m_proxyRow[std::size_t(row)] < 0)
            arriving.push_back(row);
    }
    if (!arriving.empty()) {
        beginInsertRows({}, rowCount(), rowCount() + int(arriving.size()) - 1);
        m_visible.insert(m_visible.end(), arriving.begin(), arriving.end());
        setVisible(m_visible);
        endInsertRows();
    }
    std::vector<int> staged;
    staged.reserve(m_visible.size());
    std::copy_if(m_visible.begin(), m_visible.end(), std::back_inserter(staged),
                 [&staysVisible](int row) { return !staysVisible[std::size_t(row)]; });
    const int leaving = int(staged.size());
    staged.insert(staged.end(), visible.begin(), visible.end());
    if (staged != m_visible)
        reorder(std::move(staged));
    if (leaving > 0) {
        beginRemoveRows({}, 0, leaving - 1);
        m_visible.erase(m_visible.begin(), m_visible.begin() + leaving);
        setVisible(m_visible);
        endRemoveRows();
    }
}

void VocabularyFilter::reorder(std::vector<int> visible)
{
    emit layoutAboutToBeChanged();
    // Only the view's few persistent indexes (current row, selection) move: the rows themselves are not visited.
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(std::size_t(before.size()));
    for (const QModelIndex& index : before)
        sourceRows.push_back(m_visible[std::size_t(index.row())]);
    setVisible(std::move(visible));
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.push_back(createIndex(m_proxyRow[std::size_t(sourceRows[std::size_t(i)])], before[i].column()));
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

void VocabularyFilter::setVisible(std::vector<int> visible)
{
    m_visible = std::move(visible);
    m_proxyRow.assign(m_model->entries().size(), -1);
    for (std::size_t row = 0; row < m_visible.size(); ++row)
        m_proxyRow[std::size_t(m_visible[row])] = int(row);
}

void VocabularyFilter::onSourceReset()
{
    m_sorted = sortedRows();
    setVisible(filteredRows());
    endResetModel();
}

void VocabularyFilter::onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    if (m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column()) {
        m_sorted = sortedRows(); // the sort column's values changed: the order may have too
        relayout(filteredRows());
    }
    if (!m_visible.empty())
        emit dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()));
}

QModelIndex VocabularyFilter::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    return m_model->index(m_visible[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex VocabularyFilter::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= int(m_proxyRow.size()))
        return {};
    const int row = m_proxyRow[std::size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex VocabularyFilter::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex VocabularyFilter::parent(const QModelIndex&) const
{
    return {};
}

int VocabularyFilter::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int VocabularyFilter::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_model->columnCount();
}

QVariant VocabularyFilter::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Columns are the model's own; the base class would map them through row 0, which an empty filter lacks.
    if (orientation == Qt::Horizontal)
        return m_model->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}

} // namespace codecbpe::widgets
