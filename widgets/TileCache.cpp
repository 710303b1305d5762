#include "widgets/TileCache.h"

#include "widgets/TimeAxis.h"

#include <QPainter>

#include <cmath>

namespace codecbpe::widgets {

TileCache::TileCache(int maxMegabytes) : m_tiles(qsizetype(maxMegabytes) * 1024 * 1024) {}

void TileCache::paint(QPainter& painter, const TimeAxis& axis, int height, const RenderTile& render)
{
    if (height <= 0)
        return;
    const double zoom = axis.pixelsPerFrame();
    // The axis keeps its start on whole pixels, so tiles meet without seams.
    const double viewStart = std::round(axis.frameToContentX(axis.startFrame()));
    const auto first = qint64(std::floor(viewStart / kTileWidth));
    const auto last = qint64(std::floor((viewStart + axis.viewWidth() - 1) / kTileWidth));
    for (qint64 tile = first; tile <= last; ++tile) {
        const Key key{zoom, tile, height};
        QImage image;
        if (const QImage* cached = m_tiles.object(key)) {
            image = *cached;
        } else {
            image = QImage(kTileWidth, height, QImage::Format_RGB32);
            render(image, double(tile) * kTileWidth, zoom);
            // QImage shares its pixels: the cache's copy costs no second buffer.
            m_tiles.insert(key, new QImage(image), qsizetype(kTileWidth) * height * 4);
        }
        painter.drawImage(QPointF(double(tile) * kTileWidth - viewStart, 0.0), image);
    }
}

void TileCache::clear()
{
    m_tiles.clear();
}

} // namespace codecbpe::widgets
