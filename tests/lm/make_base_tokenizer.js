#!/usr/bin/env node
'use strict';
// node make_base_tokenizer.js HF_REF_DIR KIND CORPUS.txt OUT_DIR
// Trains a small LLM-style base tokenizer with Hugging Face tokenizers (the hf-ref harness's node binding) and
// writes OUT_DIR/tokenizer.json (saved by HF itself) and a transformers-style tokenizer_config.json:
//   bytelevel  GPT-2 / Llama 3 style: BPE, ByteLevel pre-tokenizer and decoder, <|endoftext|> added after training
//   metaspace  Llama 2 / Mistral style: BPE, Metaspace (prepend always), <s> </s> added, template adds <s>
//   unigram    T5 / ALBERT style: Unigram, Metaspace, <s> </s> added, template adds <s>
//   wordpiece  BERT style: WordPiece, BERT pre-tokenizer, [CLS] [SEP] added, BertProcessing
const fs = require('fs');
const path = require('path');

const [hfRef, kind, corpus, outDir] = process.argv.slice(2);
const tk = require(path.join(hfRef, 'node_modules', 'tokenizers'));

let tokenizer;
if (kind === 'bytelevel') {
  tokenizer = new tk.Tokenizer(tk.BPE.empty());
  tokenizer.setPreTokenizer(tk.byteLevelPreTokenizer(false, true));
  tokenizer.setPostProcessor(tk.byteLevelProcessing(false));
} else if (kind === 'metaspace') {
  tokenizer = new tk.Tokenizer(tk.BPE.empty());
  tokenizer.setPreTokenizer(tk.metaspacePreTokenizer('▁', 'always', true));
  tokenizer.setDecoder(tk.metaspaceDecoder('▁', 'always', true));
} else if (kind === 'unigram') {
  tokenizer = new tk.Tokenizer(tk.Unigram.empty());
  tokenizer.setPreTokenizer(tk.metaspacePreTokenizer('▁', 'always', true));
  tokenizer.setDecoder(tk.metaspaceDecoder('▁', 'always', true));
} else if (kind === 'wordpiece') {
  tokenizer = new tk.Tokenizer(tk.WordPiece.empty());
  tokenizer.setPreTokenizer(tk.bertPreTokenizer());
  tokenizer.setDecoder(tk.wordPieceDecoder('##', true));
} else {
  process.stderr.write('kind must be bytelevel, metaspace, unigram or wordpiece\n');
  process.exit(2);
}
tokenizer.train([corpus]);
const specials = { bytelevel: ['<|endoftext|>'], metaspace: ['<s>', '</s>'], unigram: ['<s>', '</s>'],
                   wordpiece: ['[CLS]', '[SEP]'] }[kind];
tokenizer.addSpecialTokens(specials);
if (kind === 'metaspace' || kind === 'unigram') {
  tokenizer.setPostProcessor(tk.templateProcessing('<s> $A', '<s> $A <s> $B', [['<s>', tokenizer.tokenToId('<s>')]]));
} else if (kind === 'wordpiece') {
  tokenizer.setPostProcessor(tk.bertProcessing(['[SEP]', tokenizer.tokenToId('[SEP]')], ['[CLS]', tokenizer.tokenToId('[CLS]')]));
}
fs.mkdirSync(outDir, { recursive: true });
const file = path.join(outDir, 'tokenizer.json');
tokenizer.save(file, true);
if (kind === 'bytelevel') {
  // The binding has no ByteLevel decoder constructor: set it in the JSON and let HF load and save it again.
  const j = JSON.parse(fs.readFileSync(file, 'utf8'));
  j.decoder = { type: 'ByteLevel', add_prefix_space: true, trim_offsets: true, use_regex: true };
  tk.Tokenizer.fromString(JSON.stringify(j)).save(file, true);
}

const decoder = {};
for (const t of specials) {
  decoder[String(tokenizer.tokenToId(t))] = { content: t, lstrip: false, normalized: false, rstrip: false,
                                              single_word: false, special: true };
}
const config = { added_tokens_decoder: decoder, clean_up_tokenization_spaces: false,
                 model_max_length: 1024, tokenizer_class: 'PreTrainedTokenizerFast' };
if (kind === 'bytelevel') Object.assign(config, { bos_token: '<|endoftext|>', eos_token: '<|endoftext|>' });
if (kind === 'metaspace' || kind === 'unigram') Object.assign(config, { bos_token: '<s>', eos_token: '</s>' });
if (kind === 'wordpiece') Object.assign(config, { cls_token: '[CLS]', sep_token: '[SEP]' });
const sorted = Object.fromEntries(Object.keys(config).sort().map((k) => [k, config[k]]));
fs.writeFileSync(path.join(outDir, 'tokenizer_config.json'), JSON.stringify(sorted, null, 2) + '\n');
