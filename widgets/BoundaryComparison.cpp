#include "widgets/BoundaryComparison.h"

#include "widgets/Session.h"

namespace codecbpe::widgets {

BoundaryComparison* BoundaryComparison::of(Session* session)
{
    if (auto* existing = session->findChild<BoundaryComparison*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new BoundaryComparison(session);
}

BoundaryComparison::BoundaryComparison(Session* session) : QObject(session), m_session(session)
{
    connect(session, &Session::tokensChanged, this, &BoundaryComparison::recompute);
    connect(session, &Session::codesChanged, this, &BoundaryComparison::recompute);
    recompute();
}

void BoundaryComparison::recompute()
{
    const TokenTrack& a = m_session->tokens(0);
    const TokenTrack& b = m_session->tokens(1);
    // Both must cover the same codes: while one slot is being re-tokenized for new codes it still holds the old.
    m_comparable = !a.empty() && !b.empty() && a.numCodebooks() == b.numCodebooks() &&
                   a.segments().back().endChar == b.segments().back().endChar;
    m_diff = m_comparable ? BoundaryDiff::compute(a.segmentation(), b.segmentation()) : BoundaryDiff();
    m_current.reset();
    emit changed();
}

void BoundaryComparison::setMarking(bool marking)
{
    if (marking == m_marking)
        return;
    m_marking = marking;
    emit changed();
}

void BoundaryComparison::setCurrentRegion(std::optional<std::size_t> region)
{
    if (region && *region >= m_diff.regions.size())
        region.reset();
    m_current = region;
    emit changed();
}

} // namespace codecbpe::widgets
