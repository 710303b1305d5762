<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>OverwriteGuard</name>
    <message>
        <source>Replace files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist and will be replaced:</source>
        <translation>
            <numerusform>%n Datei existiert bereits und wird ersetzt:</numerusform>
            <numerusform>%n Dateien existieren bereits und werden ersetzt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
</context>
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
    <name>codecbpe::widgets::AudioSourceForm</name>
    <message>
        <source>Folder of audio files</source>
        <translation>Ordner mit Audiodateien</translation>
    </message>
    <message>
        <source>Folder to write the codes to</source>
        <translation>Ordner für die erzeugten Codes</translation>
    </message>
    <message>
        <source>Audio folder:</source>
        <translation>Audio-Ordner:</translation>
    </message>
    <message>
        <source>Codec:</source>
        <translation>Codec:</translation>
    </message>
    <message>
        <source>Codes output:</source>
        <translation>Code-Ausgabe:</translation>
    </message>
    <message>
        <source>Choose a folder of audio files.</source>
        <translation>Wählen Sie einen Ordner mit Audiodateien.</translation>
    </message>
    <message>
        <source>Choose a codec.</source>
        <translation>Wählen Sie einen Codec.</translation>
    </message>
    <message>
        <source>Choose a folder to write the codes to.</source>
        <translation>Wählen Sie einen Ordner für die Codes.</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::CodeGridLane</name>
    <message>
        <source>%1 · frame %2 · codebook %3 · code %4</source>
        <translation>%1 · Frame %2 · Codebuch %3 · Code %4</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::ComparePanel</name>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Open tokenizers A and B on the same codes to compare their segmentations.</source>
        <translation>Öffnen Sie die Tokenizer A und B auf denselben Codes, um ihre Zerlegungen zu vergleichen.</translation>
    </message>
    <message>
        <source>A and B cut the codes at exactly the same places.</source>
        <translation>A und B zerlegen die Codes an genau denselben Stellen.</translation>
    </message>
    <message>
        <source>A and B agree on %1% of their token boundaries. Regions where they cut differently: %2.</source>
        <translation>A und B stimmen in %1 % ihrer Token-Grenzen überein. Bereiche mit unterschiedlicher Zerlegung: %2.</translation>
    </message>
    <message>
        <source>Next and Previous step through the regions where A and B differ.</source>
        <translation>Weiter und Zurück springen durch die Bereiche, in denen sich A und B unterscheiden.</translation>
    </message>
    <message>
        <source>Region %1 of %2: frames %3–%4</source>
        <translation>Bereich %1 von %2: Frames %3–%4</translation>
    </message>
    <message>
        <source> (%1–%2 s)</source>
        <translation> (%1–%2 s)</translation>
    </message>
    <message>
        <source>. Tokens in it: A %1, B %2.</source>
        <translation>. Tokens darin: A %1, B %2.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
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
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Vocabulary size</source>
        <translation>Vokabulargröße</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>Verschmelzungen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Tokens pro Sekunde</translation>
    </message>
    <message>
        <source>Codes per token</source>
        <translation>Codes pro Token</translation>
    </message>
    <message>
        <source>Frames per token</source>
        <translation>Frames pro Token</translation>
    </message>
    <message>
        <source>Distinct tokens used</source>
        <translation>Verschiedene genutzte Tokens</translation>
    </message>
    <message>
        <source>Longest token (codes)</source>
        <translation>Längstes Token (Codes)</translation>
    </message>
    <message>
        <source>Repeated frame, in audio</source>
        <translation>Wiederholter Frame, im Audio</translation>
    </message>
    <message>
        <source>Repeated frame, in vocabulary</source>
        <translation>Wiederholter Frame, im Vokabular</translation>
    </message>
    <message>
        <source>Boundaries the other lacks</source>
        <translation>Grenzen, die dem anderen fehlen</translation>
    </message>
    <message>
        <source>Boundary agreement</source>
        <translation>Übereinstimmung der Grenzen</translation>
    </message>
    <message>
        <source>Tokens in the open codes that are one frame repeated (often silence), and their share</source>
        <translation>Tokens in den geöffneten Codes, die aus einem wiederholten Frame bestehen (oft Stille), und ihr Anteil</translation>
    </message>
    <message>
        <source>Vocabulary entries that are one frame repeated, and their share of the vocabulary</source>
        <translation>Vokabulareinträge, die aus einem wiederholten Frame bestehen, und ihr Anteil am Vokabular</translation>
    </message>
    <message>
        <source>Boundaries both tokenizers have, in percent of the boundaries either has</source>
        <translation>Grenzen, die beide Tokenizer haben, in Prozent der Grenzen, die einer der beiden hat</translation>
    </message>
    <message>
        <source>Mark the boundaries where A and B differ in the token lanes</source>
        <translation>Grenzen, an denen sich A und B unterscheiden, in den Token-Spuren markieren</translation>
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
    <name>codecbpe::widgets::ExportPanel</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::ExtendTokenizerSection</name>
    <message>
        <source>Extend an LLM tokenizer</source>
        <translation>LLM-Tokenizer erweitern</translation>
    </message>
    <message>
        <source>Llama, Mistral, Qwen… tokenizer folder</source>
        <translation>Llama, Mistral, Qwen… (Tokenizer-Ordner)</translation>
    </message>
    <message>
        <source>Codes folder (optional)</source>
        <translation>Code-Ordner (optional)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Output tokenizer folder</source>
        <translation>Tokenizer-Ausgabeordner</translation>
    </message>
    <message>
        <source>Also write the id map</source>
        <translation>Auch die ID-Zuordnung schreiben</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>Schreiben…</translation>
    </message>
    <message>
        <source>Special tokens added before the codec tokens, separated by spaces</source>
        <translation>Spezial-Tokens, die vor den Codec-Tokens hinzugefügt werden, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>e.g. &lt;audio&gt; &lt;/audio&gt;</source>
        <translation>z. B. &lt;audio&gt; &lt;/audio&gt;</translation>
    </message>
    <message>
        <source>codec_bpe_id_map.json: Codec BPE id -&gt; extended id, for prep-lm-dataset --id_map (keeps the Codec BPE segmentation exactly)</source>
        <translation>codec_bpe_id_map.json: Codec-BPE-ID -&gt; erweiterte ID, für prep-lm-dataset --id_map (erhält die Codec-BPE-Zerlegung exakt)</translation>
    </message>
    <message>
        <source>LLM tokenizer:</source>
        <translation>LLM-Tokenizer:</translation>
    </message>
    <message>
        <source>Codec BPE tokenizer:</source>
        <translation>Codec-BPE-Tokenizer:</translation>
    </message>
    <message>
        <source>Additional special tokens:</source>
        <translation>Zusätzliche Spezial-Tokens:</translation>
    </message>
    <message>
        <source>Max conflict fraction:</source>
        <translation>Max. Konfliktanteil:</translation>
    </message>
    <message>
        <source>Check segmentation on:</source>
        <translation>Zerlegung prüfen an:</translation>
    </message>
    <message>
        <source>Code files checked:</source>
        <translation>Geprüfte Code-Dateien:</translation>
    </message>
    <message>
        <source>Tokens added:</source>
        <translation>Hinzugefügte Tokens:</translation>
    </message>
    <message>
        <source>Resulting vocabulary:</source>
        <translation>Resultierendes Vokabular:</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Konflikte:</translation>
    </message>
    <message>
        <source>Segmentation mismatch:</source>
        <translation>Abweichende Zerlegung:</translation>
    </message>
    <message>
        <source>Write to:</source>
        <translation>Schreiben nach:</translation>
    </message>
    <message>
        <source>Computing the preview…</source>
        <translation>Vorschau wird berechnet…</translation>
    </message>
    <message>
        <source>Nothing is written until you click Write.</source>
        <translation>Erst ein Klick auf Schreiben schreibt die Dateien.</translation>
    </message>
    <message>
        <source>%1 (%2 codec tokens offered)</source>
        <translation>%1 (%2 Codec-Tokens angeboten)</translation>
    </message>
    <message>
        <source>%1 ids</source>
        <translation>%1 IDs</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 codec token(s) already in the base keep their ids</source>
        <translation>Schon im Basis-Tokenizer vorhandene Codec-Tokens behalten ihre IDs: %1</translation>
    </message>
    <message>
        <source>%1: codec id %2 → %3</source>
        <translation>%1: Codec-ID %2 → %3</translation>
    </message>
    <message>
        <source>%1% of Codec BPE tokens segmented differently (%2 of %3, in %4 of %5 files; %6 extended tokens)</source>
        <translation>%1 % der Codec-BPE-Tokens anders zerlegt (%2 von %3, in %4 von %5 Dateien; %6 erweiterte Tokens)</translation>
    </message>
    <message>
        <source>not checked (no codes folder)</source>
        <translation>nicht geprüft (kein Code-Ordner)</translation>
    </message>
    <message>
        <source>Not written: the files exist.</source>
        <translation>Nicht geschrieben: Die Dateien existieren bereits.</translation>
    </message>
    <message>
        <source>Wrote the extended tokenizer (%1 tokens added) to %2.</source>
        <translation>Erweiterten Tokenizer (%1 Tokens hinzugefügt) in %2 geschrieben.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Vorschau abgebrochen.</translation>
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
    <name>codecbpe::widgets::LmDatasetSection</name>
    <message>
        <source>LM dataset</source>
        <translation>LM-Datensatz</translation>
    </message>
    <message>
        <source>Folder of .npy codes</source>
        <translation>Ordner mit .npy-Codes</translation>
    </message>
    <message>
        <source>codec_bpe_id_map.json (optional)</source>
        <translation>codec_bpe_id_map.json (optional)</translation>
    </message>
    <message>
        <source>Drop the last, shorter window</source>
        <translation>Letztes, kürzeres Fenster verwerfen</translation>
    </message>
    <message>
        <source>Dataset file</source>
        <translation>Datensatzdatei</translation>
    </message>
    <message>
        <source>Write dataset</source>
        <translation>Datensatz schreiben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Only code files whose path contains one of these words (separated by spaces)</source>
        <translation>Nur Code-Dateien, deren Pfad eines dieser Wörter enthält (durch Leerzeichen getrennt)</translation>
    </message>
    <message>
        <source>all files</source>
        <translation>alle Dateien</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>codec-bpe&apos;s text, one example per line</source>
        <translation>Text wie bei codec-bpe, ein Beispiel pro Zeile</translation>
    </message>
    <message>
        <source>Codes folder:</source>
        <translation>Code-Ordner:</translation>
    </message>
    <message>
        <source>Tokenizer:</source>
        <translation>Tokenizer:</translation>
    </message>
    <message>
        <source>Id map:</source>
        <translation>ID-Zuordnung:</translation>
    </message>
    <message>
        <source>Audio start token:</source>
        <translation>Audio-Start-Token:</translation>
    </message>
    <message>
        <source>Audio end token:</source>
        <translation>Audio-End-Token:</translation>
    </message>
    <message>
        <source>Sequence length:</source>
        <translation>Sequenzlänge:</translation>
    </message>
    <message>
        <source>Overlap length:</source>
        <translation>Überlappung:</translation>
    </message>
    <message>
        <source>Codes filter:</source>
        <translation>Code-Filter:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Not written: the files exist.</source>
        <translation>Nicht geschrieben: Die Dateien existieren bereits.</translation>
    </message>
    <message>
        <source>Writing the dataset…</source>
        <translation>Datensatz wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
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
</context>
<context>
    <name>codecbpe::widgets::PathField</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
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
    <name>codecbpe::widgets::SaveTokenizerSection</name>
    <message>
        <source>Save tokenizer</source>
        <translation>Tokenizer speichern</translation>
    </message>
    <message>
        <source>Output tokenizer folder</source>
        <translation>Tokenizer-Ausgabeordner</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Tokenizer:</source>
        <translation>Tokenizer:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Not saved: the files exist.</source>
        <translation>Nicht gespeichert: Die Dateien existieren bereits.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n token(s) to %1.</source>
        <translation>
            <numerusform>%n Token in %1 gespeichert.</numerusform>
            <numerusform>%n Tokens in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::StatisticsStrip</name>
    <message>
        <source>%1 codes (%2 codebooks × %3 frames)</source>
        <translation>%1 Codes (%2 Codebücher × %3 Frames)</translation>
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
        <source>Show the panel NAME (vocabulary, train, compare, export); --screenshot then shows only that panel.</source>
        <translation>Das Bedienfeld NAME (vocabulary, train, compare, export) anzeigen; --screenshot zeigt dann nur dieses Bedienfeld.</translation>
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
    <name>codecbpe::widgets::TokenizerChooser</name>
    <message>
        <source>Tokenizer folder</source>
        <translation>Tokenizer-Ordner</translation>
    </message>
    <message>
        <source>Other folder</source>
        <translation>Anderer Ordner</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>keiner geöffnet</translation>
    </message>
    <message>
        <source>Tokenizer A (%1)</source>
        <translation>Tokenizer A (%1)</translation>
    </message>
    <message>
        <source>Tokenizer B (%1)</source>
        <translation>Tokenizer B (%1)</translation>
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
    <message>
        <source>Save prefix…</source>
        <translation>Präfix speichern…</translation>
    </message>
    <message>
        <source>Open as A</source>
        <translation>Als A öffnen</translation>
    </message>
    <message>
        <source>Open as B</source>
        <translation>Als B öffnen</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Output folder (optional: written when the run ends)</source>
        <translation>Ausgabeordner (optional: wird am Ende des Laufs geschrieben)</translation>
    </message>
    <message>
        <source> % of files</source>
        <translation> % der Dateien</translation>
    </message>
    <message>
        <source>Files kept out of training to measure compression on unseen codes</source>
        <translation>Vom Training zurückgehaltene Dateien, um die Kompression auf ungesehenen Codes zu messen</translation>
    </message>
    <message>
        <source>Codes folder</source>
        <translation>Code-Ordner</translation>
    </message>
    <message>
        <source>Audio folder, encoded first</source>
        <translation>Audio-Ordner, wird zuerst kodiert</translation>
    </message>
    <message>
        <source>merges done</source>
        <translation>ausgeführte Verschmelzungen</translation>
    </message>
    <message>
        <source>held-out codes/token</source>
        <translation>Codes/Token (ungesehen)</translation>
    </message>
    <message>
        <source>vocabulary size</source>
        <translation>Vokabulargröße</translation>
    </message>
    <message>
        <source>codes/token</source>
        <translation>Codes/Token</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>Pick a vocabulary size here or by clicking the curve</source>
        <translation>Vokabulargröße hier wählen oder auf die Kurve klicken</translation>
    </message>
    <message>
        <source>Held out:</source>
        <translation>Zurückgehalten:</translation>
    </message>
    <message>
        <source>Vocabulary size:</source>
        <translation>Vokabulargröße:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>encoding %v / %m files</source>
        <translation>Kodierung: %v / %m Dateien</translation>
    </message>
    <message>
        <source>Encoding the audio…</source>
        <translation>Audio wird kodiert…</translation>
    </message>
    <message>
        <source>Cancelled while encoding; nothing was trained (codes of finished files stay, so a new run resumes).</source>
        <translation>Beim Kodieren abgebrochen; nichts wurde trainiert (die Codes fertiger Dateien bleiben, ein neuer Lauf setzt dort fort).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%v / %m files</source>
        <translation>%v / %m Dateien</translation>
    </message>
    <message>
        <source>%v / %m merges</source>
        <translation>%v / %m Verschmelzungen</translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation>vergangen %1</translation>
    </message>
    <message>
        <source>, remaining %1</source>
        <translation>, verbleibend %1</translation>
    </message>
    <message numerus="yes">
        <source>%n merge(s), done</source>
        <translation>
            <numerusform>%n Verschmelzung, fertig</numerusform>
            <numerusform>%n Verschmelzungen, fertig</numerusform>
        </translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <source>Trained %1 tokens.</source>
        <translation>%1 Tokens trainiert.</translation>
    </message>
    <message>
        <source>no held-out files to measure on</source>
        <translation>keine zurückgehaltenen Dateien zum Messen</translation>
    </message>
    <message>
        <source>%1 codes/token</source>
        <translation>%1 Codes/Token</translation>
    </message>
    <message>
        <source>, %1 tokens/s</source>
        <translation>, %1 Tokens/s</translation>
    </message>
    <message numerus="yes">
        <source>Vocabulary %1, measured on %n held-out file(s) (%2 codes)</source>
        <translation>
            <numerusform>Vokabular %1, gemessen an %n zurückgehaltenen Datei (%2 Codes)</numerusform>
            <numerusform>Vokabular %1, gemessen an %n zurückgehaltenen Dateien (%2 Codes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1 tokens into %2.</source>
        <translation>%1 Tokens in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Saved the %1-token prefix into %2.</source>
        <translation>Präfix aus %1 Tokens in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Save the prefix into</source>
        <translation>Präfix speichern in</translation>
    </message>
    <message>
        <source>Save into</source>
        <translation>Speichern in</translation>
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
    <name>codecbpe::widgets::VocabularyHistogram</name>
    <message>
        <source>No merged tokens.</source>
        <translation>Keine verschmolzenen Tokens.</translation>
    </message>
    <message>
        <source>Lengths of the %1 merged tokens (the %2 one-code tokens left out). One repeated frame: %3 tokens, %4% of them.</source>
        <translation>Längen der %1 verschmolzenen Tokens (ohne die %2 Tokens aus einem Code). Ein wiederholter Frame: %3 Tokens, %4 % davon.</translation>
    </message>
    <message>
        <source>part of a frame</source>
        <translation>Teil eines Frames</translation>
    </message>
    <message>
        <source>whole frames</source>
        <translation>ganze Frames</translation>
    </message>
    <message>
        <source>one repeated frame</source>
        <translation>wiederholter Frame</translation>
    </message>
    <message>
        <source>token length (codes)</source>
        <translation>Tokenlänge (Codes)</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
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
        <source>Token id</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <source>Length in codes</source>
        <translation>Länge in Codes</translation>
    </message>
    <message>
        <source>Whole frames the token&apos;s codes fill</source>
        <translation>Ganze Frames, die die Codes des Tokens füllen</translation>
    </message>
    <message>
        <source>Codebook of the token&apos;s first code</source>
        <translation>Codebuch des ersten Codes des Tokens</translation>
    </message>
    <message>
        <source>Starts at
codebook</source>
        <translation>Beginnt bei
Codebuch</translation>
    </message>
    <message>
        <source>Rank of the merge that makes the token (empty for base tokens)</source>
        <translation>Rang der Verschmelzung, die das Token bildet (leer bei Basis-Tokens)</translation>
    </message>
    <message>
        <source>Merge
rank</source>
        <translation>Merge-
Rang</translation>
    </message>
    <message>
        <source>Occurrences when the codes folder picked with &quot;Count in training data&quot; is encoded</source>
        <translation>Vorkommen beim Kodieren des mit &quot;In Trainingsdaten zählen&quot; gewählten Code-Ordners</translation>
    </message>
    <message>
        <source>Count in
training data</source>
        <translation>Anzahl in
Trainingsdaten</translation>
    </message>
    <message>
        <source>Occurrences in the open codes</source>
        <translation>Vorkommen in den geöffneten Codes</translation>
    </message>
    <message>
        <source>Count in
audio</source>
        <translation>Anzahl
im Audio</translation>
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
    <message>
        <source>Vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play this occurrence of the token, decoded through the codec when it can decode, else from the audio (Enter, or double-click its row)</source>
        <translation>Dieses Vorkommen des Tokens abspielen: über den Codec dekodiert, wenn er dekodieren kann, sonst aus dem Audio (Eingabetaste oder Doppelklick auf die Zeile)</translation>
    </message>
</context>
<context>
    <name>codecbpe::widgets::VocabularyTrainingCounter</name>
    <message>
        <source>Count Tokens in a Codes Folder</source>
        <translation>Tokens in einem Code-Ordner zählen</translation>
    </message>
    <message>
        <source>Counting the tokens in %1…</source>
        <translation>Tokens in %1 werden gezählt…</translation>
    </message>
    <message>
        <source>Counting cancelled.</source>
        <translation>Zählen abgebrochen.</translation>
    </message>
    <message>
        <source>Training data: %1 files in %2, %3 codes in %4 tokens (counted in %5 s).</source>
        <translation>Trainingsdaten: %1 Dateien in %2, %3 Codes in %4 Tokens (gezählt in %5 s).</translation>
    </message>
    <message>
        <source>Count in training data…</source>
        <translation>In Trainingsdaten zählen…</translation>
    </message>
    <message>
        <source>Encode every codes file of a folder with the tokenizer and count each token</source>
        <translation>Jede Code-Datei eines Ordners mit dem Tokenizer kodieren und jedes Token zählen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
