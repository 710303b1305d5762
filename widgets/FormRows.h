// Rows of a form that come and go: a status line that is empty until something happens, a list shown only when it
// has items. Hiding the widget alone would leave the form's spacing around an empty row; these hide the row.
#pragma once

class QLabel;
class QString;
class QWidget;

namespace codecbpe::widgets {

// Shows or hides the form row that holds `widget` (or just the widget, when it is not in a QFormLayout).
void setFormRowVisible(QWidget* widget, bool visible);

// Sets a status label's text; its row is shown only while there is text.
void setFormStatus(QLabel* status, const QString& text);

} // namespace codecbpe::widgets
