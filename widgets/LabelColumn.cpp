#include "widgets/LabelColumn.h"

#include <QEvent>
#include <QFormLayout>
#include <QLayoutItem>
#include <QWidget>

#include <algorithm>
#include <utility>

namespace codecbpe::widgets {

namespace {

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

// Lives as a child of the owner, so it goes with the owner and the labels it holds.
class LabelColumnAligner final : public QObject {
public:
    LabelColumnAligner(QWidget* owner, QList<QWidget*> labels) : QObject(owner), m_labels(std::move(labels))
    {
        alignLabelColumn(m_labels);
        owner->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // The owner hears of a new font after its children have taken it, so their size hints are already new.
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
            alignLabelColumn(m_labels);
        return QObject::eventFilter(watched, event);
    }

private:
    QList<QWidget*> m_labels;
};

} // namespace

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

void keepLabelColumnAligned(QWidget* owner, const QList<QWidget*>& labels)
{
    new LabelColumnAligner(owner, labels);
}

} // namespace codecbpe::widgets
