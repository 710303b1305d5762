// Palette: the colours of the timeline: a perceptual colour map for codes and a stable colour per token id.
#pragma once

#include "bpe/BpeModel.h"

#include <QColor>
#include <QRgb>

#include <vector>

namespace codecbpe::widgets {

// Viridis (perceptually uniform, readable in grey and by most colour-blind viewers) at t in [0, 1].
QRgb viridis(double t);
// One viridis colour per code 0 .. codebookSize-1, low codes dark blue, high codes yellow.
std::vector<QRgb> codeColorTable(int codebookSize);
// Black or white, whichever reads better on `background`.
QColor textColorOn(QRgb background);
// The same id always gets the same colour; neighbouring ids get clearly different hues (golden-ratio steps).
QColor tokenColor(TokenId id);

} // namespace codecbpe::widgets
