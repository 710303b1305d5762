// AddedTokenJson: an added token's JSON entry as Hugging Face tokenizers writes it in tokenizer.json and as
// transformers writes it in tokenizer_config.json, for every writer of either file.
#pragma once

#include "bpe/BpeModel.h"

#include <string>

namespace codecbpe {

class JsonPrettyWriter;

// The boolean fields by their JSON names, in the order Hugging Face serializes them.
struct AddedTokenFlag {
    const char* name;
    bool AddedToken::*member;
};
inline constexpr AddedTokenFlag kAddedTokenFlags[] = {{"single_word", &AddedToken::singleWord},
                                                      {"lstrip", &AddedToken::lstrip},
                                                      {"rstrip", &AddedToken::rstrip},
                                                      {"normalized", &AddedToken::normalized},
                                                      {"special", &AddedToken::special}};

// tokenizer.json's entry: id, content, then the flags in Hugging Face's order.
void writeAddedToken(JsonPrettyWriter& w, const AddedToken& token);
// tokenizer_config.json's added_tokens_decoder entry (json.dumps with sort_keys): content, then the flags by name.
void writeAddedTokenSortedKeys(JsonPrettyWriter& w, const AddedToken& token);
// tokenizer.json's entry alone, pretty (serde_json's layout) or compact (no whitespace).
std::string addedTokenJsonPretty(const AddedToken& token);
std::string addedTokenJsonCompact(const AddedToken& token);

} // namespace codecbpe
