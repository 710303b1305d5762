// BpeModel: what a trained BPE tokenizer is — token strings by id, the merges in rank order, the added tokens.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace codecbpe {

using TokenId = std::uint32_t;

// A Hugging Face added token (tokenizer.json "added_tokens"); codec-bpe's special tokens use the defaults.
struct AddedToken {
    TokenId id = 0;
    std::string content; // UTF-8
    bool singleWord = false;
    bool lstrip = false;
    bool rstrip = false;
    bool normalized = false;
    bool special = true;

    friend bool operator==(const AddedToken& a, const AddedToken& b)
    {
        return a.id == b.id && a.content == b.content && a.singleWord == b.singleWord && a.lstrip == b.lstrip &&
               a.rstrip == b.rstrip && a.normalized == b.normalized && a.special == b.special;
    }
};

// One merge: the tokens `left` and `right` side by side become `result` (whose text is their concatenation).
struct BpeMerge {
    TokenId left = 0;
    TokenId right = 0;
    TokenId result = 0;

    friend bool operator==(const BpeMerge& a, const BpeMerge& b)
    {
        return a.left == b.left && a.right == b.right && a.result == b.result;
    }
};

// Told of each merge as training makes it: its index in creation order (a pair merged twice comes twice, as in
// Hugging Face's list) and the merge. An index lower than the last one means training restarted from there and
// what came after it is void.
using MergeListener = std::function<void(std::size_t index, const BpeMerge& merge)>;

struct BpeModel {
    std::vector<std::string> vocab;       // UTF-8 text of token id i at index i; ids are dense
    std::vector<BpeMerge> merges;         // rank r at index r; each (left, right) pair at most once
    std::vector<AddedToken> addedTokens;  // ascending id; their ids are also in `vocab`
    std::optional<std::string> unkToken;  // model.unk_token

    TokenId vocabSize() const { return TokenId(vocab.size()); }

    friend bool operator==(const BpeModel& a, const BpeModel& b)
    {
        return a.vocab == b.vocab && a.merges == b.merges && a.addedTokens == b.addedTokens && a.unkToken == b.unkToken;
    }
};

} // namespace codecbpe
