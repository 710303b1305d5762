// TransformersConfigEdit: the small edits transformers' save_pretrained makes to tokenizer_config.json and
// special_tokens_map.json when tokens are added, spliced into the existing text so that all else keeps its bytes.
#pragma once

#include "bpe/BpeModel.h"

#include <map>
#include <string>
#include <vector>

namespace codecbpe {

// tokenizer_config.json with "added_tokens_decoder" holding `tokens` (keys sorted as strings, as
// json.dumps(sort_keys=True) writes them; unchanged entries keep their bytes) and, if `additional` is not empty,
// "additional_special_tokens" extended by `additional` (strings). Throws Error naming `fileName`.
std::string editTokenizerConfig(const std::string& text, const std::string& fileName,
                                const std::map<TokenId, AddedToken>& tokens, const std::vector<std::string>& additional);

// special_tokens_map.json with "additional_special_tokens" extended by `additional`, in the form of its entries.
std::string editSpecialTokensMap(const std::string& text, const std::string& fileName,
                                 const std::map<TokenId, AddedToken>& tokens, const std::vector<std::string>& additional);

// The special_tokens_map.json transformers 4.x writes for a folder that has none: the named tokens of the
// tokenizer_config.json (bos, cls, eos, mask, pad, sep, unk) and its additional special tokens, each as the
// AddedToken dict when it is an added token, else as a string.
std::string specialTokensMapFor(const std::string& configText, const std::string& fileName,
                                const std::map<TokenId, AddedToken>& tokens);

// The additional_special_tokens a tokenizer_config.json lists (strings or {"content": ...} dicts).
std::vector<std::string> additionalSpecialTokensOf(const std::string& configText, const std::string& fileName);

} // namespace codecbpe
