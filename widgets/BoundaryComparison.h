// BoundaryComparison: the session's comparison of tokenizers A and B (a BoundaryDiff kept up to date as their
// tokens change), whether the token lanes mark the boundaries that differ, and which differing region the Compare
// panel stepped to. One per session, found through the session, so the lanes and the panel share it without the
// timeline knowing about the panel.
#pragma once

#include "widgets/BoundaryDiff.h"

#include <QObject>

#include <optional>

namespace codecbpe::widgets {

class Session;

class BoundaryComparison : public QObject {
    Q_OBJECT
public:
    // The session's comparison, made (as a child of the session) on first use.
    static BoundaryComparison* of(Session* session);

    // Empty unless A and B both segment the open codes with the same number of codebooks.
    const BoundaryDiff& diff() const { return m_diff; }
    bool isComparable() const { return m_comparable; }

    // Whether the token lanes mark the differing boundaries (on by default).
    bool isMarking() const { return m_marking; }
    void setMarking(bool marking);

    // The differing region stepped to (an index into diff().regions), if any; new tokens clear it.
    std::optional<std::size_t> currentRegion() const { return m_current; }
    void setCurrentRegion(std::optional<std::size_t> region);

signals:
    // The diff, the marking or the current region changed.
    void changed();

private:
    explicit BoundaryComparison(Session* session);
    void recompute();

    Session* m_session;
    BoundaryDiff m_diff;
    bool m_comparable = false;
    bool m_marking = true;
    std::optional<std::size_t> m_current;
};

} // namespace codecbpe::widgets
