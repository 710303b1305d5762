#include "widgets/VocabularyFilter.h"

#include "widgets/VocabularyModel.h"

namespace codecbpe::widgets {

VocabularyFilter::VocabularyFilter(VocabularyModel* model, QObject* parent)
    : QSortFilterProxyModel(parent), m_model(model)
{
    setSourceModel(model);
    setSortRole(VocabularyModel::SortRole);
}

void VocabularyFilter::setLongerThanFrames(int frames)
{
    m_longerThanFrames = frames;
    invalidateFilter();
}

void VocabularyFilter::setRepeatedFrameOnly(bool only)
{
    m_repeatedFrameOnly = only;
    invalidateFilter();
}

void VocabularyFilter::setNumCodebooks(int numCodebooks)
{
    m_numCodebooks = numCodebooks;
    invalidateFilter();
}

bool VocabularyFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const VocabularyEntry& e = m_model->entry(sourceRow);
    if (m_repeatedFrameOnly && !e.repeatedFrame)
        return false;
    return m_longerThanFrames <= 0 || std::int64_t(e.numCodes) > std::int64_t(m_longerThanFrames) * m_numCodebooks;
}

} // namespace codecbpe::widgets
