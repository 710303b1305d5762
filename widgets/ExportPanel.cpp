#include "widgets/ExportPanel.h"

#include "widgets/ExtendTokenizerSection.h"
#include "widgets/LabelColumn.h"
#include "widgets/LmDatasetSection.h"
#include "widgets/SaveTokenizerSection.h"

#include <QFormLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace codecbpe::widgets {

namespace {
constexpr int kReadableColumns = 80;
} // namespace

ExportPanel::ExportPanel(Session* session, QWidget* parent)
    : QWidget(parent),
      m_save(new SaveTokenizerSection(session)),
      m_extend(new ExtendTokenizerSection(session)),
      m_dataset(new LmDatasetSection(session)),
      m_scroll(new QScrollArea(this))
{
    setWindowTitle(tr("Export"));
    // The three sections are taller than a dock usually is: they scroll together.
    auto* content = new QWidget;
    auto* sections = new QVBoxLayout(content);
    sections->addWidget(m_save);
    sections->addWidget(m_extend);
    sections->addWidget(m_dataset);
    sections->addStretch();
    // In a dock narrower than the fields' minimum, the panel scrolls sideways rather than cut off the Browse buttons.
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    // The sections' fields start at one x, as if the panel were one form.
    QList<QWidget*> labels;
    for (const QWidget* section : QList<const QWidget*>{m_save, m_extend, m_dataset}) {
        if (const auto* form = qobject_cast<const QFormLayout*>(section->layout()))
            labels += labelColumn(*form);
    }
    keepLabelColumnAligned(this, labels);
}

QSize ExportPanel::sizeHint() const
{
    // Room for about 60 characters of path beside the labels.
    const int readable = fontMetrics().averageCharWidth() * kReadableColumns;
    const QSize content = m_scroll->widget()->sizeHint();
    return {std::max(content.width(), readable) + m_scroll->verticalScrollBar()->sizeHint().width(), content.height()};
}

} // namespace codecbpe::widgets
