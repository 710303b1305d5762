#include "widgets/TokenLane.h"

#include "bpe/TokenizerFolder.h"
#include "widgets/BoundaryComparison.h"
#include "widgets/Palette.h"
#include "widgets/Session.h"
#include "widgets/TimeAxis.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <optional>

namespace codecbpe::widgets {

namespace {
const QRgb kBackground = qRgb(236, 236, 236);
const QColor kBoundary(60, 60, 60);
constexpr int kMinBoundaryWidth = 3;
constexpr int kMaxTooltipFrames = 12;
// Occurrences of the token picked in the vocabulary browser, and the one stepped to.
const QColor kHighlight(255, 200, 0);
const QColor kCurrentHighlight(220, 0, 0);
// Boundaries only this lane's tokenizer has (Compare panel), and the differing region stepped to.
const QColor kDifferingBoundary(200, 0, 170);
const QColor kCurrentRegion(200, 0, 170, 60);
constexpr int kBoundaryMarkWidth = 7;
} // namespace

TokenLane::TokenLane(Session* session, TimeAxis* axis, int slot, QWidget* parent)
    : Lane(session, axis, parent), m_slot(slot), m_comparison(BoundaryComparison::of(session))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(session, &Session::tokensChanged, this, &TokenLane::onTokensChanged);
    connect(session, &Session::highlightChanged, this, [this](int changed) {
        if (changed == m_slot)
            update();
    });
    connect(m_comparison, &BoundaryComparison::changed, this, qOverload<>(&QWidget::update));
}

const TokenTrack& TokenLane::track() const
{
    return session()->tokens(m_slot);
}

QString TokenLane::tokenName() const
{
    return m_slot == 0 ? tr("Tokens A") : tr("Tokens B");
}

void TokenLane::onTokensChanged(int slot)
{
    if (slot != m_slot)
        return;
    m_hovered = -1;
    m_selected = -1;
    m_tiles.clear();
    update();
}

std::int64_t TokenLane::tokenAt(double x) const
{
    return track().tokenAt(axis()->xToFrame(x));
}

void TokenLane::setSelectedToken(std::int64_t index)
{
    m_selected = index;
    update();
}

QString TokenLane::hoverText(QPointF pos) const
{
    const std::int64_t index = tokenAt(pos.x());
    if (index < 0)
        return {};
    const TokenSegment& token = track().segment(index);
    return tr("%1: token %2 · %3 codes · frames %4–%5 · %6–%7")
        .arg(tokenName())
        .arg(token.id)
        .arg(token.numCodes)
        .arg(token.frameBegin, 0, 'f', 2)
        .arg(token.frameEnd, 0, 'f', 2)
        .arg(secondsText(token.frameBegin), secondsText(token.frameEnd));
}

QString TokenLane::toolTipText(QPointF pos) const
{
    const std::int64_t index = tokenAt(pos.x());
    if (index < 0)
        return {};
    const TokenTrack& t = track();
    const TokenSegment& token = t.segment(index);
    const CodeGrid& codes = session()->codes();
    const int k = t.numCodebooks();
    QString text = hoverText(pos).toHtmlEscaped();
    if (t.tokenizer()) {
        const std::optional<std::size_t> rank = t.mergeRank(token.id);
        text += QStringLiteral("<br>") + (rank ? tr("merge rank %1").arg(*rank) : tr("base token (no merge)"));
    }
    // The token's codes as a small K x n grid: one row per codebook, one column per frame it touches.
    const std::int64_t firstFrame = token.firstFrame;
    const std::int64_t lastFrame = std::min(firstFrame + kMaxTooltipFrames - 1, token.lastFrame);
    if (codes.numCodebooks() >= k && lastFrame < codes.numFrames()) {
        text += QStringLiteral("<pre>");
        for (int cb = 0; cb < k; ++cb) {
            for (std::int64_t f = firstFrame; f <= lastFrame; ++f) {
                const std::int64_t flat = f * k + cb;
                const bool inside = flat >= token.beginChar && flat < token.endChar;
                text += (inside ? QString::number(codes.at(cb, f)) : QStringLiteral("·")).rightJustified(6);
            }
            text += QLatin1Char('\n');
        }
        text += QStringLiteral("</pre>");
    }
    return text;
}

