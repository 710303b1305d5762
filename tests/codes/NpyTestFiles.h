// NpyTestFiles: helpers for the codes tests to write raw and hand-made .npy files.
#pragma once

#include <QByteArray>
#include <QString>

#include <string>

namespace codecbpe::test {

// Writes `bytes` to `path` as is (test fixtures, not through AtomicFile on purpose: they may be broken files).
void writeBytes(const QString& path, const QByteArray& bytes);
QByteArray readBytes(const QString& path);
// An .npy file of format `major`.0 with `dict` as its header text (padded as NumPy pads) followed by `data`.
QByteArray craftedNpy(const std::string& dict, const QByteArray& data, int major = 1);

} // namespace codecbpe::test
