// Forms stacked one above another (the Export panel's sections) read as one form only when their label columns are
// equally wide: otherwise each section's fields start at a different x.
#pragma once

#include <QList>

class QFormLayout;

namespace codecbpe::widgets {

// Gives every label of these forms the width of the widest one (labels in the label column only; rows that span
// both columns keep their own width). Call again after a font or style change.
void alignFormLabelColumns(const QList<QFormLayout*>& forms);

} // namespace codecbpe::widgets
