#include "widgets/FormRows.h"

#include <QFormLayout>
#include <QLabel>

namespace codecbpe::widgets {

void setFormRowVisible(QWidget* widget, bool visible)
{
    QWidget* parent = widget->parentWidget();
    auto* form = parent ? qobject_cast<QFormLayout*>(parent->layout()) : nullptr;
    if (form && form->indexOf(widget) >= 0)
        form->setRowVisible(widget, visible);
    else
        widget->setVisible(visible);
}

void setFormStatus(QLabel* status, const QString& text)
{
    status->setText(text);
    setFormRowVisible(status, !text.isEmpty());
}

} // namespace codecbpe::widgets
