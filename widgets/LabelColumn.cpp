#include "widgets/LabelColumn.h"

#include <QFormLayout>
#include <QLayoutItem>
#include <QWidget>

#include <algorithm>

namespace codecbpe::widgets {

QList<QWidget*> labelColumn(const QFormLayout& form)
{
    QList<QWidget*> labels;
    for (int row = 0; row < form.rowCount(); ++row) {
        const QLayoutItem* item = form.itemAt(row, QFormLayout::LabelRole);
        if (item && item->widget())
            labels.append(item->widget());
    }
    return labels;
}

void alignLabelColumn(const QList<QWidget*>& labels)
{
    // A minimum width left from an earlier call (an older font) must not count as what a label wants.
    for (QWidget* label : labels)
        label->setMinimumWidth(0);
    int widest = 0;
    for (const QWidget* label : labels)
        widest = std::max(widest, label->sizeHint().width());
    for (QWidget* label : labels)
        label->setMinimumWidth(widest);
}

} // namespace codecbpe::widgets
