#include "widgets/CodeGridLane.h"

#include "widgets/Palette.h"
#include "widgets/Session.h"
#include "widgets/TimeAxis.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace codecbpe::widgets {

namespace {
const QRgb kBackground = qRgb(48, 48, 48);
const QRgb kCellBorder = qRgb(30, 30, 30);
const QRgb kUnknownCode = qRgb(128, 128, 128);
constexpr int kMinRowHeightForBorders = 8;
constexpr int kMinRowHeightForNumbers = 11;

QFont codeNumberFont(const QFont& base, int rowHeight)
{
    QFont font = base;
    font.setPixelSize(std::clamp(rowHeight - 4, 6, 11));
    return font;
}
} // namespace

CodeGridLane::CodeGridLane(Session* session, TimeAxis* axis, QWidget* parent) : Lane(session, axis, parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(session, &Session::codesChanged, this, &CodeGridLane::onCodesChanged);
    onCodesChanged();
}

double CodeGridLane::codeNumberZoom(const QFontMetrics& metrics, int codebookSize)
{
    return metrics.horizontalAdvance(QString::number(std::max(0, codebookSize - 1))) + 4.0;
}

void CodeGridLane::onCodesChanged()
{
    const CodeGrid& codes = session()->codes();
    const auto& info = session()->codecInfo();
    int size = info && info->codebookSize > 0 ? info->codebookSize : 0;
    if (size == 0 && !codes.empty())
        size = *std::max_element(codes.codebookMajor().begin(), codes.codebookMajor().end()) + 1;
    m_codebookSize = std::max(1, size);
    m_colors = codeColorTable(m_codebookSize);
    // Few codebooks get rows tall enough for code numbers; many codebooks must still fit on a screen.
    const int k = std::max(1, codes.numCodebooks());
    m_rowHeight = k <= 8 ? 16 : std::max(3, 160 / k);
    m_highlight.reset();
    m_tiles.clear();
    updateGeometry();
    update();
}

QSize CodeGridLane::sizeHint() const
{
    return {200, std::max(1, session()->codes().numCodebooks()) * m_rowHeight};
}

int CodeGridLane::codebookAt(double y) const
{
    const int k = int(std::floor(y / m_rowHeight));
    return k >= 0 && k < session()->codes().numCodebooks() ? k : -1;
}

QRgb CodeGridLane::codeColor(int code) const
{
    return code >= 0 && code < int(m_colors.size()) ? m_colors[std::size_t(code)] : kUnknownCode;
}

void CodeGridLane::setHighlight(std::optional<TokenSegment> token, QColor color)
{
    m_highlight = token;
    m_highlightColor = color;
    update();
}

QString CodeGridLane::hoverText(QPointF pos) const
{
    const CodeGrid& codes = session()->codes();
    const double frame = std::floor(axis()->xToFrame(pos.x()));
    const int codebook = codebookAt(pos.y());
    if (codebook < 0 || frame < 0 || frame >= double(codes.numFrames()))
        return {};
    const auto f = std::int64_t(frame);
    return tr("%1 · frame %2 · codebook %3 · code %4")
        .arg(secondsText(frame))
        .arg(f)
        .arg(codebook)
        .arg(codes.at(codebook, f));
}

void CodeGridLane::resizeEvent(QResizeEvent* event)
{
    m_tiles.clear();
    Lane::resizeEvent(event);
}

void CodeGridLane::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(kBackground));
    if (session()->codes().empty())
        return;
    m_tiles.paint(painter, *axis(), height(),
                  [this](QImage& image, double contentX, double zoom) { renderTile(image, contentX, zoom); });
    drawHighlight(painter);
    paintTitle(painter, tr("Codes"));
}

