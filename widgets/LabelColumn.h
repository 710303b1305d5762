// Forms stacked one above another (the Export panel's sections, the Train panel's source and options) read as one
// form only when their label columns are equally wide: otherwise each one's fields start at a different x.
#pragma once

#include <QList>

class QFormLayout;
class QWidget;

namespace codecbpe::widgets {

// The labels in a form's label column (rows that span both columns have none).
QList<QWidget*> labelColumn(const QFormLayout& form);

// Gives every one of these labels the width of the widest, now and again whenever `owner` (a widget holding them
// all) changes font or style.
void keepLabelColumnAligned(QWidget* owner, const QList<QWidget*>& labels);

} // namespace codecbpe::widgets
