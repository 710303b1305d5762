// TileCache: a lane's rendering cut into fixed-width image tiles per zoom level, so that a repaint only copies
// images and scrolling or returning to a zoom renders nothing new (Sonic Visualiser's ScrollableImageCache idea).
#pragma once

#include <QCache>
#include <QImage>

#include <functional>

class QPainter;

namespace codecbpe::widgets {

class TimeAxis;

class TileCache {
public:
    static constexpr int kTileWidth = 256;

    // Renders one tile: `image` (kTileWidth x height, to be filled completely) shows content pixels starting at
    // `contentX` (= frame * pixelsPerFrame) at zoom `pixelsPerFrame`.
    using RenderTile = std::function<void(QImage& image, double contentX, double pixelsPerFrame)>;

    explicit TileCache(int maxMegabytes = 64);

    // Draws the tiles that cover the axis' view into `painter` (lane coordinates, y from 0 to height).
    void paint(QPainter& painter, const TimeAxis& axis, int height, const RenderTile& render);
    // Drops every tile, e.g. when the data or the lane's height changed.
    void clear();
    int tileCount() const { return m_tiles.count(); }

private:
    struct Key {
        double pixelsPerFrame;
        qint64 tile;
        int height;
        friend bool operator==(const Key& a, const Key& b)
        {
            return a.pixelsPerFrame == b.pixelsPerFrame && a.tile == b.tile && a.height == b.height;
        }
        friend size_t qHash(const Key& key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.pixelsPerFrame, key.tile, key.height);
        }
    };

    QCache<Key, QImage> m_tiles;
};

} // namespace codecbpe::widgets
