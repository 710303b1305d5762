// StatisticsStrip: one line under the timeline with the figures of the open document: codes, and for tokenizers
// A and B their tokens, tokens per second and codes per token (the compression they achieve). When the line does
// not fit the width, the figures stack, one a line, rather than the last being cut off.
#pragma once

#include <QWidget>

class QBoxLayout;
class QLabel;

namespace codecbpe::widgets {

class Session;

class StatisticsStrip : public QWidget {
    Q_OBJECT
public:
    explicit StatisticsStrip(Session* session, QWidget* parent = nullptr);

    // The shown texts: the codes, and the figures of tokenizer slot 0 (A) or 1 (B) (empty without tokens).
    QString codesText() const;
    QString tokensText(int slot) const;
    // Whether the figures are stacked, one a line (the strip is too narrow for one line).
    bool isStacked() const;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    void fitToWidth();

    Session* m_session;
    QBoxLayout* m_layout;
    QLabel* m_codes;
    QLabel* m_tokens[2];
};

} // namespace codecbpe::widgets
