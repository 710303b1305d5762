// OverwriteGuard: asks before an Export form replaces files that exist (a tokenizer folder's files, a dataset), so
// that nothing is overwritten without the user's yes.
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace codecbpe::widgets {

class OverwriteGuard {
    Q_DECLARE_TR_FUNCTIONS(OverwriteGuard)

public:
    // The paths among `paths` that exist.
    static QStringList existing(const QStringList& paths);
    // True when none of `paths` exists, or the user agreed to replace those that do.
    static bool confirm(QWidget* parent, const QStringList& paths);
};

} // namespace codecbpe::widgets
