<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>codecbpe::widgets::AboutDialog</name>
    <message>
        <source>About Codec BPE Studio</source>
        <translation>Über Codec BPE Studio</translation>
    </message>
    <message>
        <source>Codec BPE Studio %1</source>
        <translation>Codec BPE Studio %1</translation>
    </message>
    <message>
        <source>Train, inspect and compare BPE tokenizers for the discrete codes of neural audio codecs. The studio shows audio, its codec codes and how a tokenizer groups them, on one time axis. Tokenizers are interchangeable with the Python package codec-bpe and Hugging Face tokenizers.</source>
        <translation>BPE-Tokenizer für die diskreten Codes neuronaler Audio-Codecs trainieren, untersuchen und vergleichen. Das Studio zeigt Audio, seine Codec-Codes und wie ein Tokenizer sie gruppiert, auf einer gemeinsamen Zeitachse. Die Tokenizer sind mit dem Python-Paket codec-bpe und Hugging Face tokenizers austauschbar.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <source>Qt %1 (LGPL v3)</source>
        <translation>Qt %1 (LGPL v3)</translation>
    </message>
    <message>
        <source>QCustomPlot 2.1 (GPL v3)</source>
        <translation>QCustomPlot 2.1 (GPL v3)</translation>
    </message>
    <message>
        <source>libtorch 1.13 (BSD 3-clause)</source>
        <translation>libtorch 1.13 (BSD, 3 Klauseln)</translation>
    </message>
    <message>
        <source>libsndfile (LGPL v2.1 or later)</source>
        <translation>libsndfile (LGPL v2.1 oder neuer)</translation>
    </message>
    <message>
        <source>libsamplerate (BSD 2-clause)</source>
        <translation>libsamplerate (BSD, 2 Klauseln)</translation>
    </message>
    <message>
        <source>codec2 (LGPL v2.1)</source>
        <translation>codec2 (LGPL v2.1)</translation>
    </message>
    <message>
        <source>nlohmann/json (MIT)</source>
        <translation>nlohmann/json (MIT)</translation>
    </message>
    <message>
        <source>Because QCustomPlot is licensed under the GPL v3, the studio as a whole is distributed under the GPL v3.</source>
        <translation>Da QCustomPlot unter der GPL v3 steht, wird das Studio als Ganzes unter der GPL v3 verbreitet.</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::AudioPlayer</name>
    <message>
        <source>No audio output device: playback is not available on this machine.</source>
        <translation>Kein Audioausgabegerät: Wiedergabe ist auf diesem Rechner nicht verfügbar.</translation>
    </message>
    <message>
        <source>The audio output &quot;%1&quot; cannot play %2 Hz mono.</source>
        <translation>Die Audioausgabe &quot;%1&quot; kann %2 Hz mono nicht wiedergeben.</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::CodeGridLane</name>
    <message>
        <source>%1 · frame %2 · codebook %3 · code %4</source>
        <translation>%1 · Frame %2 · Codebook %3 · Code %4</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::JobProgress</name>
    <message>
        <source>Encoding with %1</source>
        <translation>Kodierung mit %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop encoding (Esc)</source>
        <translation>Kodierung abbrechen (Esc)</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::Lane</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Recent &amp;Files</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Spuren</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Open Audio or Codes…</source>
        <translation>Audio oder Codes ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open an audio file or a .npy file of codec codes</source>
        <translation>Eine Audiodatei oder eine .npy-Datei mit Codec-Codes öffnen</translation>
    </message>
    <message>
        <source>Open Tokenizer &amp;A…</source>
        <translation>Tokenizer &amp;A öffnen…</translation>
    </message>
    <message>
        <source>Tokenizer A</source>
        <translation>Tokenizer A</translation>
    </message>
    <message>
        <source>Open a tokenizer folder and segment the codes with it</source>
        <translation>Einen Tokenizer-Ordner öffnen und die Codes damit zerlegen</translation>
    </message>
    <message>
        <source>Open Tokenizer &amp;B…</source>
        <translation>Tokenizer &amp;B öffnen…</translation>
    </message>
    <message>
        <source>Tokenizer B</source>
        <translation>Tokenizer B</translation>
    </message>
    <message>
        <source>Open a second tokenizer folder to compare with the first</source>
        <translation>Einen zweiten Tokenizer-Ordner zum Vergleich mit dem ersten öffnen</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>&amp;Waveform</source>
        <translation>&amp;Wellenform</translation>
    </message>
    <message>
        <source>&amp;Code Grid</source>
        <translation>&amp;Code-Raster</translation>
    </message>
    <message>
        <source>Tokens &amp;A</source>
        <translation>Tokens &amp;A</translation>
    </message>
    <message>
        <source>Tokens &amp;B</source>
        <translation>Tokens &amp;B</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About Codec BPE Studio</source>
        <translation>Ü&amp;ber Codec BPE Studio</translation>
    </message>
    <message>
        <source>Codec BPE Studio</source>
        <translation>Codec BPE Studio</translation>
    </message>
    <message>
        <source>Open Audio or Codes</source>
        <translation>Audio oder Codes öffnen</translation>
    </message>
    <message>
        <source>Codes and audio (*.npy *.wav *.flac *.ogg *.opus *.mp3 *.aiff *.aif);;Codes (*.npy);;Audio (*.wav *.flac *.ogg *.opus *.mp3 *.aiff *.aif);;All files (*)</source>
        <translation>Codes und Audio (*.npy *.wav *.flac *.ogg *.opus *.mp3 *.aiff *.aif);;Codes (*.npy);;Audio (*.wav *.flac *.ogg *.opus *.mp3 *.aiff *.aif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>Tokenizer %1: %n token(s)</source>
        <translation>
            <numerusform>Tokenizer %1: %n Token</numerusform>
            <numerusform>Tokenizer %1: %n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot use tokenizer</source>
        <translation>Tokenizer kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Open Tokenizer A</source>
        <translation>Tokenizer A öffnen</translation>
    </message>
    <message>
        <source>Open Tokenizer B</source>
        <translation>Tokenizer B öffnen</translation>
    </message>
    <message>
        <source>Segmenting the codes with %1…</source>
        <translation>Codes werden mit %1 zerlegt…</translation>
    </message>
    <message numerus="yes">
        <source>Encoded: %n frame(s)</source>
        <translation>
            <numerusform>Kodiert: %n Frame</numerusform>
            <numerusform>Kodiert: %n Frames</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding cancelled</source>
        <translation>Kodierung abgebrochen</translation>
    </message>
    <message>
        <source>Cannot encode the audio</source>
        <translation>Audio kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Codec</source>
        <translation>&amp;Codec</translation>
    </message>
    <message>
        <source>Play &amp;Decoded Codes</source>
        <translation>&amp;Dekodierte Codes abspielen</translation>
    </message>
    <message>
        <source>Play what the codes decode to with their codec instead of the audio</source>
        <translation>Statt des Audios abspielen, was der Codec aus den Codes dekodiert</translation>
    </message>
    <message>
        <source>&amp;Loop Selection</source>
        <translation>Auswahl in &amp;Schleife</translation>
    </message>
    <message>
        <source>&amp;Encode Audio</source>
        <translation>Audio &amp;kodieren</translation>
    </message>
    <message>
        <source>Encode the open audio with the chosen codec, in the background</source>
        <translation>Das geöffnete Audio im Hintergrund mit dem gewählten Codec kodieren</translation>
    </message>
    <message>
        <source>Codec &amp;2 (700C, built in)</source>
        <translation>Codec &amp;2 (700C, eingebaut)</translation>
    </message>
    <message>
        <source>&amp;TorchScript File…</source>
        <translation>&amp;TorchScript-Datei…</translation>
    </message>
    <message>
        <source>Codes from &amp;File</source>
        <translation>Codes aus &amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Demo Session</source>
        <translation>&amp;Demo-Sitzung öffnen</translation>
    </message>
    <message>
        <source>Open an audio file or a .npy file of codec codes (Ctrl+O) or drop it here, then a tokenizer folder (Ctrl+T) to see how it splits the codes into tokens. Help &gt; Open Demo Session shows an example.</source>
        <translation>Öffnen Sie eine Audiodatei oder eine .npy-Datei mit Codec-Codes (Strg+O) oder ziehen Sie sie hierher, dann einen Tokenizer-Ordner (Strg+T), um zu sehen, wie er die Codes in Tokens zerlegt. Hilfe &gt; Demo-Sitzung öffnen zeigt ein Beispiel.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Choose a TorchScript Codec</source>
        <translation>TorchScript-Codec wählen</translation>
    </message>
    <message>
        <source>TorchScript codecs (*.pt *.ts);;All files (*)</source>
        <translation>TorchScript-Codecs (*.pt *.ts);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Encoding %1 with %2…</source>
        <translation>%1 wird mit %2 kodiert…</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>Demo kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::PlaybackController</name>
    <message>
        <source>There is no audio to play.</source>
        <translation>Es gibt kein Audio zum Abspielen.</translation>
    </message>
    <message>
        <source>The codec of these codes cannot decode them.</source>
        <translation>Der Codec dieser Codes kann sie nicht dekodieren.</translation>
    </message>
    <message>
        <source>Decoding the codes with %1…</source>
        <translation>Codes werden mit %1 dekodiert…</translation>
    </message>
    <message>
        <source>Cannot decode the codes: %1</source>
        <translation>Codes können nicht dekodiert werden: %1</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language changes at once and is remembered for the next start.</source>
        <translation>Die Sprache wechselt sofort und bleibt für den nächsten Start gespeichert.</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::StatisticsStrip</name>
    <message>
        <source>%1 codes (%2 codebooks × %3 frames)</source>
        <translation>%1 Codes (%2 Codebooks × %3 Frames)</translation>
    </message>
    <message>
        <source>Tokens A</source>
        <translation>Tokens A</translation>
    </message>
    <message>
        <source>Tokens B</source>
        <translation>Tokens B</translation>
    </message>
    <message>
        <source>%1: %2 tokens · %3 tokens/s · %4 codes/token</source>
        <translation>%1: %2 Tokens · %3 Tokens/s · %4 Codes/Token</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::StudioOptions</name>
    <message>
        <source>Codec BPE Studio: see how BPE tokenizers carve neural audio codec codes.</source>
        <translation>Codec BPE Studio: sehen, wie BPE-Tokenizer die Codes neuronaler Audio-Codecs zerlegen.</translation>
    </message>
    <message>
        <source>Audio files or .npy files of codes to open.</source>
        <translation>Zu öffnende Audiodateien oder .npy-Dateien mit Codes.</translation>
    </message>
    <message>
        <source>Tokenizer folder A.</source>
        <translation>Tokenizer-Ordner A.</translation>
    </message>
    <message>
        <source>Tokenizer folder B, to compare with A.</source>
        <translation>Tokenizer-Ordner B, zum Vergleich mit A.</translation>
    </message>
    <message>
        <source>Write a screenshot of the window to FILE once everything is loaded, then quit.</source>
        <translation>Sobald alles geladen ist, ein Bildschirmfoto des Fensters in DATEI schreiben und beenden.</translation>
    </message>
    <message>
        <source>Open the bundled demo: sample speech, its Codec 2 codes and a small tokenizer.</source>
        <translation>Die mitgelieferte Demo öffnen: Beispielsprache, ihre Codec-2-Codes und ein kleiner Tokenizer.</translation>
    </message>
    <message>
        <source>Show the panel NAME (vocabulary, train); --screenshot then shows only that panel.</source>
        <translation>Das Bedienfeld NAME (vocabulary, train) anzeigen; --screenshot zeigt dann nur dieses Bedienfeld.</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::TimeRuler</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 · frame %2</source>
        <translation>%1 · Frame %2</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::TokenLane</name>
    <message>
        <source>Tokens A</source>
        <translation>Tokens A</translation>
    </message>
    <message>
        <source>Tokens B</source>
        <translation>Tokens B</translation>
    </message>
    <message>
        <source>%1: token %2 · %3 codes · frames %4–%5 · %6–%7</source>
        <translation>%1: Token %2 · %3 Codes · Frames %4–%5 · %6–%7</translation>
    </message>
    <message>
        <source>base token (no merge)</source>
        <translation>Basis-Token (keine Verschmelzung)</translation>
    </message>
    <message>
        <source>merge rank %1</source>
        <translation>Verschmelzungsrang %1</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::TrainOptionsForm</name>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>whole files</source>
        <translation>ganze Dateien</translation>
    </message>
    <message>
        <source>Codes folder:</source>
        <translation>Code-Ordner:</translation>
    </message>
    <message>
        <source>Codebooks:</source>
        <translation>Codebücher:</translation>
    </message>
    <message>
        <source>Codebook size:</source>
        <translation>Codebuchgröße:</translation>
    </message>
    <message>
        <source>Framerate (Hz):</source>
        <translation>Framerate (Hz):</translation>
    </message>
    <message>
        <source>Vocabulary size:</source>
        <translation>Vokabulargröße:</translation>
    </message>
    <message>
        <source>Minimum frequency:</source>
        <translation>Mindesthäufigkeit:</translation>
    </message>
    <message>
        <source>Pad token:</source>
        <translation>Pad-Token:</translation>
    </message>
    <message>
        <source>Max codebook n-grams per token:</source>
        <translation>Max. Codebuch-N-Gramme pro Token:</translation>
    </message>
    <message>
        <source>Chunk size (s):</source>
        <translation>Abschnittslänge (s):</translation>
    </message>
    <message>
        <source>Choose a folder of codes.</source>
        <translation>Wählen Sie einen Ordner mit Codes.</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::TrainPanel</name>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Output tokenizer folder</source>
        <translation>Ausgabeordner des Tokenizers</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Trained %1 tokens into %2.</source>
        <translation>%1 Tokens trainiert, gespeichert in %2.</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::UiLanguage</name>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::VocabularyModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>Starts at codebook</source>
        <translation>Beginnt bei Codebuch</translation>
    </message>
    <message>
        <source>Merge rank</source>
        <translation>Merge-Rang</translation>
    </message>
    <message>
        <source>Count in audio</source>
        <translation>Anzahl im Audio</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::VocabularyPanel</name>
    <message>
        <source>Open codes and a tokenizer A to browse its vocabulary.</source>
        <translation>Öffnen Sie Codes und einen Tokenizer A, um sein Vokabular zu durchsuchen.</translation>
    </message>
    <message>
        <source>%1 of %2 tokens shown. One repeated frame: %3 tokens (%4% of the vocabulary, %5% of the tokens in the audio).</source>
        <translation>%1 von %2 Tokens angezeigt. Ein wiederholter Frame: %3 Tokens (%4 % des Vokabulars, %5 % der Tokens im Audio).</translation>
    </message>
    <message>
        <source>Pick a token to see where it occurs.</source>
        <translation>Wählen Sie ein Token, um zu sehen, wo es vorkommt.</translation>
    </message>
    <message>
        <source>Token %1 does not occur in the open codes.</source>
        <translation>Token %1 kommt in den geöffneten Codes nicht vor.</translation>
    </message>
    <message>
        <source>Token %1: occurrence %2 of %3</source>
        <translation>Token %1: Vorkommen %2 von %3</translation>
    </message>
    <message>
        <source>Longer than (frames):</source>
        <translation>Länger als (Frames):</translation>
    </message>
    <message>
        <source>Only one repeated frame</source>
        <translation>Nur ein wiederholter Frame</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::WaveformLane</name>
    <message>
        <source>%1 · frame %2 · sample %3 = %4</source>
        <translation>%1 · Frame %2 · Sample %3 = %4</translation>
    </message>
    <message>
        <source>Waveform</source>
        <translation>Wellenform</translation>
    </message>
</context>
</TS>
