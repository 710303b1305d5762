// CodesTestSupport: helpers for the codes tests: raw and hand-made files, expected errors.
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <string>

namespace codecbpe::test {

// Writes `bytes` to `path` as is (test fixtures, not through AtomicFile on purpose: they may be broken files).
void writeBytes(const QString& path, const QByteArray& bytes);
QByteArray readBytes(const QString& path);
// An .npy file of format `major`.0 with `dict` as its header text (padded as NumPy pads) followed by `data`.
QByteArray craftedNpy(const std::string& dict, const QByteArray& data, int major = 1);
// Runs `action`, which must throw codecbpe::Error with a message "<file>: ..." that contains `part`.
void verifyError(const std::function<void()>& action, const QString& file, const QString& part);

} // namespace codecbpe::test
