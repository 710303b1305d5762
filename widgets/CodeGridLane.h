// CodeGridLane: the code grid as a heat map, one row per codebook and one column per frame, coloured by code;
// code numbers appear when zoomed in far enough; outlines the cells of a highlighted token.
#pragma once

#include "widgets/Lane.h"
#include "widgets/TileCache.h"
#include "widgets/TokenTrack.h"

#include <QRgb>

#include <optional>
#include <vector>

namespace codecbpe::widgets {

class CodeGridLane : public Lane {
    Q_OBJECT
public:
    CodeGridLane(Session* session, TimeAxis* axis, QWidget* parent = nullptr);

    int rowHeight() const { return m_rowHeight; }
    // The codebook row at lane y, or -1; the y range of a codebook row.
    int codebookAt(double y) const;
    QRgb codeColor(int code) const;

    // Outlines the cells of `token` (a run of flattened codes) in `color`; nullopt removes the outline.
    void setHighlight(std::optional<TokenSegment> token, QColor color);

    QString hoverText(QPointF pos) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

    // Zoom (pixels per frame) from which cells get borders, and from which code numbers are written.
    static constexpr double kCellBorderZoom = 6.0;
    static double codeNumberZoom(const QFontMetrics& metrics, int codebookSize);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void onCodesChanged();
    void renderTile(QImage& image, double contentX, double pixelsPerFrame) const;
    void drawCodeNumbers(QImage& image, double contentX, double pixelsPerFrame) const;
    void drawHighlight(QPainter& painter) const;

    TileCache m_tiles;
    std::vector<QRgb> m_colors;
    int m_codebookSize = 1;
    int m_rowHeight = 14;
    std::optional<TokenSegment> m_highlight;
    QColor m_highlightColor;
};

} // namespace codecbpe::widgets