void TokenLane::resizeEvent(QResizeEvent* event)
{
    m_tiles.clear();
    Lane::resizeEvent(event);
}

void TokenLane::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(kBackground));
    if (!track().empty()) {
        m_tiles.paint(painter, *axis(), height(),
                      [this](QImage& image, double contentX, double zoom) { renderTile(image, contentX, zoom); });
        drawDifferingBoundaries(painter);
        drawHighlights(painter);
        if (m_selected >= 0)
            drawSpanOutline(painter, m_selected, Qt::black);
        if (m_hovered >= 0 && m_hovered != m_selected)
            drawSpanOutline(painter, m_hovered, QColor(255, 255, 255));
    }
    paintTitle(painter, tokenName());
}

void TokenLane::drawHighlights(QPainter& painter) const
{
    const std::optional<TokenId> id = session()->highlightedToken(m_slot);
    if (!id)
        return;
    const auto [first, last] = track().segmentation().tokensInFrames(
        std::int64_t(std::floor(axis()->startFrame())), std::int64_t(std::ceil(axis()->endFrame())) + 1);
    for (std::size_t index = first; index < last; ++index) {
        if (track().segments()[index].id == *id)
            drawSpanOutline(painter, std::int64_t(index), kHighlight);
    }
    const std::int64_t current = session()->currentOccurrence(m_slot);
    if (current >= 0)
        drawSpanOutline(painter, current, kCurrentHighlight);
}

void TokenLane::drawDifferingBoundaries(QPainter& painter) const
{
    if (!m_comparison->isMarking() || !m_comparison->isComparable())
        return;
    const BoundaryDiff& diff = m_comparison->diff();
    const double k = track().numCodebooks();
    if (const std::optional<std::size_t> current = m_comparison->currentRegion()) {
        const BoundaryDiff::Region& region = diff.regions[*current];
        const double x0 = axis()->frameToX(region.beginChar / k);
        const double x1 = axis()->frameToX(region.endChar / k);
        painter.fillRect(QRectF(x0, 0, x1 - x0, height()), kCurrentRegion);
    }
    const std::vector<std::uint32_t>& cuts = m_slot == 0 ? diff.onlyA : diff.onlyB;
    const auto firstCode = std::uint32_t(std::max(0.0, std::floor(axis()->startFrame() * k)));
    const auto endCode = std::uint32_t(std::max(0.0, std::ceil(axis()->endFrame() * k)));
    const auto first = std::lower_bound(cuts.begin(), cuts.end(), firstCode);
    const auto end = std::upper_bound(first, cuts.end(), endCode);
    // A wedge at the top and bottom edges and a line between, so the mark reads over any token colour; where
    // boundaries are closer than a mark is wide, one mark stands for all under it.
    painter.setPen(Qt::NoPen);
    painter.setBrush(kDifferingBoundary);
    std::optional<int> lastX;
    for (auto it = first; it != end; ++it) {
        const int x = int(std::lround(axis()->frameToX(*it / k)));
        if (lastX && x - *lastX < 2)
            continue;
        lastX = x;
        const double half = kBoundaryMarkWidth / 2.0;
        painter.drawPolygon(QPolygonF({QPointF(x - half, 0), QPointF(x + half, 0), QPointF(x, half + 1)}));
        painter.drawPolygon(QPolygonF(
            {QPointF(x - half, height()), QPointF(x + half, height()), QPointF(x, height() - half - 1)}));
        painter.fillRect(QRectF(x - 1, 0, 2, height()), kDifferingBoundary);
    }
}

