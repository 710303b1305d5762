// LmTestSupport: small tokenizer folders and code files written by the lm tests.
#pragma once

#include "bpe/TokenizerFolder.h"

#include <QString>

#include <string>
#include <vector>

namespace codecbpe::test {

// A Codec BPE tokenizer folder: "<pad>" (id 0, special), the K*S alphabet from `offset`, then `merges` given as
// pairs of token texts (their concatenation becomes the next id). Records the codec metadata.
TokenizerFolder makeCodecTokenizer(int numCodebooks, int codebookSize, char32_t offset,
                                   const std::vector<std::pair<std::string, std::string>>& merges,
                                   const std::string& padToken = "<pad>");

std::string readFileBytes(const QString& path);
void writeFileBytes(const QString& path, const std::string& bytes);

} // namespace codecbpe::test
