// TokenLane: one tokenizer's segmentation as coloured spans on the time axis (fractional frames), a stable colour
// per token id and the id written inside when it fits; marks the boundaries the other tokenizer does not have;
// reports the token under the mouse.
#pragma once

#include "widgets/Lane.h"
#include "widgets/TileCache.h"

#include <cstdint>

namespace codecbpe::widgets {

class BoundaryComparison;
class TokenTrack;

class TokenLane : public Lane {
    Q_OBJECT
public:
    // `slot` is the session's tokenizer slot: 0 = A, 1 = B.
    TokenLane(Session* session, TimeAxis* axis, int slot, QWidget* parent = nullptr);

    int slot() const { return m_slot; }
    const TokenTrack& track() const;
    // Index into track().segments() of the token under lane x, or -1.
    std::int64_t tokenAt(double x) const;
    std::int64_t selectedToken() const { return m_selected; }
    void setSelectedToken(std::int64_t index);

    QString hoverText(QPointF pos) const override;
    QString toolTipText(QPointF pos) const override;
    QSize sizeHint() const override { return {200, kHeight}; }
    QSize minimumSizeHint() const override { return sizeHint(); }

    static constexpr int kHeight = 30;

signals:
    // The token under the mouse changed (-1: none).
    void tokenHovered(int slot, std::int64_t index);
    void tokenClicked(int slot, std::int64_t index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void onTokensChanged(int slot);
    void renderTile(QImage& image, double contentX, double pixelsPerFrame) const;
    // Outlines the visible occurrences of the session's highlighted token, the current one in its own colour.
    void drawHighlights(QPainter& painter) const;
    void drawSpanOutline(QPainter& painter, std::int64_t index, const QColor& color) const;
    // Marks this lane's boundaries that the other tokenizer lacks, and shades the Compare panel's current region.
    void drawDifferingBoundaries(QPainter& painter) const;
    QString tokenName() const;

    int m_slot;
    BoundaryComparison* m_comparison;
    TileCache m_tiles;
    std::int64_t m_hovered = -1;
    std::int64_t m_selected = -1;
};

} // namespace codecbpe::widgets
