// StatisticsStrip: one line under the timeline with the figures of the open document: codes, and for tokenizers
// A and B their tokens, tokens per second and codes per token (the compression they achieve).
#pragma once

#include <QWidget>

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

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    Session* m_session;
    QLabel* m_codes;
    QLabel* m_tokens[2];
};

} // namespace codecbpe::widgets
