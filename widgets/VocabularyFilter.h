// VocabularyFilter: the vocabulary browser's sort and filter over VocabularyModel: tokens longer than N frames,
// and tokens that are one repeated frame.
#pragma once

#include <QSortFilterProxyModel>

namespace codecbpe::widgets {

class VocabularyModel;

class VocabularyFilter : public QSortFilterProxyModel {
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    VocabularyModel* m_model;
    int m_longerThanFrames = 0;
    int m_numCodebooks = 1;
    bool m_repeatedFrameOnly = false;
};

} // namespace codecbpe::widgets
