<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OverwriteGuard</name>
    <message>
        <source>Replace files?</source>
        <translation>替换文件？</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist and will be replaced:</source>
        <translation>
            <numerusform>%n 个文件已存在，将被替换：</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::AboutDialog</name>
    <message>
        <source>About Codec BPE Studio</source>
        <translation>关于 Codec BPE Studio</translation>
    </message>
    <message>
        <source>Codec BPE Studio %1</source>
        <translation>Codec BPE Studio %1</translation>
    </message>
    <message>
        <source>Train, inspect and compare BPE tokenizers for the discrete codes of neural audio codecs. The studio shows audio, its codec codes and how a tokenizer groups them, on one time axis. Tokenizers are interchangeable with the Python package codec-bpe and Hugging Face tokenizers.</source>
        <translation>训练、检查和比较用于神经音频编解码器离散码的 BPE 分词器。本工作室在同一时间轴上显示音频、其编解码器码以及分词器如何将它们分组。分词器可与 Python 包 codec-bpe 和 Hugging Face tokenizers 互换使用。</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>构建所用组件：</translation>
    </message>
    <message>
        <source>Qt %1 (LGPL v3)</source>
        <translation>Qt %1（LGPL v3）</translation>
    </message>
    <message>
        <source>QCustomPlot 2.1 (GPL v3)</source>
        <translation>QCustomPlot 2.1（GPL v3）</translation>
    </message>
    <message>
        <source>libtorch 1.13 (BSD 3-clause)</source>
        <translation>libtorch 1.13（BSD 三条款）</translation>
    </message>
    <message>
        <source>libsndfile (LGPL v2.1 or later)</source>
        <translation>libsndfile（LGPL v2.1 或更高版本）</translation>
    </message>
    <message>
        <source>libsamplerate (BSD 2-clause)</source>
        <translation>libsamplerate（BSD 二条款）</translation>
    </message>
    <message>
        <source>codec2 (LGPL v2.1)</source>
        <translation>codec2（LGPL v2.1）</translation>
    </message>
    <message>
        <source>nlohmann/json (MIT)</source>
        <translation>nlohmann/json（MIT）</translation>
    </message>
    <message>
        <source>Because QCustomPlot is licensed under the GPL v3, the studio as a whole is distributed under the GPL v3.</source>
        <translation>由于 QCustomPlot 采用 GPL v3 许可，本工作室整体以 GPL v3 发布。</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::AudioPlayer</name>
    <message>
        <source>No audio output device: playback is not available on this machine.</source>
        <translation>没有音频输出设备：本机无法播放。</translation>
    </message>
    <message>
        <source>The audio output &quot;%1&quot; cannot play %2 Hz mono.</source>
        <translation>音频输出“%1”无法播放 %2 Hz 单声道。</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::AudioSourceForm</name>
    <message>
        <source>Folder of audio files</source>
        <translation>音频文件所在文件夹</translation>
    </message>
    <message>
        <source>Folder to write the codes to</source>
        <translation>写入码的文件夹</translation>
    </message>
    <message>
        <source>Audio folder:</source>
        <translation>音频文件夹：</translation>
    </message>
    <message>
        <source>Codec:</source>
        <translation>编解码器：</translation>
    </message>
    <message>
        <source>Codes output:</source>
        <translation>码输出：</translation>
    </message>
    <message>
        <source>Choose a folder of audio files.</source>
        <translation>请选择一个音频文件夹。</translation>
    </message>
    <message>
        <source>Choose a codec.</source>
        <translation>请选择一个编解码器。</translation>
    </message>
    <message>
        <source>Choose a folder to write the codes to.</source>
        <translation>请选择写入码的文件夹。</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::CodeGridLane</name>
    <message>
        <source>%1 · frame %2 · codebook %3 · code %4</source>
        <translation>%1 · 帧 %2 · 码本 %3 · 码 %4</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>码</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::ComparePanel</name>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Open tokenizers A and B on the same codes to compare their segmentations.</source>
        <translation>在同一组码上打开分词器 A 和 B，以比较它们的切分。</translation>
    </message>
    <message>
        <source>A and B cut the codes at exactly the same places.</source>
        <translation>A 和 B 在完全相同的位置切分码。</translation>
    </message>
    <message>
        <source>A and B agree on %1% of their token boundaries. Regions where they cut differently: %2.</source>
        <translation>A 和 B 的词元边界有 %1% 一致。切分不同的区域：%2。</translation>
    </message>
    <message>
        <source>Next and Previous step through the regions where A and B differ.</source>
        <translation>用“下一个”和“上一个”逐一查看 A 与 B 不同的区域。</translation>
    </message>
    <message>
        <source>Region %1 of %2: frames %3–%4</source>
        <translation>区域 %1 / %2：帧 %3–%4</translation>
    </message>
    <message>
        <source> (%1–%2 s)</source>
        <translation>（%1–%2 秒）</translation>
    </message>
    <message>
        <source>. Tokens in it: A %1, B %2.</source>
        <translation>。其中词元数：A %1，B %2。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Vocabulary size</source>
        <translation>词表大小</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>合并数</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>词元数</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>每秒词元数</translation>
    </message>
    <message>
        <source>Codes per token</source>
        <translation>每词元码数</translation>
    </message>
    <message>
        <source>Frames per token</source>
        <translation>每词元帧数</translation>
    </message>
    <message>
        <source>Distinct tokens used</source>
        <translation>使用的不同词元数</translation>
    </message>
    <message>
        <source>Longest token (codes)</source>
        <translation>最长词元（码数）</translation>
    </message>
    <message>
        <source>Repeated frame, in audio</source>
        <translation>单帧重复（音频中）</translation>
    </message>
    <message>
        <source>Repeated frame, in vocabulary</source>
        <translation>单帧重复（词表中）</translation>
    </message>
    <message>
        <source>Boundaries the other lacks</source>
        <translation>对方没有的边界</translation>
    </message>
    <message>
        <source>Boundary agreement</source>
        <translation>边界一致率</translation>
    </message>
    <message>
        <source>Tokens in the open codes that are one frame repeated (often silence), and their share</source>
        <translation>已打开的码中由单帧重复构成的词元（常为静音）及其占比</translation>
    </message>
    <message>
        <source>Vocabulary entries that are one frame repeated, and their share of the vocabulary</source>
        <translation>由单帧重复构成的词表条目及其在词表中的占比</translation>
    </message>
    <message>
        <source>Boundaries both tokenizers have, in percent of the boundaries either has</source>
        <translation>两个分词器共有的边界占任一分词器所有边界的百分比</translation>
    </message>
    <message>
        <source>Mark the boundaries where A and B differ in the token lanes</source>
        <translation>在词元轨道中标出 A 与 B 不同的边界</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::ExportPanel</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::ExtendTokenizerSection</name>
    <message>
        <source>Extend an LLM tokenizer</source>
        <translation>扩展 LLM 分词器</translation>
    </message>
    <message>
        <source>Llama, Mistral, Qwen… tokenizer folder</source>
        <translation>Llama、Mistral、Qwen… 的分词器文件夹</translation>
    </message>
    <message>
        <source>Codes folder (optional)</source>
        <translation>编码文件夹（可选）</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Output tokenizer folder</source>
        <translation>输出分词器文件夹</translation>
    </message>
    <message>
        <source>Also write the id map</source>
        <translation>同时写入编号映射</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>写入…</translation>
    </message>
    <message>
        <source>Special tokens added before the codec tokens, separated by spaces</source>
        <translation>在编解码器词元之前添加的特殊词元，以空格分隔</translation>
    </message>
    <message>
        <source>e.g. &lt;audio&gt; &lt;/audio&gt;</source>
        <translation>例如 &lt;audio&gt; &lt;/audio&gt;</translation>
    </message>
    <message>
        <source>codec_bpe_id_map.json: Codec BPE id -&gt; extended id, for prep-lm-dataset --id_map (keeps the Codec BPE segmentation exactly)</source>
        <translation>codec_bpe_id_map.json：Codec BPE 编号 -&gt; 扩展后的编号，供 prep-lm-dataset --id_map 使用（完全保留 Codec BPE 的切分）</translation>
    </message>
    <message>
        <source>LLM tokenizer:</source>
        <translation>LLM 分词器：</translation>
    </message>
    <message>
        <source>Codec BPE tokenizer:</source>
        <translation>Codec BPE 分词器：</translation>
    </message>
    <message>
        <source>Additional special tokens:</source>
        <translation>附加特殊词元：</translation>
    </message>
    <message>
        <source>Max conflict fraction:</source>
        <translation>最大冲突比例：</translation>
    </message>
    <message>
        <source>Check segmentation on:</source>
        <translation>用于检查切分：</translation>
    </message>
    <message>
        <source>Code files checked:</source>
        <translation>检查的码文件数：</translation>
    </message>
    <message>
        <source>Tokens added:</source>
        <translation>新增词元：</translation>
    </message>
    <message>
        <source>Resulting vocabulary:</source>
        <translation>最终词表：</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>冲突：</translation>
    </message>
    <message>
        <source>Segmentation mismatch:</source>
        <translation>切分不一致：</translation>
    </message>
    <message>
        <source>Write to:</source>
        <translation>写入到：</translation>
    </message>
    <message>
        <source>Computing the preview…</source>
        <translation>正在计算预览…</translation>
    </message>
    <message>
        <source>Nothing is written until you click Write.</source>
        <translation>点击“写入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>%1 (%2 codec tokens offered)</source>
        <translation>%1（共提供 %2 个编解码器词元）</translation>
    </message>
    <message>
        <source>%1 ids</source>
        <translation>%1 个编号</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 codec token(s) already in the base keep their ids</source>
        <translation>基础分词器中已有的 %1 个编解码器词元保留其编号</translation>
    </message>
    <message>
        <source>%1: codec id %2 → %3</source>
        <translation>%1：编解码器编号 %2 → %3</translation>
    </message>
    <message>
        <source>%1% of Codec BPE tokens segmented differently (%2 of %3, in %4 of %5 files; %6 extended tokens)</source>
        <translation>%1% 的 Codec BPE 词元切分不同（%3 个中的 %2 个，涉及 %5 个文件中的 %4 个；扩展后 %6 个词元）</translation>
    </message>
    <message>
        <source>not checked (no codes folder)</source>
        <translation>未检查（无编码文件夹）</translation>
    </message>
    <message>
        <source>Not written: the files exist.</source>
        <translation>未写入：文件已存在。</translation>
    </message>
    <message>
        <source>Wrote the extended tokenizer (%1 tokens added) to %2.</source>
        <translation>已将扩展后的分词器（新增 %1 个词元）写入 %2。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>预览已取消。</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::JobProgress</name>
    <message>
        <source>Encoding with %1</source>
        <translation>正在用 %1 编码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop encoding (Esc)</source>
        <translation>停止编码 (Esc)</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::Lane</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::LmDatasetSection</name>
    <message>
        <source>LM dataset</source>
        <translation>LM 数据集</translation>
    </message>
    <message>
        <source>Folder of .npy codes</source>
        <translation>.npy 码所在文件夹</translation>
    </message>
    <message>
        <source>codec_bpe_id_map.json (optional)</source>
        <translation>codec_bpe_id_map.json（可选）</translation>
    </message>
    <message>
        <source>Drop the last, shorter window</source>
        <translation>丢弃最后一个较短的窗口</translation>
    </message>
    <message>
        <source>Dataset file</source>
        <translation>数据集文件</translation>
    </message>
    <message>
        <source>Write dataset</source>
        <translation>写入数据集</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Only code files whose path contains one of these words (separated by spaces)</source>
        <translation>仅使用路径中包含以下任一词的码文件（以空格分隔）</translation>
    </message>
    <message>
        <source>all files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>codec-bpe&apos;s text, one example per line</source>
        <translation>codec-bpe 的文本格式，每行一个样本</translation>
    </message>
    <message>
        <source>Codes folder:</source>
        <translation>编码文件夹：</translation>
    </message>
    <message>
        <source>Tokenizer:</source>
        <translation>分词器：</translation>
    </message>
    <message>
        <source>Id map:</source>
        <translation>编号映射：</translation>
    </message>
    <message>
        <source>Audio start token:</source>
        <translation>音频起始词元：</translation>
    </message>
    <message>
        <source>Audio end token:</source>
        <translation>音频结束词元：</translation>
    </message>
    <message>
        <source>Sequence length:</source>
        <translation>序列长度：</translation>
    </message>
    <message>
        <source>Overlap length:</source>
        <translation>重叠长度：</translation>
    </message>
    <message>
        <source>Codes filter:</source>
        <translation>码文件筛选：</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>样本数：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>Not written: the files exist.</source>
        <translation>未写入：文件已存在。</translation>
    </message>
    <message>
        <source>Writing the dataset…</source>
        <translation>正在写入数据集…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Recent &amp;Files</source>
        <translation>最近的文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>轨道(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Open Audio or Codes…</source>
        <translation>打开音频或码(&amp;O)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open an audio file or a .npy file of codec codes</source>
        <translation>打开音频文件或包含编解码器码的 .npy 文件</translation>
    </message>
    <message>
        <source>Open Tokenizer &amp;A…</source>
        <translation>打开分词器 A(&amp;A)…</translation>
    </message>
    <message>
        <source>Tokenizer A</source>
        <translation>分词器 A</translation>
    </message>
    <message>
        <source>Open a tokenizer folder and segment the codes with it</source>
        <translation>打开分词器文件夹并用它切分码</translation>
    </message>
    <message>
        <source>Open Tokenizer &amp;B…</source>
        <translation>打开分词器 B(&amp;B)…</translation>
    </message>
    <message>
        <source>Tokenizer B</source>
        <translation>分词器 B</translation>
    </message>
    <message>
        <source>Open a second tokenizer folder to compare with the first</source>
        <translation>打开第二个分词器文件夹，与第一个进行比较</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>&amp;Waveform</source>
        <translation>波形(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Code Grid</source>
        <translation>码网格(&amp;C)</translation>
    </message>
    <message>
        <source>Tokens &amp;A</source>
        <translation>词元 A(&amp;A)</translation>
    </message>
    <message>
        <source>Tokens &amp;B</source>
        <translation>词元 B(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About Codec BPE Studio</source>
        <translation>关于 Codec BPE Studio(&amp;A)</translation>
    </message>
    <message>
        <source>Codec BPE Studio</source>
        <translation>Codec BPE Studio</translation>
    </message>
    <message>
        <source>Open Audio or Codes</source>
        <translation>打开音频或码</translation>
    </message>
    <message>
        <source>Codes and audio (*.npy *.wav *.flac *.ogg *.opus *.mp3 *.aiff *.aif);;Codes (*.npy);;Audio (*.wav *.flac *.ogg *.opus *.mp3 *.aiff *.aif);;All files (*)</source>
        <translation>码和音频 (*.npy *.wav *.flac *.ogg *.opus *.mp3 *.aiff *.aif);;码 (*.npy);;音频 (*.wav *.flac *.ogg *.opus *.mp3 *.aiff *.aif);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message numerus="yes">
        <source>Tokenizer %1: %n token(s)</source>
        <translation>
            <numerusform>分词器 %1：%n 个词元</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot use tokenizer</source>
        <translation>无法使用分词器</translation>
    </message>
    <message>
        <source>Open Tokenizer A</source>
        <translation>打开分词器 A</translation>
    </message>
    <message>
        <source>Open Tokenizer B</source>
        <translation>打开分词器 B</translation>
    </message>
    <message>
        <source>Segmenting the codes with %1…</source>
        <translation>正在用 %1 切分码…</translation>
    </message>
    <message numerus="yes">
        <source>Encoded: %n frame(s)</source>
        <translation>
            <numerusform>已编码：%n 帧</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding cancelled</source>
        <translation>编码已取消</translation>
    </message>
    <message>
        <source>Cannot encode the audio</source>
        <translation>无法编码音频</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Codec</source>
        <translation>编解码器(&amp;C)</translation>
    </message>
    <message>
        <source>Play &amp;Decoded Codes</source>
        <translation>播放解码后的码(&amp;D)</translation>
    </message>
    <message>
        <source>Play what the codes decode to with their codec instead of the audio</source>
        <translation>播放编解码器将码解码后的声音，而不是原音频</translation>
    </message>
    <message>
        <source>&amp;Loop Selection</source>
        <translation>循环播放选区(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Encode Audio</source>
        <translation>编码音频(&amp;E)</translation>
    </message>
    <message>
        <source>Encode the open audio with the chosen codec, in the background</source>
        <translation>在后台用所选编解码器编码已打开的音频</translation>
    </message>
    <message>
        <source>Codec &amp;2 (700C, built in)</source>
        <translation>Codec 2（700C，内置）(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;TorchScript File…</source>
        <translation>TorchScript 文件(&amp;T)…</translation>
    </message>
    <message>
        <source>Codes from &amp;File</source>
        <translation>从文件读取码(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Demo Session</source>
        <translation>打开演示会话(&amp;D)</translation>
    </message>
    <message>
        <source>Open an audio file or a .npy file of codec codes (Ctrl+O) or drop it here, then a tokenizer folder (Ctrl+T) to see how it splits the codes into tokens. Help &gt; Open Demo Session shows an example.</source>
        <translation>打开音频文件或编解码器码的 .npy 文件（Ctrl+O）或将其拖放到此处，然后打开分词器文件夹（Ctrl+T），查看它如何把码切分为词元。“帮助 &gt; 打开演示会话”提供一个示例。</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Choose a TorchScript Codec</source>
        <translation>选择 TorchScript 编解码器</translation>
    </message>
    <message>
        <source>TorchScript codecs (*.pt *.ts);;All files (*)</source>
        <translation>TorchScript 编解码器 (*.pt *.ts);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Encoding %1 with %2…</source>
        <translation>正在用 %2 编码 %1…</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>无法打开演示</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::PathField</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::PlaybackController</name>
    <message>
        <source>There is no audio to play.</source>
        <translation>没有可播放的音频。</translation>
    </message>
    <message>
        <source>The codec of these codes cannot decode them.</source>
        <translation>这些码的编解码器无法解码它们。</translation>
    </message>
    <message>
        <source>Decoding the codes with %1…</source>
        <translation>正在用 %1 解码…</translation>
    </message>
    <message>
        <source>Cannot decode the codes: %1</source>
        <translation>无法解码：%1</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The language changes at once and is remembered for the next start.</source>
        <translation>语言会立即切换，并在下次启动时保留。</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::SaveTokenizerSection</name>
    <message>
        <source>Save tokenizer</source>
        <translation>保存分词器</translation>
    </message>
    <message>
        <source>Output tokenizer folder</source>
        <translation>输出分词器文件夹</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Tokenizer:</source>
        <translation>分词器：</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>Not saved: the files exist.</source>
        <translation>未保存：文件已存在。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n token(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个词元保存到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::StatisticsStrip</name>
    <message>
        <source>%1 codes (%2 codebooks × %3 frames)</source>
        <translation>%1 个码（%2 个码本 × %3 帧）</translation>
    </message>
    <message>
        <source>Tokens A</source>
        <translation>词元 A</translation>
    </message>
    <message>
        <source>Tokens B</source>
        <translation>词元 B</translation>
    </message>
    <message>
        <source>%1: %2 tokens · %3 tokens/s · %4 codes/token</source>
        <translation>%1：%2 个词元 · 每秒 %3 个词元 · 每词元 %4 个码</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::StudioOptions</name>
    <message>
        <source>Codec BPE Studio: see how BPE tokenizers carve neural audio codec codes.</source>
        <translation>Codec BPE Studio：查看 BPE 分词器如何切分神经音频编解码器的码。</translation>
    </message>
    <message>
        <source>Audio files or .npy files of codes to open.</source>
        <translation>要打开的音频文件或码的 .npy 文件。</translation>
    </message>
    <message>
        <source>Tokenizer folder A.</source>
        <translation>分词器文件夹 A。</translation>
    </message>
    <message>
        <source>Tokenizer folder B, to compare with A.</source>
        <translation>分词器文件夹 B，用于与 A 比较。</translation>
    </message>
    <message>
        <source>Write a screenshot of the window to FILE once everything is loaded, then quit.</source>
        <translation>全部加载完成后，将窗口截图写入 FILE，然后退出。</translation>
    </message>
    <message>
        <source>Open the bundled demo: sample speech, its Codec 2 codes and a small tokenizer.</source>
        <translation>打开附带的演示：示例语音、其 Codec 2 码和一个小型分词器。</translation>
    </message>
    <message>
        <source>Show the panel NAME (vocabulary, train, compare, export); --screenshot then shows only that panel.</source>
        <translation>显示名为 NAME 的面板（vocabulary、train、compare、export）；此时 --screenshot 只截取该面板。</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::TimeRuler</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 · frame %2</source>
        <translation>%1 · 帧 %2</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::TokenLane</name>
    <message>
        <source>Tokens A</source>
        <translation>词元 A</translation>
    </message>
    <message>
        <source>Tokens B</source>
        <translation>词元 B</translation>
    </message>
    <message>
        <source>%1: token %2 · %3 codes · frames %4–%5 · %6–%7</source>
        <translation>%1：词元 %2 · %3 个码 · 帧 %4–%5 · %6–%7</translation>
    </message>
    <message>
        <source>base token (no merge)</source>
        <translation>基础词元（无合并）</translation>
    </message>
    <message>
        <source>merge rank %1</source>
        <translation>合并序号 %1</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::TokenizerChooser</name>
    <message>
        <source>Tokenizer folder</source>
        <translation>分词器文件夹</translation>
    </message>
    <message>
        <source>Other folder</source>
        <translation>其他文件夹</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>Tokenizer A (%1)</source>
        <translation>分词器 A（%1）</translation>
    </message>
    <message>
        <source>Tokenizer B (%1)</source>
        <translation>分词器 B（%1）</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::TrainOptionsForm</name>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>whole files</source>
        <translation>整个文件</translation>
    </message>
    <message>
        <source>Codes folder:</source>
        <translation>编码文件夹：</translation>
    </message>
    <message>
        <source>Codebooks:</source>
        <translation>码本数：</translation>
    </message>
    <message>
        <source>Codebook size:</source>
        <translation>码本大小：</translation>
    </message>
    <message>
        <source>Framerate (Hz):</source>
        <translation>帧率（Hz）：</translation>
    </message>
    <message>
        <source>Vocabulary size:</source>
        <translation>词表大小：</translation>
    </message>
    <message>
        <source>Minimum frequency:</source>
        <translation>最小频次：</translation>
    </message>
    <message>
        <source>Pad token:</source>
        <translation>填充词元：</translation>
    </message>
    <message>
        <source>Max codebook n-grams per token:</source>
        <translation>每个词元的最大码本 n 元数：</translation>
    </message>
    <message>
        <source>Chunk size (s):</source>
        <translation>分块长度（秒）：</translation>
    </message>
    <message>
        <source>Choose a folder of codes.</source>
        <translation>请选择一个编码文件夹。</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::TrainPanel</name>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>Trained %1 tokens into %2.</source>
        <translation>已训练 %1 个词元，保存到 %2。</translation>
    </message>
    <message>
        <source>Save prefix…</source>
        <translation>保存前缀…</translation>
    </message>
    <message>
        <source>Open as A</source>
        <translation>作为 A 打开</translation>
    </message>
    <message>
        <source>Open as B</source>
        <translation>作为 B 打开</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Output folder (optional: written when the run ends)</source>
        <translation>输出文件夹（可选：训练结束时写入）</translation>
    </message>
    <message>
        <source> % of files</source>
        <translation> % 的文件</translation>
    </message>
    <message>
        <source>Files kept out of training to measure compression on unseen codes</source>
        <translation>不参与训练的文件，用于在未见过的码上衡量压缩效果</translation>
    </message>
    <message>
        <source>Codes folder</source>
        <translation>编码文件夹</translation>
    </message>
    <message>
        <source>Audio folder, encoded first</source>
        <translation>音频文件夹（先编码）</translation>
    </message>
    <message>
        <source>merges done</source>
        <translation>已完成的合并数</translation>
    </message>
    <message>
        <source>held-out codes/token</source>
        <translation>留出集每词元码数</translation>
    </message>
    <message>
        <source>vocabulary size</source>
        <translation>词表大小</translation>
    </message>
    <message>
        <source>codes/token</source>
        <translation>每词元码数</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>每秒词元数</translation>
    </message>
    <message>
        <source>Pick a vocabulary size here or by clicking the curve</source>
        <translation>在此选择词表大小，或点击曲线选择</translation>
    </message>
    <message>
        <source>Held out:</source>
        <translation>留出：</translation>
    </message>
    <message>
        <source>Vocabulary size:</source>
        <translation>词表大小：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>encoding %v / %m files</source>
        <translation>正在编码 %v / %m 个文件</translation>
    </message>
    <message>
        <source>Encoding the audio…</source>
        <translation>正在编码音频…</translation>
    </message>
    <message>
        <source>Cancelled while encoding; nothing was trained (codes of finished files stay, so a new run resumes).</source>
        <translation>编码时已取消；未进行训练（已完成文件的码会保留，新的运行将从此继续）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%v / %m files</source>
        <translation>%v / %m 个文件</translation>
    </message>
    <message>
        <source>%v / %m merges</source>
        <translation>%v / %m 次合并</translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation>已用 %1</translation>
    </message>
    <message>
        <source>, remaining %1</source>
        <translation>，剩余 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n merge(s), done</source>
        <translation>
            <numerusform>%n 次合并，已完成</numerusform>
        </translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>耗时 %1</translation>
    </message>
    <message>
        <source>Trained %1 tokens.</source>
        <translation>已训练 %1 个词元。</translation>
    </message>
    <message>
        <source>no held-out files to measure on</source>
        <translation>没有可供测量的留出文件</translation>
    </message>
    <message>
        <source>%1 codes/token</source>
        <translation>每词元 %1 个码</translation>
    </message>
    <message>
        <source>, %1 tokens/s</source>
        <translation>，每秒 %1 个词元</translation>
    </message>
    <message numerus="yes">
        <source>Vocabulary %1, measured on %n held-out file(s) (%2 codes)</source>
        <translation>
            <numerusform>词表 %1，在 %n 个留出文件（%2 个码）上测得</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1 tokens into %2.</source>
        <translation>已将 %1 个词元保存到 %2。</translation>
    </message>
    <message>
        <source>Saved the %1-token prefix into %2.</source>
        <translation>已将 %1 个词元的前缀保存到 %2。</translation>
    </message>
    <message>
        <source>Save the prefix into</source>
        <translation>将前缀保存到</translation>
    </message>
    <message>
        <source>Save into</source>
        <translation>保存到</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::UiLanguage</name>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::VocabularyHistogram</name>
    <message>
        <source>No merged tokens.</source>
        <translation>没有由合并产生的词元。</translation>
    </message>
    <message>
        <source>Lengths of the %1 merged tokens (the %2 one-code tokens left out). One repeated frame: %3 tokens, %4% of them.</source>
        <translation>%1 个合并词元的长度（不含 %2 个单码词元）。单帧重复：%3 个词元，占其中的 %4%。</translation>
    </message>
    <message>
        <source>part of a frame</source>
        <translation>部分帧</translation>
    </message>
    <message>
        <source>whole frames</source>
        <translation>整帧</translation>
    </message>
    <message>
        <source>one repeated frame</source>
        <translation>单帧重复</translation>
    </message>
    <message>
        <source>token length (codes)</source>
        <translation>词元长度（码数）</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>词元数</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::VocabularyModel</name>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>码数</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>帧数</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>词元编号</translation>
    </message>
    <message>
        <source>Length in codes</source>
        <translation>长度（码数）</translation>
    </message>
    <message>
        <source>Whole frames the token&apos;s codes fill</source>
        <translation>词元的码所占满的整帧数</translation>
    </message>
    <message>
        <source>Codebook of the token&apos;s first code</source>
        <translation>词元第一个码所在的码本</translation>
    </message>
    <message>
        <source>Starts at
codebook</source>
        <translation>起始
码本</translation>
    </message>
    <message>
        <source>Rank of the merge that makes the token (empty for base tokens)</source>
        <translation>生成该词元的合并序号（基础词元为空）</translation>
    </message>
    <message>
        <source>Merge
rank</source>
        <translation>合并
序号</translation>
    </message>
    <message>
        <source>Occurrences when the codes folder picked with &quot;Count in training data&quot; is encoded</source>
        <translation>对通过“在训练数据中计数”选择的编码文件夹进行编码时的出现次数</translation>
    </message>
    <message>
        <source>Count in
training data</source>
        <translation>训练数据中
出现次数</translation>
    </message>
    <message>
        <source>Occurrences in the open codes</source>
        <translation>在已打开的码中的出现次数</translation>
    </message>
    <message>
        <source>Count in
audio</source>
        <translation>音频中
出现次数</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::VocabularyPanel</name>
    <message>
        <source>Open codes and a tokenizer A to browse its vocabulary.</source>
        <translation>打开编码和分词器 A 以浏览其词表。</translation>
    </message>
    <message>
        <source>%1 of %2 tokens shown. One repeated frame: %3 tokens (%4% of the vocabulary, %5% of the tokens in the audio).</source>
        <translation>显示 %1 / %2 个词元。单帧重复：%3 个词元（占词表的 %4%，占音频中词元的 %5%）。</translation>
    </message>
    <message>
        <source>Pick a token to see where it occurs.</source>
        <translation>选择一个词元以查看其出现位置。</translation>
    </message>
    <message>
        <source>Token %1 does not occur in the open codes.</source>
        <translation>词元 %1 未出现在已打开的编码中。</translation>
    </message>
    <message>
        <source>Token %1: occurrence %2 of %3</source>
        <translation>词元 %1：第 %2 次出现，共 %3 次</translation>
    </message>
    <message>
        <source>Longer than (frames):</source>
        <translation>长于（帧）：</translation>
    </message>
    <message>
        <source>Only one repeated frame</source>
        <translation>仅单帧重复</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>词表</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play this occurrence of the token, decoded through the codec when it can decode, else from the audio (Enter, or double-click its row)</source>
        <translation>播放该词元的这次出现：编解码器能解码时播放解码结果，否则播放原音频（按 Enter 或双击该行）</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::VocabularyTrainingCounter</name>
    <message>
        <source>Count Tokens in a Codes Folder</source>
        <translation>统计编码文件夹中的词元</translation>
    </message>
    <message>
        <source>Counting the tokens in %1…</source>
        <translation>正在统计 %1 中的词元…</translation>
    </message>
    <message>
        <source>Counting cancelled.</source>
        <translation>统计已取消。</translation>
    </message>
    <message>
        <source>Training data: %1 files in %2, %3 codes in %4 tokens (counted in %5 s).</source>
        <translation>训练数据：%2 中的 %1 个文件，%3 个码，共 %4 个词元（统计用时 %5 秒）。</translation>
    </message>
    <message>
        <source>Count in training data…</source>
        <translation>在训练数据中计数…</translation>
    </message>
    <message>
        <source>Encode every codes file of a folder with the tokenizer and count each token</source>
        <translation>用分词器编码文件夹中的每个码文件，并统计每个词元</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::WaveformLane</name>
    <message>
        <source>%1 · frame %2 · sample %3 = %4</source>
        <translation>%1 · 帧 %2 · 采样 %3 = %4</translation>
    </message>
    <message>
        <source>Waveform</source>
        <translation>波形</translation>
    </message>
</context>
</TS>
