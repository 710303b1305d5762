// VocabularyFilter: the vocabulary browser's sort and filter over VocabularyModel: tokens longer than N frames,
// and tokens that are one repeated frame. One vector of source rows in sort order, re-made with precomputed keys on
// each change, so that sorting or filtering a quarter-million tokens stays instant.
#pragma once

#include <QAbstractProxyModel>

#include <vector>

namespace codecbpe::widgets {

class VocabularyModel;

class VocabularyFilter : public QAbstractProxyModel {
    Q_OBJECT
public:
    explicit VocabularyFilter(VocabularyModel* model, QObject* parent = nullptr);

    // Keeps only tokens of more than `frames` frames' worth of codes (0: no limit).
    void setLongerThanFrames(int frames);
    int longerThanFrames() const { return m_longerThanFrames; }
    void setRepeatedFrameOnly(bool only);
    bool repeatedFrameOnly() const { return m_repeatedFrameOnly; }
    // Codebooks per frame, to turn codes into frames.
    void setNumCodebooks(int numCodebooks);

    // Sorts by VocabularyModel::sortKey of `column` (-1: token order); ties keep token id order in both orders.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    bool accepts(int sourceRow) const;
    // Source rows in sort order, for every source row.
    std::vector<int> sortedRows() const;
    // The accepted rows of m_sorted, in its order.
    std::vector<int> filteredRows() const;
    // Shows `visible` (source rows in order) in place of the rows shown now.
    void relayout(std::vector<int> visible);
    // Shows `visible`, the same rows as now in another order, as a layout change.
    void reorder(std::vector<int> visible);
    // Sets m_visible and its inverse m_proxyRow, signalling nothing.
    void setVisible(std::vector<int> visible);
    void onSourceReset();
    void onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);

    VocabularyModel* m_model;
    int m_longerThanFrames = 0;
    int m_numCodebooks = 1;
    bool m_repeatedFrameOnly = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_sorted;  // every source row, in sort order
    std::vector<int> m_visible; // proxy row -> source row: the accepted rows in sort order
    std::vector<int> m_proxyRow; // source row -> proxy row, -1 when filtered out
};

} // namespace codecbpe::widgets