void TokenLane::drawSpanOutline(QPainter& painter, std::int64_t index, const QColor& color) const
{
    const TokenTrack& t = track();
    if (index >= t.size())
        return;
    const TokenSegment& token = t.segment(index);
    const double x0 = axis()->frameToX(token.frameBegin);
    const double x1 = axis()->frameToX(token.frameEnd);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(color, 2));
    painter.drawRect(QRectF(x0 + 1, 1, std::max(1.0, x1 - x0 - 2), height() - 2));
}

void TokenLane::renderTile(QImage& image, double contentX, double pixelsPerFrame) const
{
    image.fill(kBackground);
    const TokenTrack& t = track();
    const int k = t.numCodebooks();
    const std::vector<TokenSegment>& all = t.segments();
    const double codesPerPixel = double(k) / pixelsPerFrame;
    const auto firstCode = std::int64_t(std::floor(contentX * codesPerPixel));
    const auto endCode = std::int64_t(std::ceil((contentX + image.width()) * codesPerPixel));
    // Tokens that end after the tile's first code and start before its end.
    const auto begin = std::partition_point(
        all.begin(), all.end(), [firstCode](const TokenSegment& s) { return std::int64_t(s.endChar) <= firstCode; });
    const auto end = std::partition_point(
        begin, all.end(), [endCode](const TokenSegment& s) { return std::int64_t(s.beginChar) < endCode; });
    if (begin == end)
        return;
    const auto count = end - begin;
    if (count + 1 > image.width() / 2) {
        // More tokens than half the pixels: each column shows the token under its centre.
        auto it = begin;
        for (int x = 0; x < image.width(); ++x) {
            const auto code = std::int64_t(std::floor((contentX + x + 0.5) * codesPerPixel));
            while (it != end && std::int64_t(it->endChar) <= code)
                ++it;
            if (it == end)
                break;
            if (std::int64_t(it->beginChar) > code)
                continue;
            const QRgb color = tokenColor(it->id).rgb();
            for (int y = 0; y < image.height(); ++y)
                reinterpret_cast<QRgb*>(image.scanLine(y))[x] = color;
        }
        return;
    }
    QPainter painter(&image);
    QFont font = this->font();
    font.setPixelSize(11);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    for (auto it = begin; it != end; ++it) {
        // Whole pixels, rounded as the axis rounds, so a boundary sits at round(frameToX(first frame)).
        const auto x0 = int(std::lround(double(it->beginChar) / codesPerPixel - contentX));
        const auto x1 = int(std::lround(double(it->endChar) / codesPerPixel - contentX));
        const QColor color = tokenColor(it->id);
        const QRect box(x0, 0, x1 - x0, image.height());
        painter.fillRect(box, color);
        if (x1 - x0 >= kMinBoundaryWidth) {
            painter.setPen(kBoundary);
            painter.drawLine(x0, 0, x0, image.height() - 1);
        }
        const QString id = QString::number(it->id);
        if (x1 - x0 >= metrics.horizontalAdvance(id) + 6) {
            painter.setPen(textColorOn(color.rgb()));
            painter.drawText(box, Qt::AlignCenter, id);
        }
    }
}

void TokenLane::mouseMoveEvent(QMouseEvent* event)
{
    const std::int64_t index = tokenAt(event->position().x());
    if (index != m_hovered) {
        m_hovered = index;
        update();
        emit tokenHovered(m_slot, index);
    }
    Lane::mouseMoveEvent(event);
}

void TokenLane::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        setSelectedToken(tokenAt(event->position().x()));
        emit tokenClicked(m_slot, m_selected);
    }
    Lane::mousePressEvent(event);
}

void TokenLane::leaveEvent(QEvent* event)
{
    if (m_hovered >= 0) {
        m_hovered = -1;
        update();
        emit tokenHovered(m_slot, -1);
    }
    Lane::leaveEvent(event);
}

} // namespace codecbpe::widgets
