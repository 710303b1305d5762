<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <message>
        <source>Vocabulary</source>
        <translation>词表</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
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
        <source>Show the panel NAME (vocabulary, train); --screenshot then shows only that panel.</source>
        <translation>显示名为 NAME 的面板（vocabulary、train）；此时 --screenshot 只截取该面板。</translation>
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
        <source>Output tokenizer folder</source>
        <translation>输出分词器文件夹</translation>
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
</context>
<context>
    <name>codecbpe::widgets::UiLanguage</name>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
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
        <source>Starts at codebook</source>
        <translation>起始码本</translation>
    </message>
    <message>
        <source>Merge rank</source>
        <translation>合并序号</translation>
    </message>
    <message>
        <source>Count in audio</source>
        <translation>在音频中的次数</translation>
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
