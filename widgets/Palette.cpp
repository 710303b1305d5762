#include "widgets/Palette.h"

#include <algorithm>
#include <cmath>

namespace codecbpe::widgets {

QRgb viridis(double t)
{
    // Polynomial fit of matplotlib's viridis (Matt Zucker's degree-6 fit, public domain); max error < 1/255.
    t = std::clamp(t, 0.0, 1.0);
    const auto channel = [t](double c0, double c1, double c2, double c3, double c4, double c5, double c6) {
        const double v = c0 + t * (c1 + t * (c2 + t * (c3 + t * (c4 + t * (c5 + t * c6)))));
        return int(std::lround(std::clamp(v, 0.0, 1.0) * 255.0));
    };
    return qRgb(channel(0.2777273272234177, 0.1050930431085774, -0.3308618287255563, -4.634230498983486,
                        6.228269936347081, 4.776384997670288, -5.435455855934631),
                channel(0.005407344544966578, 1.404613529898575, 0.214847559468213, -5.799100973351585,
                        14.17993336680509, -13.74514537774601, 4.645852612178535),
                channel(0.3340998053353061, 1.384590162594685, 0.09509516302823659, -19.33244095627987,
                        56.69055260068105, -65.35303263337234, 26.3124352495832));
}

std::vector<QRgb> codeColorTable(int codebookSize)
{
    std::vector<QRgb> table(std::size_t(std::max(1, codebookSize)));
    const double last = std::max(1, codebookSize - 1);
    for (std::size_t code = 0; code < table.size(); ++code)
        table[code] = viridis(double(code) / last);
    return table;
}

QColor textColorOn(QRgb background)
{
    const double luma = 0.299 * qRed(background) + 0.587 * qGreen(background) + 0.114 * qBlue(background);
    return luma > 140 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor tokenColor(TokenId id)
{
    constexpr double kGoldenRatioConjugate = 0.6180339887498949;
    const double hue = std::fmod(double(id) * kGoldenRatioConjugate, 1.0);
    // Alternate two lightness bands so ids whose hues happen to be close still differ.
    const double lightness = (id % 2 == 0) ? 0.72 : 0.60;
    return QColor::fromHslF(float(hue), 0.65f, float(lightness));
}

} // namespace codecbpe::widgets
