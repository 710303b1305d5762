// TokenizerFolder::tokenizerJson(): tokenizer.json exactly as HF tokenizers' Tokenizer::save(path, pretty=true)
// writes it (serde_json pretty, field order of the Serialize impls, vocab in id order, merges as pairs).
#include "bpe/AddedTokenJson.h"
#include "bpe/JsonPrettyWriter.h"
#include "bpe/TokenizerFolder.h"

#include <nlohmann/json.hpp>

namespace codecbpe {
namespace {

void optionalString(JsonPrettyWriter& w, const std::optional<std::string>& s)
{
    if (s)
        w.string(*s);
    else
        w.null();
}

void rawPart(JsonPrettyWriter& w, const char* name, const std::string& compactJson)
{
    w.key(name);
    w.value(nlohmann::ordered_json::parse(compactJson));
}

void writeAddedTokens(JsonPrettyWriter& w, const std::vector<AddedToken>& tokens)
{
    w.key("added_tokens");
    w.beginArray();
    for (const AddedToken& t : tokens)
        writeAddedToken(w, t);
    w.endArray();
}

void writeModel(JsonPrettyWriter& w, const BpeModel& m, const BpeModelOptions& o)
{
    w.key("model");
    w.beginObject();
    w.key("type");
    w.string("BPE");
    w.key("dropout");
    if (o.dropout)
        w.floating32(float(*o.dropout)); // HF keeps dropout as an f32
    else
        w.null();
    w.key("unk_token");
    optionalString(w, m.unkToken);
    w.key("continuing_subword_prefix");
    optionalString(w, o.continuingSubwordPrefix);
    w.key("end_of_word_suffix");
    optionalString(w, o.endOfWordSuffix);
    w.key("fuse_unk");
    w.boolean(o.fuseUnk);
    w.key("byte_fallback");
    w.boolean(o.byteFallback);
    w.key("ignore_merges");
    w.boolean(o.ignoreMerges);
    w.key("vocab");
    w.beginObject();
    for (TokenId id = 0; id < m.vocabSize(); ++id) {
        w.key(m.vocab[id]);
        w.integer(id);
    }
    w.endObject();
    w.key("merges");
    w.beginArray();
    for (const BpeMerge& merge : m.merges) {
        w.beginArray();
        w.string(m.vocab.at(merge.left));
        w.string(m.vocab.at(merge.right));
        w.endArray();
    }
    w.endArray();
    w.endObject();
}

} // namespace

std::string TokenizerFolder::tokenizerJson() const
{
    std::string out;
    // About 30 bytes per vocab entry and 40 per merge: one allocation for the usual sizes.
    out.reserve(4096 + 32 * model.vocab.size() + 48 * model.merges.size());
    JsonPrettyWriter w(out);
    w.beginObject();
    w.key("version");
    w.string("1.0");
    rawPart(w, "truncation", pipeline.truncation);
    rawPart(w, "padding", pipeline.padding);
    writeAddedTokens(w, model.addedTokens);
    rawPart(w, "normalizer", pipeline.normalizer);
    rawPart(w, "pre_tokenizer", pipeline.preTokenizer);
    rawPart(w, "post_processor", pipeline.postProcessor);
    rawPart(w, "decoder", pipeline.decoder);
    writeModel(w, model, options);
    w.endObject();
    return out;
}

} // namespace codecbpe