void CodeGridLane::renderTile(QImage& image, double contentX, double pixelsPerFrame) const
{
    image.fill(kBackground);
    const CodeGrid& codes = session()->codes();
    const int numCodebooks = codes.numCodebooks();
    const int rows = std::min(image.height(), numCodebooks * m_rowHeight);
    const bool cellBorders = pixelsPerFrame >= kCellBorderZoom;
    const bool rowBorders = m_rowHeight >= kMinRowHeightForBorders;
    // Each pixel column shows the frame under its centre: at any zoom a tile costs width x height, never the
    // number of frames it covers.
    uchar* const bits = image.bits();
    const qsizetype bytesPerLine = image.bytesPerLine();
    for (int x = 0; x < image.width(); ++x) {
        const double frame = std::floor((contentX + x + 0.5) / pixelsPerFrame);
        if (frame >= double(codes.numFrames()))
            break;
        const auto f = std::int64_t(frame);
        const bool frameStart = cellBorders && std::floor((contentX + x - 0.5) / pixelsPerFrame) != frame;
        for (int y = 0; y < rows; ++y) {
            const int codebook = y / m_rowHeight;
            const bool rowEnd = rowBorders && y % m_rowHeight == m_rowHeight - 1;
            auto* line = reinterpret_cast<QRgb*>(bits + y * bytesPerLine);
            line[x] = (frameStart || rowEnd) ? kCellBorder : codeColor(codes.row(codebook)[f]);
        }
    }
    drawCodeNumbers(image, contentX, pixelsPerFrame);
}

void CodeGridLane::drawCodeNumbers(QImage& image, double contentX, double pixelsPerFrame) const
{
    if (m_rowHeight < kMinRowHeightForNumbers)
        return;
    const QFont font = codeNumberFont(this->font(), m_rowHeight);
    if (pixelsPerFrame < codeNumberZoom(QFontMetrics(font), m_codebookSize))
        return;
    const CodeGrid& codes = session()->codes();
    QPainter painter(&image);
    painter.setFont(font);
    const auto firstFrame = std::int64_t(std::floor(contentX / pixelsPerFrame));
    const auto endFrame =
        std::min(codes.numFrames(), std::int64_t(std::ceil((contentX + image.width()) / pixelsPerFrame)));
    for (std::int64_t f = std::max<std::int64_t>(0, firstFrame); f < endFrame; ++f) {
        const QRectF column(double(f) * pixelsPerFrame - contentX, 0.0, pixelsPerFrame, m_rowHeight);
        for (int k = 0; k < codes.numCodebooks(); ++k) {
            const int code = codes.row(k)[f];
            painter.setPen(textColorOn(codeColor(code)));
            painter.drawText(column.translated(0.0, double(k) * m_rowHeight), Qt::AlignCenter, QString::number(code));
        }
    }
}

void CodeGridLane::drawHighlight(QPainter& painter) const
{
    const int k = session()->codes().numCodebooks();
    if (!m_highlight || k <= 0 || m_highlight->numCodes == 0)
        return;
    const auto cells = [&](std::int64_t frameBegin, std::int64_t frameEnd, int rowBegin, int rowEnd) {
        const double x0 = axis()->frameToX(double(frameBegin));
        const double x1 = axis()->frameToX(double(frameEnd));
        QPainterPath path;
        path.addRect(QRectF(x0, double(rowBegin) * m_rowHeight, x1 - x0, double(rowEnd - rowBegin) * m_rowHeight));
        return path;
    };
    // A token covers the flattened codes [first, end): a tail of one frame, whole frames, the head of another.
    const std::int64_t firstFrame = m_highlight->firstFrame;
    const std::int64_t lastFrame = m_highlight->lastFrame;
    const int firstRow = m_highlight->startCodebook;
    const int lastRow = m_highlight->endCodebook;
    QPainterPath outline;
    if (firstFrame == lastFrame) {
        outline = cells(firstFrame, firstFrame + 1, firstRow, lastRow + 1);
    } else {
        outline = cells(firstFrame, firstFrame + 1, firstRow, k);
        if (lastFrame > firstFrame + 1)
            outline = outline.united(cells(firstFrame + 1, lastFrame, 0, k));
        outline = outline.united(cells(lastFrame, lastFrame + 1, 0, lastRow + 1));
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::black, 4));
    painter.drawPath(outline.simplified());
    painter.setPen(QPen(m_highlightColor, 2));
    painter.drawPath(outline.simplified());
}

} // namespace codecbpe::widgets
