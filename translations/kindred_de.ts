<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CorrelationPanel</name>
    <message>
        <source>cluster %1 (%2)</source>
        <translation type="vanished">Cluster %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ExplorerJobs</name>
    <message numerus="yes">
        <location filename="../ui/workers/ExplorerJobs.cpp" line="190"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelKind</name>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="19"/>
        <source>Siamese twin network (cross-media)</source>
        <translation>Siamesisches Zwillingsnetz (medienübergreifend)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="20"/>
        <source>One item encoder for every medium; a person is the sum of the encodings of what they rated, so people and items share one space and every score is the sum of what each rated item adds. Trained to rank each medium, with a rating head beside it.</source>
        <translation>Ein Item-Encoder für alle Medien; eine Person ist die Summe der Kodierungen dessen, was sie bewertet hat, sodass Personen und Items einen gemeinsamen Raum teilen und jeder Score die Summe dessen ist, was jedes bewertete Item beiträgt. Trainiert auf das Ranking innerhalb jedes Mediums, mit einem Bewertungs-Head daneben.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="24"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="25"/>
        <source>Size of the shared space of people and items</source>
        <translation>Größe des gemeinsamen Raums von Personen und Items</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="26"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="27"/>
        <source>Upper bound; the epoch best on validation NDCG@10 is kept</source>
        <translation>Obergrenze; die Epoche mit dem besten Validierungs-NDCG@10 wird behalten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="28"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="29"/>
        <source>Adam step of the ranking stage</source>
        <translation>Adam-Schrittweite der Ranking-Phase</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="30"/>
        <source>People per step</source>
        <translation>Personen pro Schritt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="31"/>
        <source>People whose histories make one optimiser step</source>
        <translation>Personen, deren Verläufe einen Optimierungsschritt bilden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="32"/>
        <source>Genres</source>
        <translation>Genres</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="33"/>
        <source>Item genres in the item encoder</source>
        <translation>Item-Genres im Item-Encoder</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="34"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="35"/>
        <source>Hashed title and text words in the item encoder</source>
        <translation>Gehashte Wörter aus Titel und Text im Item-Encoder</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="36"/>
        <source>Text buckets</source>
        <translation>Text-Buckets</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="37"/>
        <source>Hashed unigram/bigram buckets</source>
        <translation>Buckets für gehashte Unigramme/Bigramme</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="38"/>
        <source>Demographics</source>
        <translation>Demografische Daten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="39"/>
        <source>A &quot;people like you&quot; vector from age group, gender and occupation (when the project has them)</source>
        <translation>Ein Vektor „Menschen wie Sie“ aus Altersgruppe, Geschlecht und Beruf (sofern das Projekt diese Angaben hat)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="41"/>
        <source>Patience</source>
        <translation>Geduld</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="42"/>
        <source>Epochs without validation improvement before stopping</source>
        <translation>Epochen ohne Verbesserung in der Validierung, bevor das Training endet</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="43"/>
        <source>Input dropout</source>
        <translation>Eingabe-Dropout</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="44"/>
        <source>Share of a history hidden from each step&apos;s input</source>
        <translation>Anteil des Verlaufs, der in der Eingabe jedes Schritts verborgen wird</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="45"/>
        <source>Liked from</source>
        <translation>Gemocht ab</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="46"/>
        <source>A rating counts as liked from this 0..1 value (0.75 = 4 of 1..5)</source>
        <translation>Eine Bewertung gilt ab diesem Wert (0..1) als gemocht (0,75 = 4 von 1..5)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="47"/>
        <source>Rating factors</source>
        <translation>Bewertungsfaktoren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="48"/>
        <source>Size of the rating head&apos;s interaction part</source>
        <translation>Größe des Interaktionsteils des Bewertungs-Heads</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="49"/>
        <source>Rating L2</source>
        <translation>Bewertungs-L2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="50"/>
        <source>L2 weight of the rating head</source>
        <translation>L2-Gewicht des Bewertungs-Heads</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="51"/>
        <source>Rating epochs</source>
        <translation>Bewertungsepochen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="52"/>
        <source>Upper bound of the rating head&apos;s epochs</source>
        <translation>Obergrenze der Epochen des Bewertungs-Heads</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="53"/>
        <source>Memory neighbours</source>
        <translation>Gedächtnis-Nachbarn</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="54"/>
        <source>Neighbourhood memory: items remembered per item, weighted on validation (0: none)</source>
        <translation>Nachbarschaftsgedächtnis: pro Titel gemerkte Titel, auf der Validierung gewichtet (0: keines)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="55"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="56"/>
        <source>cpu, cuda (needs a CUDA build of LibTorch) or auto (cuda when present)</source>
        <translation>CPU, CUDA (erfordert einen CUDA-Build von LibTorch) oder automatisch (CUDA, falls vorhanden)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="57"/>
        <source>cpu</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="58"/>
        <source>cuda</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="59"/>
        <source>auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="62"/>
        <source>EASE (closed-form item-item)</source>
        <translation>EASE (Item-Item in geschlossener Form)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="63"/>
        <source>Steck&apos;s embarrassingly shallow autoencoder: item-item weights in closed form, λ chosen on validation. A person&apos;s score of an item is the sum of the weights from the items they rated.</source>
        <translation>Stecks „Embarrassingly Shallow Autoencoder“: Item-Item-Gewichte in geschlossener Form, λ auf der Validierung gewählt. Der Score eines Items für eine Person ist die Summe der Gewichte von den Items, die sie bewertet hat.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="66"/>
        <source>λ</source>
        <translation>λ</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="67"/>
        <source>L2 weight of the item-item weights; 0 chooses it on validation (NDCG@10) from 10, 20, 50, 100, 200, 500, 1000, 2000</source>
        <translation>L2-Gewicht der Item-Item-Gewichte; 0 wählt es auf der Validierung (NDCG@10) aus 10, 20, 50, 100, 200, 500, 1000, 2000</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="69"/>
        <source>Memory budget (GiB)</source>
        <translation>Speicherbudget (GiB)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="70"/>
        <source>Refuse, saying why, when the closed form would need more memory than this</source>
        <translation>Mit Begründung ablehnen, wenn die geschlossene Form mehr Speicher als diesen bräuchte</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="71"/>
        <source>Weights kept per item</source>
        <translation>Behaltene Gewichte pro Item</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="72"/>
        <source>Each item keeps its strongest item-item weights (0: all); scores use exactly the kept ones</source>
        <translation>Jedes Item behält seine stärksten Item-Item-Gewichte (0: alle); die Scores verwenden genau die behaltenen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="76"/>
        <source>Attention two-tower (earlier Siamese)</source>
        <translation>Attention-Two-Tower-Modell (früheres siamesisches Modell)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="77"/>
        <source>Kindred&apos;s first Siamese model: a user tower attending over the cross-media history, queried by the user&apos;s id and demographics; per-medium item towers; rating and ranking heads.</source>
        <translation>Kindreds erstes siamesisches Modell: ein Nutzer-Tower mit Attention über den medienübergreifenden Verlauf, abgefragt mit der ID und den demografischen Daten des Nutzers; Item-Tower pro Medium; Bewertungs- und Ranking-Heads.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="80"/>
        <source>Size of the shared taste space (a multiple of the heads)</source>
        <translation>Größe des gemeinsamen Geschmacksraums (ein Vielfaches der Heads)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="81"/>
        <source>Attention heads</source>
        <translation>Attention-Heads</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="82"/>
        <source>Attention heads of the user tower (divide the dimension)</source>
        <translation>Attention-Heads des Nutzer-Towers (müssen die Dimension teilen)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="83"/>
        <source>History length</source>
        <translation>Verlaufslänge</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="84"/>
        <source>Training interactions the user tower attends to</source>
        <translation>Trainingsinteraktionen, auf die der Nutzer-Tower achtet</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="85"/>
        <source>Item genres in the item towers</source>
        <translation>Item-Genres in den Item-Towern</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="86"/>
        <source>Age group, gender and occupation in the user tower (when the project has them)</source>
        <translation>Altersgruppe, Geschlecht und Beruf im Nutzer-Tower (sofern das Projekt diese Angaben hat)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="87"/>
        <source>Hashed title and text words in the item towers</source>
        <translation>Gehashte Wörter aus Titel und Text in den Item-Towern</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="88"/>
        <source>Text encoder</source>
        <translation>Text-Encoder</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="89"/>
        <source>Optional TorchScript text encoder (forward(Tensor[N, T] int64 ids, 0 = pad) -&gt; [N, D])</source>
        <translation>Optionaler TorchScript-Text-Encoder (forward(Tensor[N, T] int64 ids, 0 = pad) -&gt; [N, D])</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="91"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="92"/>
        <source>Dropout in both towers</source>
        <translation>Dropout in beiden Towern</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="93"/>
        <source>AdamW step size</source>
        <translation>AdamW-Schrittweite</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="94"/>
        <source>Weight decay</source>
        <translation>Weight Decay</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="95"/>
        <source>AdamW weight decay</source>
        <translation>AdamW-Weight-Decay</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="96"/>
        <source>Upper bound; early stopping on validation</source>
        <translation>Obergrenze; vorzeitiges Beenden anhand der Validierung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="97"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="98"/>
        <source>Interactions per optimiser step</source>
        <translation>Interaktionen pro Optimierungsschritt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="99"/>
        <source>Samples per user</source>
        <translation>Samples pro Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="100"/>
        <source>A batch holds chunks of up to this many interactions of one user</source>
        <translation>Ein Batch enthält Blöcke von bis zu so vielen Interaktionen eines Nutzers</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="101"/>
        <source>Warm-up</source>
        <translation>Aufwärmphase</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="102"/>
        <source>Share of all steps warming up the learning rate</source>
        <translation>Anteil aller Schritte, in denen die Lernrate hochgefahren wird</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="103"/>
        <source>Rating weight</source>
        <translation>Bewertungsgewicht</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="104"/>
        <source>Weight of the rating loss</source>
        <translation>Gewicht des Bewertungsverlusts</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="105"/>
        <source>Ranking weight</source>
        <translation>Ranking-Gewicht</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="106"/>
        <source>Weight of the ranking loss</source>
        <translation>Gewicht des Ranking-Verlusts</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="107"/>
        <source>Ranking head</source>
        <translation>Ranking-Head</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="108"/>
        <source>Full rankings by the in-batch softmax head instead of the predicted rating</source>
        <translation>Vollständige Rankings über den In-Batch-Softmax-Head statt über die vorhergesagte Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="109"/>
        <source>Pair weight</source>
        <translation>Paargewicht</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="110"/>
        <source>Weight of the paired-user term</source>
        <translation>Gewicht des Terms für Nutzerpaare</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="111"/>
        <source>Transfer weight</source>
        <translation>Transfergewicht</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="112"/>
        <source>Weight of the cross-medium transfer term</source>
        <translation>Gewicht des medienübergreifenden Transferterms</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="113"/>
        <source>Best epoch by</source>
        <translation>Beste Epoche nach</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="114"/>
        <source>The epoch kept (and early stopping), on the validation part only: the rating loss, or NDCG@10 over the unseen items of each medium</source>
        <translation>Die behaltene Epoche (und das vorzeitige Beenden), nur auf dem Validierungsteil: der Bewertungsverlust oder NDCG@10 über die ungesehenen Items jedes Mediums</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="116"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="117"/>
        <source>ndcg</source>
        <translation>NDCG@10</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="120"/>
        <source>Biased matrix factorisation</source>
        <translation>Matrixfaktorisierung mit Bias</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="121"/>
        <source>Funk/Koren SGD: domain mean + biases + user · item factors; the epoch with the best validation RMSE is kept.</source>
        <translation>Funk/Koren-SGD: Domänenmittelwert + Bias-Terme + Nutzerfaktoren · Item-Faktoren; die Epoche mit dem besten Validierungs-RMSE wird behalten.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="123"/>
        <source>SGD epochs; the epoch with the lowest validation RMSE is kept</source>
        <translation>SGD-Epochen; die Epoche mit dem niedrigsten Validierungs-RMSE wird behalten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="124"/>
        <source>Factors</source>
        <translation>Faktoren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="125"/>
        <source>Latent factors per user and item</source>
        <translation>Latente Faktoren pro Nutzer und Item</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="126"/>
        <source>SGD step</source>
        <translation>SGD-Schrittweite</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="127"/>
        <source>Regularisation</source>
        <translation>Regularisierung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="128"/>
        <source>L2 weight of factors and biases</source>
        <translation>L2-Gewicht von Faktoren und Bias-Termen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="131"/>
        <source>Bias baseline (ALS)</source>
        <translation>Bias-Baseline (ALS)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="132"/>
        <source>Domain mean + user and item biases, by regularised ALS.</source>
        <translation>Domänenmittelwert + Nutzer- und Item-Bias, per regularisiertem ALS.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="133"/>
        <source>ALS rounds; the round with the lowest validation RMSE is kept</source>
        <translation>ALS-Runden; die Runde mit dem niedrigsten Validierungs-RMSE wird behalten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="134"/>
        <source>Bias λ</source>
        <translation>Bias-λ</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="135"/>
        <source>λ added to the rating counts: shrinks the biases of rare users and items to 0</source>
        <translation>λ wird zu den Bewertungsanzahlen addiert: zieht den Bias seltener Nutzer und Items gegen 0</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="138"/>
        <source>Popularity</source>
        <translation>Popularität</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="139"/>
        <source>Ranks items by how often they were rated: no training epochs.</source>
        <translation>Ordnet Items danach, wie oft sie bewertet wurden: keine Trainingsepochen.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="142"/>
        <source>Item kNN</source>
        <translation>Item-kNN</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="143"/>
        <source>Mean-centred cosine similarity between items, with shrinkage.</source>
        <translation>Mittelwertzentrierte Kosinus-Ähnlichkeit zwischen Items, mit Schrumpfung.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="144"/>
        <source>Neighbours</source>
        <translation>Nachbarn</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="145"/>
        <source>Neighbours kept per item</source>
        <translation>Behaltene Nachbarn pro Item</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="146"/>
        <source>Shrinkage</source>
        <translation>Schrumpfung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="147"/>
        <source>Similarity × n / (n + shrinkage), n = co-rating users</source>
        <translation>Ähnlichkeit × n / (n + Schrumpfung), n = Nutzer, die beide bewertet haben</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="150"/>
        <source>Item autoencoder two-tower (AutoRec)</source>
        <translation>Two-Tower-Modell mit Item-Autoencoder (AutoRec)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="151"/>
        <source>An item is encoded from the ratings it received, so media that share people share coordinates; users are free vectors.</source>
        <translation>Ein Item wird aus den Bewertungen kodiert, die es erhalten hat, sodass Medien mit gemeinsamen Personen gemeinsame Koordinaten haben; Nutzer sind freie Vektoren.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="153"/>
        <source>Item code size</source>
        <translation>Größe des Item-Codes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="154"/>
        <source>Size of the item code = dimension of the taste space</source>
        <translation>Größe des Item-Codes = Dimension des Geschmacksraums</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="155"/>
        <source>L2 λ</source>
        <translation>L2-λ</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="156"/>
        <source>L2 weight on the 1–5 pseudo-scale</source>
        <translation>L2-Gewicht auf der Pseudoskala 1–5</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="157"/>
        <source>Adam step, full batch</source>
        <translation>Adam-Schrittweite, voller Batch</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="158"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="159"/>
        <source>Full-batch steps (upper bound; early stopping on validation)</source>
        <translation>Schritte mit vollem Batch (Obergrenze; vorzeitiges Beenden anhand der Validierung)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="160"/>
        <source>Check every</source>
        <translation>Prüfintervall</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="161"/>
        <source>Steps between validation checks</source>
        <translation>Schritte zwischen Validierungsprüfungen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="162"/>
        <source>Validation checks without improvement before stopping</source>
        <translation>Validierungsprüfungen ohne Verbesserung, bevor das Training endet</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="163"/>
        <source>Codes from validation too</source>
        <translation>Codes auch aus der Validierung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="164"/>
        <source>Recompute the final item codes from train + validation ratings</source>
        <translation>Die endgültigen Item-Codes aus Trainings- + Validierungsbewertungen neu berechnen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="167"/>
        <source>Blend (fitted on validation)</source>
        <translation>Mischung (auf der Validierung angepasst)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="168"/>
        <source>Bias, mf, item-kNN, autorec and the Siamese model&apos;s rating head combined by ridge weights fitted on the validation part.</source>
        <translation>Bias, mf, item-kNN, autorec und der Bewertungs-Head des siamesischen Modells, kombiniert mit Ridge-Gewichten, die auf dem Validierungsteil angepasst werden.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../ui/workers/PairSession.cpp" line="78"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="41"/>
        <source>items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="42"/>
        <source>users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="43"/>
        <source>items + users</source>
        <translation>Items + Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/plots/ChartExport.cpp" line="40"/>
        <source>Could not write the chart to %1</source>
        <translation>Das Diagramm konnte nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/plots/ChartExport.cpp" line="45"/>
        <location filename="../ui/plots/ChartExport.cpp" line="53"/>
        <source>Save Chart As</source>
        <translation>Diagramm speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/plots/ChartExport.cpp" line="46"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/plots/ChartExport.cpp" line="57"/>
        <source>Save Chart As…</source>
        <translation>Diagramm speichern unter…</translation>
    </message>
    <message>
        <location filename="../ui/models/TableExport.cpp" line="31"/>
        <location filename="../ui/models/TableExport.cpp" line="47"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/TableExport.cpp" line="54"/>
        <source>Export Table as CSV…</source>
        <translation>Tabelle als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/models/TableExport.cpp" line="60"/>
        <location filename="../ui/models/TableExport.cpp" line="68"/>
        <source>Export Table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/models/TableExport.cpp" line="61"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>kindred::ui</name>
    <message>
        <location filename="../ui/panels/ExplorerPoints.cpp" line="143"/>
        <location filename="../ui/panels/ExplorerPoints.cpp" line="187"/>
        <source>No genre</source>
        <translation>Kein Genre</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPoints.cpp" line="148"/>
        <location filename="../ui/panels/ExplorerPoints.cpp" line="182"/>
        <source>No cluster</source>
        <translation>Kein Cluster</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPoints.cpp" line="104"/>
        <source>Cluster %1: %2</source>
        <translation>Cluster %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPoints.cpp" line="105"/>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPoints.cpp" line="192"/>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPoints.cpp" line="212"/>
        <location filename="../ui/workers/ExplorerJobs.cpp" line="189"/>
        <source>User #%1</source>
        <translation>Nutzer #%1</translation>
    </message>
    <message>
        <location filename="../ui/workers/ExplorerJobs.cpp" line="157"/>
        <source>Not in this model&apos;s data</source>
        <translation>Nicht in den Daten dieses Modells</translation>
    </message>
    <message>
        <location filename="../ui/workers/ExplorerJobs.cpp" line="323"/>
        <source>the two of the %1 selected people nearest its centre in the taste space</source>
        <translation>die zwei der %1 ausgewählten Personen, die der Mitte im Geschmacksraum am nächsten sind</translation>
    </message>
    <message>
        <location filename="../ui/workers/ExplorerJobs.cpp" line="336"/>
        <source>the people who rated most of its %1 items (%2)</source>
        <translation>die Personen, die die meisten ihrer %1 Titel bewertet haben (%2)</translation>
    </message>
    <message>
        <location filename="../ui/workers/ExplorerJobs.cpp" line="337"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../ui/workers/ExplorerJobs.cpp" line="340"/>
        <source>No two people in or around this selection: select people, or items somebody rated</source>
        <translation>Keine zwei Personen in oder um diese Auswahl: wählen Sie Personen oder Titel, die jemand bewertet hat</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPoints.cpp" line="174"/>
        <source>Mean %1–%2 %</source>
        <translation>Mittel %1–%2 %</translation>
    </message>
    <message>
        <location filename="../ui/workers/ExplorerJobs.cpp" line="111"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
</context>
<context>
    <name>kindred::ui::Categories</name>
    <message>
        <location filename="../ui/panels/ExplorerPoints.cpp" line="59"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>kindred::ui::ColdStartDialog</name>
    <message>
        <location filename="../ui/dialogs/ColdStartDialog.cpp" line="27"/>
        <source>New user from ratings</source>
        <translation>Neuer Nutzer aus Bewertungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ColdStartDialog.cpp" line="30"/>
        <source>Search titles…</source>
        <translation>Titel suchen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ColdStartDialog.cpp" line="50"/>
        <source>Add →</source>
        <translation>Hinzufügen →</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ColdStartDialog.cpp" line="54"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ColdStartDialog.cpp" line="54"/>
        <source>Stars</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ColdStartDialog.cpp" line="66"/>
        <source>Ratings (a handful is enough; 1 = disliked, 5 = loved)</source>
        <translation>Bewertungen (eine Handvoll genügt; 1 = gar nicht gemocht, 5 = geliebt)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ColdStartDialog.cpp" line="73"/>
        <source>Create profile</source>
        <translation>Profil erstellen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ColdStartDialog.cpp" line="78"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ColdStartDialog.cpp" line="89"/>
        <source>New user</source>
        <translation>Neuer Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ColdStartDialog.cpp" line="118"/>
        <source> ★</source>
        <translation> ★</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ColdStartDialog.cpp" line="121"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>kindred::ui::CorrelationHeatmap</name>
    <message>
        <location filename="../ui/plots/CorrelationHeatmap.cpp" line="89"/>
        <source>%1 (%2) × %3 (%4)
r = %5, n = %6 users, p = %7</source>
        <translation>%1 (%2) × %3 (%4)
r = %5, n = %6 Nutzer, p = %7</translation>
    </message>
    <message>
        <location filename="../ui/plots/CorrelationHeatmap.cpp" line="131"/>
        <source>No genre pairs to show</source>
        <translation>Keine Genrepaare anzuzeigen</translation>
    </message>
</context>
<context>
    <name>kindred::ui::CorrelationPanel</name>
    <message>
        <location filename="../ui/panels/CorrelationPanel.cpp" line="74"/>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorrelationPanel.cpp" line="78"/>
        <source>Genre pairs need at least this many users with affinities in both</source>
        <translation>Genrepaare brauchen mindestens so viele Nutzer mit Vorlieben in beiden</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorrelationPanel.cpp" line="80"/>
        <source>Liking genres in</source>
        <translation>Vorliebe für Genres in</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorrelationPanel.cpp" line="82"/>
        <source>vs. in</source>
        <translation>gegenüber</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorrelationPanel.cpp" line="84"/>
        <source>Min. users:</source>
        <translation>Min. Nutzer:</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorrelationPanel.cpp" line="113"/>
        <source>No project open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorrelationPanel.cpp" line="113"/>
        <source>Reading the project&apos;s media…</source>
        <translation>Die Medien des Projekts werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorrelationPanel.cpp" line="126"/>
        <source>Computing %1 × %2…</source>
        <translation>%1 × %2 wird berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorrelationPanel.cpp" line="148"/>
        <source>Correlations: %1</source>
        <translation>Korrelationen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/CorrelationPanel.cpp" line="156"/>
        <source>Correlations need two media with shared users; this project has %n medium(s).</source>
        <translation>
            <numerusform>Korrelationen brauchen zwei Medien mit gemeinsamen Nutzern; dieses Projekt hat %n Medium.</numerusform>
            <numerusform>Korrelationen brauchen zwei Medien mit gemeinsamen Nutzern; dieses Projekt hat %n Medien.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/CorrelationPanel.cpp" line="169"/>
        <source>%1 users rated both %2 and %3, which share no genres: their taste clusters instead (the newest projection of &quot;%4&quot;), %5 pairs, %6 significant at p &lt; 0.05 (dot). Red: liking a cluster&apos;s items in one medium goes with liking the other&apos;s.</source>
        <translation>%1 Personen haben sowohl %2 als auch %3 bewertet, die keine Genres teilen: stattdessen ihre Geschmackscluster (die neueste Projektion von „%4“), %5 Paare, %6 signifikant bei p &lt; 0,05 (Punkt). Rot: Wer die Titel eines Clusters im einen Medium mag, mag auch die des anderen.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorrelationPanel.cpp" line="180"/>
        <source>%1 users rated both %2 and %3, but no genre pair has enough of them (the media need genres, and users with several rated items per genre in both; a model&apos;s projection with clusters lets the taste clusters stand in).</source>
        <translation>%1 Personen haben sowohl %2 als auch %3 bewertet, aber kein Genrepaar hat genug von ihnen (die Medien brauchen Genres und Personen mit mehreren bewerteten Titeln pro Genre in beiden; eine Projektion eines Modells mit Clustern lässt die Geschmackscluster einspringen).</translation>
    </message>
    <message>
        <source>%1 users rated both %2 and %3, but no genre pair has enough of them (the media need genres, and users with several rated items per genre in both).</source>
        <translation type="vanished">%1 Nutzer haben sowohl %2 als auch %3 bewertet, aber kein Genrepaar hat genug davon (die Medien brauchen Genres und Nutzer mit mehreren bewerteten Items pro Genre in beiden).</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorrelationPanel.cpp" line="185"/>
        <source>%1 users rated both %2 and %3: %4 genre pairs, %5 significant at p &lt; 0.05 (dot). Red: liking one goes with liking the other; blue: with disliking it.</source>
        <translation>%1 Nutzer haben sowohl %2 als auch %3 bewertet: %4 Genrepaare, %5 signifikant bei p &lt; 0,05 (Punkt). Rot: wer das eine mag, mag auch das andere; blau: mag es nicht.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorrelationPanel.h" line="26"/>
        <source>Correlations</source>
        <translation>Korrelationen</translation>
    </message>
</context>
<context>
    <name>kindred::ui::DataPanel</name>
    <message>
        <location filename="../ui/panels/DataPanel.cpp" line="22"/>
        <source>Search item titles…</source>
        <translation>Item-Titel suchen…</translation>
    </message>
    <message>
        <location filename="../ui/panels/DataPanel.cpp" line="25"/>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../ui/panels/DataPanel.cpp" line="72"/>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/DataPanel.cpp" line="107"/>
        <source>%1 of %2 loaded</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message>
        <location filename="../ui/panels/DataPanel.h" line="30"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>kindred::ui::EpochTableModel</name>
    <message>
        <location filename="../ui/models/EpochTableModel.cpp" line="79"/>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/models/EpochTableModel.cpp" line="81"/>
        <source>Train loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../ui/models/EpochTableModel.cpp" line="81"/>
        <source>Train RMSE (0..1)</source>
        <translation>Trainings-RMSE (0..1)</translation>
    </message>
    <message>
        <location filename="../ui/models/EpochTableModel.cpp" line="83"/>
        <source>Validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <location filename="../ui/models/EpochTableModel.cpp" line="85"/>
        <source>Validation RMSE</source>
        <translation>Validierungs-RMSE</translation>
    </message>
    <message>
        <location filename="../ui/models/EpochTableModel.cpp" line="89"/>
        <source>Samples/s</source>
        <translation>Samples/s</translation>
    </message>
    <message>
        <location filename="../ui/models/EpochTableModel.cpp" line="91"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/models/EpochTableModel.cpp" line="87"/>
        <source>Validation NDCG@10</source>
        <translation>Validierungs-NDCG@10</translation>
    </message>
</context>
<context>
    <name>kindred::ui::ExplorerPanel</name>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="68"/>
        <source>Drag to rotate, wheel to zoom, click a point to select it</source>
        <translation>Ziehen zum Drehen, Mausrad zum Zoomen, Punkt anklicken zum Auswählen</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="102"/>
        <source>Taste trajectory: %1</source>
        <translation>Geschmacksverlauf: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="122"/>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="123"/>
        <source>Likes %1</source>
        <translation>Mag %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="137"/>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="434"/>
        <source>Open a project to explore its taste space.</source>
        <translation>Öffnen Sie ein Projekt, um seinen Geschmacksraum zu erkunden.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="152"/>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="162"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="163"/>
        <source>Genre (first)</source>
        <translation>Genre (erstes)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="164"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="165"/>
        <source>Mean rating</source>
        <translation>Mittlere Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="166"/>
        <source>Mean rating as a share of each catalogue&apos;s rating scale, in fifths</source>
        <translation>Mittlere Bewertung als Anteil der Bewertungsskala des jeweiligen Katalogs, in Fünfteln</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="169"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="170"/>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="171"/>
        <source>Items and users</source>
        <translation>Items und Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="172"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="173"/>
        <source>Projection</source>
        <translation>Projektion</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="174"/>
        <source>Colour by</source>
        <translation>Färben nach</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="175"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="176"/>
        <source>Rename cluster…</source>
        <translation>Cluster umbenennen …</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="177"/>
        <source>Clusters are named by their most distinctive genres and title words; give one a name of your own</source>
        <translation>Cluster werden nach ihren kennzeichnendsten Genres und Titelwörtern benannt; geben Sie einem einen eigenen Namen</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="198"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="201"/>
        <source>Title…</source>
        <translation>Titel…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="212"/>
        <source>No item titled “%1” in this model</source>
        <translation>Kein Item mit dem Titel „%1“ in diesem Modell</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="221"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="236"/>
        <source>Flat — every point</source>
        <translation>Flach — jeder Punkt</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="237"/>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="238"/>
        <source>The flat view draws every point and selects by box or lasso; the 3D view turns a 3D projection in space</source>
        <translation>Die flache Ansicht zeichnet jeden Punkt und wählt per Rechteck oder Lasso aus; die 3D-Ansicht dreht eine 3D-Projektion im Raum</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="260"/>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="260"/>
        <source>Drag to move, wheel to zoom, click a point to select it (Home: show all)</source>
        <translation>Ziehen zum Verschieben, Mausrad zum Zoomen, Klick wählt einen Punkt (Pos1: alles zeigen)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="262"/>
        <source>Box</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="262"/>
        <source>Drag a box to select the points in it (Shift adds, Esc clears)</source>
        <translation>Ein Rechteck ziehen, um die Punkte darin auszuwählen (Umschalt ergänzt, Esc leert)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="264"/>
        <source>Lasso</source>
        <translation>Lasso</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="264"/>
        <source>Draw around points to select them (Shift adds, Esc clears)</source>
        <translation>Um Punkte herum zeichnen, um sie auszuwählen (Umschalt ergänzt, Esc leert)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="267"/>
        <source>Select cluster…</source>
        <translation>Cluster auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="268"/>
        <source>Select every point of one cluster and list them below</source>
        <translation>Alle Punkte eines Clusters auswählen und unten auflisten</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="346"/>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="349"/>
        <source>Nothing selected.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="387"/>
        <source>Select cluster</source>
        <translation>Cluster auswählen</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="437"/>
        <source>Reading the project&apos;s models…</source>
        <translation>Die Modelle des Projekts werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="445"/>
        <source>Could not read the models: %1</source>
        <translation>Die Modelle konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="453"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="458"/>
        <source>No model with an embedding yet — train a Siamese or matrix factorisation model in Training, then come back.</source>
        <translation>Noch kein Modell mit Embedding – trainieren Sie unter „Training“ ein siamesisches oder ein Matrixfaktorisierungsmodell und kommen Sie dann zurück.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="475"/>
        <source>Loading the model, its projections and neighbour indexes…</source>
        <translation>Modell, Projektionen und Nachbarindizes werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="488"/>
        <source>Could not load the model: %1</source>
        <translation>Das Modell konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="493"/>
        <source>Neighbour search unavailable: %1</source>
        <translation>Nachbarsuche nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="539"/>
        <source>This model has no projection yet — make one with New projection (PCA takes seconds).</source>
        <translation>Dieses Modell hat noch keine Projektion – erstellen Sie eine mit „Neue Projektion“ (PCA dauert Sekunden).</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="597"/>
        <source>Select points with the box or lasso tool of the flat view, or a whole cluster with Select cluster.</source>
        <translation>Wählen Sie Punkte mit dem Rechteck- oder Lasso-Werkzeug der flachen Ansicht aus, oder einen ganzen Cluster mit „Cluster auswählen“.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="621"/>
        <source> · the axes explain %1 % of the variance</source>
        <translation> · die Achsen erklären %1 % der Varianz</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 points%3</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt; · %2 Punkte%3</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="645"/>
        <source>&lt;span style=&quot;white-space:nowrap; color:gray&quot;&gt;· size = popularity&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;white-space:nowrap; color:gray&quot;&gt;· Größe = Beliebtheit&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="681"/>
        <source>User #%1</source>
        <translation>Nutzer #%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="738"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="761"/>
        <source>Stored as projection %1.</source>
        <translation>Als Projektion %1 gespeichert.</translation>
    </message>
    <message>
        <source>Cluster %1: %2</source>
        <translation type="vanished">Cluster %1: %2</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation type="vanished">Cluster %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="382"/>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="783"/>
        <source>This projection has no clusters; compute one with Clusters (k) above 0.</source>
        <translation>Diese Projektion hat keine Cluster; berechnen Sie eine mit Cluster (k) über 0.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="787"/>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="795"/>
        <source>Rename cluster</source>
        <translation>Cluster umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="387"/>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="787"/>
        <source>Cluster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="122"/>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="795"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="625"/>
        <source> · the 3D view shows the %1 most-rated; the flat view shows all</source>
        <translation> · die 3D-Ansicht zeigt die %1 meistbewerteten; die flache Ansicht zeigt alle</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="628"/>
        <source> · flat view of axes 1 and 2</source>
        <translation> · flache Ansicht der Achsen 1 und 2</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="629"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 points%3%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 Punkte%3%4</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="809"/>
        <source>Renaming the cluster failed: %1</source>
        <translation>Das Umbenennen des Clusters ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.h" line="64"/>
        <source>Explorer</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="181"/>
        <source>Export for Embedding Projector…</source>
        <translation>Für den Embedding Projector exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="182"/>
        <source>vectors.tsv and metadata.tsv for projector.tensorflow.org, and the shown projection&apos;s coordinates as CSV</source>
        <translation>vectors.tsv und metadata.tsv für projector.tensorflow.org sowie die Koordinaten der angezeigten Projektion als CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="186"/>
        <source>Export for Embedding Projector</source>
        <translation>Für den Embedding Projector exportieren</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="188"/>
        <source>Open a model with vectors first</source>
        <translation>Öffnen Sie zuerst ein Modell mit Vektoren</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanelExport.cpp" line="43"/>
        <source>Wrote %1 items and %2 coordinates to %3</source>
        <translation>%1 Items und %2 Koordinaten nach %3 geschrieben</translation>
    </message>
</context>
<context>
    <name>kindred::ui::ExplorerProjectionForm</name>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="19"/>
        <source>New projection</source>
        <translation>Neue Projektion</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="22"/>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="23"/>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="47"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="48"/>
        <source>Include users</source>
        <translation>Nutzer einbeziehen</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="49"/>
        <source>Remove each medium&apos;s offset</source>
        <translation>Versatz jedes Mediums entfernen</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="51"/>
        <source>Places items and people by taste rather than by medium: each medium&apos;s mean is subtracted from its items, and people are compared with those who rated the same media</source>
        <translation>Ordnet Titel und Personen nach Geschmack statt nach Medium an: Der Mittelwert jedes Mediums wird von seinen Titeln abgezogen, und Personen werden mit denen verglichen, die dieselben Medien bewertet haben</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="54"/>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="55"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="61"/>
        <source>Estimated from this method&apos;s measured speed on a 2-core machine, for the points and settings above</source>
        <translation>Geschätzt aus der gemessenen Geschwindigkeit dieser Methode auf einem Rechner mit 2 Kernen, für die Punkte und Einstellungen oben</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="63"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="64"/>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="65"/>
        <source>Perplexity</source>
        <translation>Perplexität</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="66"/>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="69"/>
        <source>Clusters (k)</source>
        <translation>Cluster (k)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="128"/>
        <source>under a second</source>
        <translation>unter einer Sekunde</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="129"/>
        <source>about %n s</source>
        <translation>
            <numerusform>etwa %n s</numerusform>
            <numerusform>etwa %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="130"/>
        <source>about %n min</source>
        <translation>
            <numerusform>etwa %n Min.</numerusform>
            <numerusform>etwa %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="131"/>
        <source>%1 points: %2</source>
        <translation>%1 Punkte: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="38"/>
        <source>UMAP: neighbours of each point in the graph it keeps (larger: more global structure)</source>
        <translation>UMAP: Nachbarn jedes Punkts im Graphen, den es behält (größer: mehr globale Struktur)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="43"/>
        <source>UMAP: how tightly points may pack together (smaller: denser clusters)</source>
        <translation>UMAP: wie dicht Punkte beieinanderliegen dürfen (kleiner: dichtere Cluster)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="67"/>
        <source>Neighbours</source>
        <translation>Nachbarn</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="68"/>
        <source>Minimum distance</source>
        <translation>Mindestabstand</translation>
    </message>
</context>
<context>
    <name>kindred::ui::ExplorerSelectionModel</name>
    <message>
        <location filename="../ui/models/ExplorerSelectionModel.cpp" line="33"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/ExplorerSelectionModel.cpp" line="34"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../ui/models/ExplorerSelectionModel.cpp" line="35"/>
        <source>Genres</source>
        <translation>Genres</translation>
    </message>
    <message>
        <location filename="../ui/models/ExplorerSelectionModel.cpp" line="36"/>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../ui/models/ExplorerSelectionModel.cpp" line="37"/>
        <source>Mean rating</source>
        <translation>Mittlere Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/models/ExplorerSelectionModel.cpp" line="45"/>
        <source>User #%1</source>
        <translation>Nutzer #%1</translation>
    </message>
    <message>
        <location filename="../ui/models/ExplorerSelectionModel.cpp" line="46"/>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ui/models/ExplorerSelectionModel.cpp" line="65"/>
        <source>Share of the rating scale, over this person&apos;s ratings</source>
        <translation>Anteil der Bewertungsskala, über die Bewertungen dieser Person</translation>
    </message>
    <message>
        <location filename="../ui/models/ExplorerSelectionModel.cpp" line="66"/>
        <source>On the catalogue&apos;s own rating scale</source>
        <translation>Auf der eigenen Bewertungsskala des Katalogs</translation>
    </message>
    <message>
        <location filename="../ui/models/ExplorerSelectionModel.cpp" line="73"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>kindred::ui::ExplorerSelectionPane</name>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="41"/>
        <source>All media</source>
        <translation>Alle Medien</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="42"/>
        <source>Same medium</source>
        <translation>Gleiches Medium</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="43"/>
        <source>Other media</source>
        <translation>Andere Medien</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="44"/>
        <source>Neighbours from any medium, from the item&apos;s own, or from the others: what connects media (the books nearest to an album)</source>
        <translation>Nachbarn aus jedem Medium, aus dem eigenen des Items oder aus den anderen: was Medien verbindet (die Bücher, die einem Album am nächsten sind)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="49"/>
        <source>Neighbour</source>
        <translation>Nachbar</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="49"/>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="129"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="49"/>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="64"/>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="147"/>
        <source>Show taste trajectory</source>
        <translation>Geschmacksverlauf anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="65"/>
        <source>Where the user&apos;s taste moved as their ratings accumulated (oldest first)</source>
        <translation>Wie sich der Geschmack des Nutzers mit wachsender Zahl an Bewertungen verschoben hat (älteste zuerst)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="83"/>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="84"/>
        <source>Click a point or search for a title.</source>
        <translation>Klicken Sie auf einen Punkt oder suchen Sie nach einem Titel.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="101"/>
        <source>&lt;table cellspacing=2&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Medium&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Genres&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ratings&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3 · mean %4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=2&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Medium&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Genres&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Bewertungen&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3 · Mittelwert %4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="105"/>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="107"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="110"/>
        <source>Finding neighbours…</source>
        <translation>Nachbarn werden gesucht…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="116"/>
        <source>&lt;b&gt;User&lt;/b&gt; · %1 ratings · mean at %2 % of the rating scale</source>
        <translation>&lt;b&gt;Nutzer&lt;/b&gt; · %1 Bewertungen · Mittelwert bei %2 % der Bewertungsskala</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="122"/>
        <source>Finding kindred users…</source>
        <translation>Geschmacksverwandte Nutzer werden gesucht…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="127"/>
        <source>User %1</source>
        <translation>Nutzer %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="129"/>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="139"/>
        <source>Neighbours unavailable: %1</source>
        <translation>Nachbarn nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="141"/>
        <source>&lt;b&gt;Kindred users&lt;/b&gt; (nearest in taste)</source>
        <translation>&lt;b&gt;Geschmacksverwandte Nutzer&lt;/b&gt; (im Geschmack am nächsten)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="142"/>
        <source>&lt;b&gt;Most similar items&lt;/b&gt; (FAISS, cosine)</source>
        <translation>&lt;b&gt;Ähnlichste Items&lt;/b&gt; (FAISS, Kosinus)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="147"/>
        <source>Tracing the trajectory…</source>
        <translation>Verlauf wird nachgezeichnet…</translation>
    </message>
</context>
<context>
    <name>kindred::ui::ExplorerSelectionTable</name>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="55"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="56"/>
        <source>Recommend for two central people</source>
        <translation>Für zwei zentrale Personen empfehlen</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="57"/>
        <source>The two selected people nearest the selection&apos;s centre in the taste space, or, for items, the two people who rated most of them — then the Pairs panel recommends for them</source>
        <translation>Die zwei ausgewählten Personen, die der Mitte der Auswahl im Geschmacksraum am nächsten sind, oder bei Titeln die zwei Personen, die die meisten davon bewertet haben — dann empfiehlt der Bereich „Paare“ für sie</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="59"/>
        <source>New person who likes these…</source>
        <translation>Neue Person, die diese mag…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="60"/>
        <source>A new person in the Pairs panel whose history is the selected items, rated high</source>
        <translation>Eine neue Person im Bereich „Paare“, deren Verlauf die ausgewählten Titel sind, hoch bewertet</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="62"/>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="66"/>
        <source>Export selection</source>
        <translation>Auswahl exportieren</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="63"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="103"/>
        <source>Nothing selected.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="130"/>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="134"/>
        <source>%1 items (%2)</source>
        <translation>%1 Titel (%2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="135"/>
        <source>%1 items</source>
        <translation>%1 Titel</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="137"/>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="138"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="176"/>
        <source>The selected items have no genres</source>
        <translation>Die ausgewählten Titel haben keine Genres</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="176"/>
        <source>No items selected</source>
        <translation>Keine Titel ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="179"/>
        <source>Genres: selection (blue), all items (grey)</source>
        <translation>Genres: Auswahl (blau), alle Titel (grau)</translation>
    </message>
    <message>
        <source>Genres: share of the selection (blue) and of all items (grey)</source>
        <translation type="vanished">Genres: Anteil an der Auswahl (blau) und an allen Titeln (grau)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="180"/>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="181"/>
        <source>All items</source>
        <translation>Alle Titel</translation>
    </message>
</context>
<context>
    <name>kindred::ui::ImportWizard</name>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="93"/>
        <source>Import Data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="103"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="126"/>
        <source>Choose what to import</source>
        <translation>Auswählen, was importiert werden soll</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="128"/>
        <source>Files or a folder of a supported dataset; the format is detected from the names and contents.</source>
        <translation>Dateien oder ein Ordner eines unterstützten Datensatzes; das Format wird anhand der Namen und Inhalte erkannt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="132"/>
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="133"/>
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="134"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="148"/>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="172"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="188"/>
        <source>Map the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="190"/>
        <source>Which column holds what. User and item are required; without a rating column every row counts as an interaction.</source>
        <translation>Welche Spalte was enthält. Nutzer und Item sind erforderlich; ohne Bewertungsspalte zählt jede Zeile als Interaktion.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="192"/>
        <source>The first line holds the column names</source>
        <translation>Die erste Zeile enthält die Spaltennamen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="195"/>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="196"/>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="197"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="198"/>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="199"/>
        <source>Bar |</source>
        <translation>Senkrechter Strich |</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="202"/>
        <source>Separator:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="207"/>
        <source>User:</source>
        <translation>Nutzer:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="208"/>
        <source>Item:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="209"/>
        <source>Rating:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="210"/>
        <source>Timestamp:</source>
        <translation>Zeitstempel:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="211"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="212"/>
        <source>Genres:</source>
        <translation>Genres:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="219"/>
        <source>Names, scale and people</source>
        <translation>Namen, Skala und Personen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="220"/>
        <source>How the import appears in the project. Press Import to start; nothing is written unless the whole import succeeds.</source>
        <translation>Wie der Import im Projekt erscheint. Klicken Sie auf „Importieren“, um zu starten; es wird nur geschrieben, wenn der gesamte Import gelingt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="225"/>
        <source>the folder or file name</source>
        <translation>der Ordner- oder Dateiname</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="228"/>
        <source>e.g. &quot;my books&quot; (formats that name their own domains ignore it)</source>
        <translation>z. B. „meine Bücher“ (Formate, die ihre Domänen selbst benennen, ignorieren dies)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="233"/>
        <source>the format&apos;s own (e.g. &quot;douban&quot;, &quot;movielens&quot;)</source>
        <translation>der des Formats (z. B. „douban“, „movielens“)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="234"/>
        <source>Users with the same id in the same namespace are the same person: give two imports one namespace when their user ids refer to the same people.</source>
        <translation>Nutzer mit derselben ID im selben Namensraum sind dieselbe Person: Geben Sie zwei Importen einen gemeinsamen Namensraum, wenn ihre Nutzer-IDs dieselben Personen bezeichnen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="237"/>
        <source>Imports that share a namespace share their users (the same id is the same person), which is what links the media.</source>
        <translation>Importe mit gemeinsamem Namensraum teilen sich ihre Nutzer (dieselbe ID ist dieselbe Person); das verbindet die Medien.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="243"/>
        <source>Override the format&apos;s rating scale:</source>
        <translation>Bewertungsskala des Formats überschreiben:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="258"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="262"/>
        <source>Stop at the first bad row</source>
        <translation>Bei der ersten fehlerhaften Zeile anhalten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="263"/>
        <source>Skip bad rows and list them in the report</source>
        <translation>Fehlerhafte Zeilen überspringen und im Bericht auflisten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="275"/>
        <source>Only when you know these ids name the same people: numeric ids of unrelated datasets often coincide by chance.</source>
        <translation>Nur wenn Sie wissen, dass diese Kennungen dieselben Personen bezeichnen: Numerische Kennungen unabhängiger Datensätze stimmen oft zufällig überein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="281"/>
        <source>Linked: these files&apos; people join namespace &quot;%1&quot;.</source>
        <translation>Verknüpft: Die Personen dieser Dateien kommen in den Namensraum „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="288"/>
        <source>Source name:</source>
        <translation>Name der Quelle:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="289"/>
        <source>Domain to create:</source>
        <translation>Anzulegende Domäne:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="290"/>
        <source>Domain kind:</source>
        <translation>Art der Domäne:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="291"/>
        <source>User namespace:</source>
        <translation>Nutzer-Namensraum:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="293"/>
        <source>People:</source>
        <translation>Personen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="294"/>
        <source>Rating scale:</source>
        <translation>Bewertungsskala:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="295"/>
        <source>Bad rows:</source>
        <translation>Fehlerhafte Zeilen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="304"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="305"/>
        <source>Reading, checking and writing the ratings in one transaction.</source>
        <translation>Die Bewertungen werden in einer Transaktion gelesen, geprüft und geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="309"/>
        <source>Cancel Import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="324"/>
        <source>Cleaning report</source>
        <translation>Bereinigungsbericht</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="351"/>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="357"/>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="390"/>
        <source>Add files or a folder.</source>
        <translation>Fügen Sie Dateien oder einen Ordner hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="409"/>
        <source>from the files next to it</source>
        <translation>anhand der Dateien daneben</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="419"/>
        <source>&lt;b&gt;Format not recognised&lt;/b&gt;%1 — choose one above.</source>
        <translation>&lt;b&gt;Format nicht erkannt&lt;/b&gt;%1 – wählen Sie oben eines aus.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="428"/>
        <source>Detected &lt;b&gt;%1&lt;/b&gt; (%2% sure)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; erkannt (zu %2 % sicher)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="444"/>
        <source>No data file to preview.</source>
        <translation>Keine Datendatei für die Vorschau.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="450"/>
        <source>Preview of %1: %2</source>
        <translation>Vorschau von %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="486"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="488"/>
        <source>First %1 lines of &lt;b&gt;%2&lt;/b&gt; (separator %3, %4):</source>
        <translation>Erste %1 Zeilen von &lt;b&gt;%2&lt;/b&gt; (Trennzeichen %3, %4):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="503"/>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="508"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="567"/>
        <source>Checking whether the people of these files are already in the project…</source>
        <translation>Prüfe, ob die Personen dieser Dateien schon im Projekt sind …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="576"/>
        <source>Could not read the files ahead: %1</source>
        <translation>Die Dateien ließen sich nicht vorab lesen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="581"/>
        <source>None of these files&apos; %n people has an id that is already in the project.</source>
        <translation>
            <numerusform>Die %n Person dieser Dateien hat keine Kennung, die schon im Projekt ist.</numerusform>
            <numerusform>Keine der %n Personen dieser Dateien hat eine Kennung, die schon im Projekt ist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="590"/>
        <source>%1 of these files&apos; %2 people have ids that already exist in namespace &quot;%3&quot; (%4). If they are the same people, link them: their ratings in both media then belong to one person, which is what connects the media.</source>
        <translation>%1 der %2 Personen dieser Dateien haben Kennungen, die es im Namensraum „%3“ (%4) schon gibt. Sind es dieselben Personen, verknüpfen Sie sie: Dann gehören ihre Bewertungen in beiden Medien zu einer Person – das verbindet die Medien.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="596"/>
        <source>Link them</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="613"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="661"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="672"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="677"/>
        <source>Imported %1 rows into %2 (%3 rejected)</source>
        <translation>%1 Zeilen in %2 importiert (%3 abgelehnt)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="681"/>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="692"/>
        <source>&lt;b&gt;Imported.&lt;/b&gt; Everything below was written to %1 in one transaction.</source>
        <translation>&lt;b&gt;Importiert.&lt;/b&gt; Alles Folgende wurde in einer Transaktion in %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="695"/>
        <source>&lt;b&gt;Nothing was imported:&lt;/b&gt; %1 — the project is unchanged.</source>
        <translation>&lt;b&gt;Nichts wurde importiert:&lt;/b&gt; %1 – das Projekt ist unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="703"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="704"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="705"/>
        <source>User namespace</source>
        <translation>Nutzer-Namensraum</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="706"/>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="707"/>
        <source>Rows kept</source>
        <translation>Übernommene Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="708"/>
        <source>Rows rejected</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="709"/>
        <source>Duplicates resolved (latest kept)</source>
        <translation>Aufgelöste Duplikate (neuestes behalten)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="710"/>
        <source>Ratings replacing earlier ones</source>
        <translation>Bewertungen, die frühere ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="711"/>
        <source>Fields re-encoded from Latin-1</source>
        <translation>Aus Latin-1 umkodierte Felder</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="712"/>
        <source>Fields trimmed</source>
        <translation>Gekürzte Felder</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="717"/>
        <source>New users / items</source>
        <translation>Neue Nutzer / Items</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="718"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="721"/>
        <source>&lt;h4&gt;Domains&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Domänen&lt;/h4&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="724"/>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="724"/>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="724"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="724"/>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="752"/>
        <source>&lt;h4&gt;Notes&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h4&gt;Hinweise&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="758"/>
        <source>&lt;h4&gt;Rejected rows&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Abgelehnte Zeilen&lt;/h4&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="760"/>
        <source>&lt;p&gt;The first %1 of %2:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die ersten %1 von %2:&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="763"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="763"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="763"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="713"/>
        <source>Text fields with control characters replaced</source>
        <translation>Textfelder mit ersetzten Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="714"/>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="714"/>
        <source>ratings %1–%2 (explicit)</source>
        <translation>Bewertungen %1–%2 (explizit)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="716"/>
        <source>interactions (implicit)</source>
        <translation>Interaktionen (implizit)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="733"/>
        <source>&lt;p&gt;&lt;small&gt;Feedback type: %1&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Art der Rückmeldung: %1&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="737"/>
        <source>&lt;h4&gt;People shared with earlier imports&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h4&gt;Personen aus früheren Importen&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="742"/>
        <source>&lt;li&gt;%1 of the %2 people of this import have ids that also exist in namespace &lt;b&gt;%3&lt;/b&gt; (%4).&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 der %2 Personen dieses Imports haben IDs, die auch im Namensraum &lt;b&gt;%3&lt;/b&gt; vorkommen (%4).&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="747"/>
        <source>&lt;/ul&gt;&lt;p&gt;They are kept apart as different people. If they are the same people, import these files again with that user namespace (on the options page, into a project without this import) so their tastes connect across media.&lt;/p&gt;</source>
        <translation>&lt;/ul&gt;&lt;p&gt;Sie werden als verschiedene Personen getrennt gehalten. Sind es dieselben Personen, importieren Sie diese Dateien erneut mit diesem Nutzer-Namensraum (auf der Optionsseite, in ein Projekt ohne diesen Import), damit sich ihr Geschmack über Medien hinweg verbindet.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kindred::ui::KindredMatchGauge</name>
    <message>
        <location filename="../ui/plots/KindredMatchGauge.cpp" line="38"/>
        <source>Cosine of the two taste vectors: 1 = same taste, 0 = unrelated, −1 = opposite</source>
        <translation>Kosinus der beiden Geschmacksvektoren: 1 = gleicher Geschmack, 0 = kein Zusammenhang, −1 = gegensätzlich</translation>
    </message>
    <message>
        <location filename="../ui/plots/KindredMatchGauge.cpp" line="46"/>
        <source>Taste match appears after Recommend</source>
        <translation>Die Geschmacksübereinstimmung erscheint nach „Empfehlen“</translation>
    </message>
    <message>
        <location filename="../ui/plots/KindredMatchGauge.cpp" line="95"/>
        <source>taste match (cosine)</source>
        <translation>Geschmacksnähe (Kosinus)</translation>
    </message>
    <message>
        <location filename="../ui/plots/KindredMatchGauge.cpp" line="124"/>
        <source>Per medium</source>
        <translation>Pro Medium</translation>
    </message>
    <message>
        <location filename="../ui/plots/KindredMatchGauge.cpp" line="151"/>
        <source>A %1 · B %2</source>
        <translation>A %1 · B %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plots/KindredMatchGauge.cpp" line="157"/>
        <source>%n co-rated item(s): </source>
        <translation>
            <numerusform>%n gemeinsam bewertetes Item: </numerusform>
            <numerusform>%n gemeinsam bewertete Items: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/plots/KindredMatchGauge.cpp" line="158"/>
        <source>%1 agree, %2 disagree</source>
        <translation>%1 übereinstimmend, %2 abweichend</translation>
    </message>
</context>
<context>
    <name>kindred::ui::KindredUsersModel</name>
    <message>
        <location filename="../ui/models/KindredUsersModel.cpp" line="40"/>
        <source>%1
%2
cosine %3, %4 co-rated items, mean |difference| %5</source>
        <translation>%1
%2
Kosinus %3, %4 gemeinsam bewertete Items, mittlere |Differenz| %5</translation>
    </message>
    <message>
        <location filename="../ui/models/KindredUsersModel.cpp" line="53"/>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/models/KindredUsersModel.cpp" line="54"/>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <location filename="../ui/models/KindredUsersModel.cpp" line="55"/>
        <source>Co-rated</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location filename="../ui/models/KindredUsersModel.cpp" line="56"/>
        <source>Agree</source>
        <translation>Übereinstimmung</translation>
    </message>
</context>
<context>
    <name>kindred::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="128"/>
        <source>Import ratings from files or a folder into the open project</source>
        <translation>Bewertungen aus Dateien oder einem Ordner in das geöffnete Projekt importieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>&amp;About Kindred</source>
        <translation>Ü&amp;ber Kindred</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="166"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="247"/>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <source>Kindred projects (*.kindred)</source>
        <translation>Kindred-Projekte (*.kindred)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="269"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="270"/>
        <source>Kindred projects (*.kindred);;All files (*)</source>
        <translation>Kindred-Projekte (*.kindred);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="278"/>
        <source>The bundled sample data was not found; use File → Open… or New…</source>
        <translation>Die mitgelieferten Beispieldaten wurden nicht gefunden; verwenden Sie Datei → Öffnen… oder Neu…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="292"/>
        <source>Sample project opened with problems: %1</source>
        <translation>Beispielprojekt mit Problemen geöffnet: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="293"/>
        <source>Could not build the sample project: %1</source>
        <translation>Das Beispielprojekt konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="295"/>
        <source>Building the sample project</source>
        <translation>Beispielprojekt wird erstellt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="301"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="302"/>
        <source>Open or create a project first (File → New… or Open…); the import adds to it.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt (Datei → Neu… oder Öffnen…); der Import wird ihm hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="344"/>
        <source>About Kindred</source>
        <translation>Über Kindred</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="345"/>
        <source>&lt;h3&gt;Kindred %1&lt;/h3&gt;&lt;p&gt;Cross-media taste explorer: finds what people who share your taste in one medium enjoy in another.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dataset credits&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;MovieLens&lt;/b&gt; — GroupLens Research, University of Minnesota. F. Maxwell Harper and Joseph A. Konstan. 2015. &lt;i&gt;The MovieLens Datasets: History and Context.&lt;/i&gt; ACM TiiS 5(4).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Douban&lt;/b&gt; — DTCDR: Feng Zhu et al., &lt;i&gt;A Framework for Dual-Target Cross-Domain Recommendation&lt;/i&gt;, CIKM 2019; GA-DTCDR: Feng Zhu et al., &lt;i&gt;A Graphical and Attentional Framework for Dual-Target Cross-Domain Recommendation&lt;/i&gt;, IJCAI 2020.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Kindred %1&lt;/h3&gt;&lt;p&gt;Medienübergreifender Geschmacks-Explorer: findet heraus, was Menschen, die Ihren Geschmack in einem Medium teilen, in einem anderen gefällt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quellen der Datensätze&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;MovieLens&lt;/b&gt; — GroupLens Research, University of Minnesota. F. Maxwell Harper und Joseph A. Konstan. 2015. &lt;i&gt;The MovieLens Datasets: History and Context.&lt;/i&gt; ACM TiiS 5(4).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Douban&lt;/b&gt; — DTCDR: Feng Zhu et al., &lt;i&gt;A Framework for Dual-Target Cross-Domain Recommendation&lt;/i&gt;, CIKM 2019; GA-DTCDR: Feng Zhu et al., &lt;i&gt;A Graphical and Attentional Framework for Dual-Target Cross-Domain Recommendation&lt;/i&gt;, IJCAI 2020.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>The project&apos;s data changed; every panel shows it now</source>
        <translation>Die Daten des Projekts haben sich geändert; alle Bereiche zeigen sie jetzt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>The project&apos;s models changed; the model lists show them now</source>
        <translation>Die Modelle des Projekts haben sich geändert; die Modelllisten zeigen sie jetzt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <source>The language changes the next time Kindred starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Kindred.</translation>
    </message>
</context>
<context>
    <name>kindred::ui::ModelParameterForm</name>
    <message>
        <location filename="../ui/widgets/ModelParameterForm.cpp" line="40"/>
        <source>More settings</source>
        <translation>Weitere Einstellungen</translation>
    </message>
</context>
<context>
    <name>kindred::ui::OverviewPanel</name>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="107"/>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="107"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="107"/>
        <location filename="../ui/panels/OverviewPanel.cpp" line="201"/>
        <location filename="../ui/panels/OverviewPanel.cpp" line="226"/>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="107"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="107"/>
        <location filename="../ui/panels/OverviewPanel.cpp" line="193"/>
        <location filename="../ui/panels/OverviewPanel.cpp" line="254"/>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="107"/>
        <source>Mean value (0–1)</source>
        <translation>Mittelwert (0–1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="115"/>
        <source>Ratings per domain</source>
        <translation>Bewertungen pro Domäne</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="116"/>
        <location filename="../ui/panels/OverviewPanel.cpp" line="243"/>
        <source>Rating histogram</source>
        <translation>Bewertungshistogramm</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="152"/>
        <source>No project open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="155"/>
        <source>Computing statistics for %1…</source>
        <translation>Statistiken für %1 werden berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="161"/>
        <source>Could not read statistics: %1</source>
        <translation>Statistiken konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="162"/>
        <source>Overview: %1</source>
        <translation>Übersicht: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="169"/>
        <source>&lt;b&gt;%1&lt;/b&gt; users · &lt;b&gt;%2&lt;/b&gt; items · &lt;b&gt;%3&lt;/b&gt; ratings · &lt;b&gt;%4&lt;/b&gt; sources · &lt;b&gt;%5&lt;/b&gt; users rate in several domains</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Nutzer · &lt;b&gt;%2&lt;/b&gt; Items · &lt;b&gt;%3&lt;/b&gt; Bewertungen · &lt;b&gt;%4&lt;/b&gt; Quellen · &lt;b&gt;%5&lt;/b&gt; Nutzer bewerten in mehreren Domänen</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="223"/>
        <source>Users shared across media (needs two media or more)</source>
        <translation>Medienübergreifende Nutzer (erst ab zwei Medien)</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="253"/>
        <source>Rating histogram: %1</source>
        <translation>Bewertungshistogramm: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.h" line="30"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="117"/>
        <source>Users by number of ratings</source>
        <translation>Nutzer nach Anzahl der Bewertungen</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="118"/>
        <location filename="../ui/panels/OverviewPanel.cpp" line="225"/>
        <source>Users shared across media</source>
        <translation>Gemeinsame Nutzer der Medien</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="204"/>
        <source>Ratings per user (from)</source>
        <translation>Bewertungen pro Nutzer (ab)</translation>
    </message>
</context>
<context>
    <name>kindred::ui::PairDetailsView</name>
    <message>
        <source>History item</source>
        <translation type="vanished">Item aus dem Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="58"/>
        <source>Rated</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Δ score</source>
        <translation type="vanished">Δ Score</translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="vanished">Anteil</translation>
    </message>
    <message>
        <source>Contribution: the score drop when this item is left out of the history (0..1 units)</source>
        <translation type="vanished">Beitrag: der Rückgang des Scores, wenn dieses Item im Verlauf weggelassen wird (Einheiten 0..1)</translation>
    </message>
    <message>
        <source>Share of what the listed items claim together</source>
        <translation type="vanished">Anteil an dem, was die aufgeführten Items zusammen beanspruchen</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="73"/>
        <source>▲ Like (%1)</source>
        <translation>▲ Gefällt mir (%1)</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="75"/>
        <source>▼ Dislike (%1)</source>
        <translation>▼ Gefällt mir nicht (%1)</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="76"/>
        <source>Store a thumbs up for this person and re-score (the profile moves towards the item)</source>
        <translation>Ein „Daumen hoch“ für diese Person speichern und neu bewerten (das Profil rückt näher an das Item)</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="77"/>
        <source>Store a thumbs down for this person and re-score</source>
        <translation>Ein „Daumen runter“ für diese Person speichern und neu bewerten</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="99"/>
        <source>&lt;i&gt;Select a recommendation to see why it was chosen&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie eine Empfehlung aus, um zu sehen, warum sie gewählt wurde&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; pair score %3</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; Paar-Score %3</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;predicted %3 &lt;small&gt;(score %4)&lt;/small&gt;</source>
        <translation type="vanished">&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;vorhergesagt %3 &lt;small&gt;(Score %4)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="198"/>
        <source>No explanation computed</source>
        <translation>Keine Erklärung berechnet</translation>
    </message>
    <message>
        <source>The listed items account for %1 of the score: %2 one by one, %3 together</source>
        <translation type="vanished">Die aufgeführten Items machen %1 des Scores aus: %2 einzeln, %3 zusammen</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="217"/>
        <source>%1 — similarity %2</source>
        <translation>%1 — Ähnlichkeit %2</translation>
    </message>
    <message>
        <source>interaction (remainder)</source>
        <translation type="vanished">Interaktion (Rest)</translation>
    </message>
    <message>
        <source>claimed − sum of the single leave-one-out contributions</source>
        <translation type="vanished">beansprucht − Summe der einzelnen Leave-one-out-Beiträge</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="257"/>
        <source>&lt;small&gt;No genre shared with liked items&lt;/small&gt;</source>
        <translation>&lt;small&gt;Kein Genre mit gemochten Items gemeinsam&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="258"/>
        <source>&lt;small&gt;Shared genres: %1&lt;/small&gt;</source>
        <translation>&lt;small&gt;Gemeinsame Genres: %1&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="58"/>
        <source>Because of</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="58"/>
        <source>Adds</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="58"/>
        <source>Part</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="59"/>
        <source>What this adds to the person&apos;s score, in the score&apos;s own units</source>
        <translation>Was dies zum Score der Person beiträgt, in den Einheiten des Scores</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="60"/>
        <source>Its part of everything that moves the score (shown only when that is a real part of the score)</source>
        <translation>Sein Anteil an allem, was den Score bewegt (nur angezeigt, wenn das ein echter Teil des Scores ist)</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="129"/>
        <source>chose &lt;i&gt;%1&lt;/i&gt;</source>
        <translation>wählte &lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="130"/>
        <source>loved &lt;i&gt;%1&lt;/i&gt; (%2)</source>
        <translation>liebte &lt;i&gt;%1&lt;/i&gt; (%2)</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="131"/>
        <source>liked &lt;i&gt;%1&lt;/i&gt; (%2)</source>
        <translation>mochte &lt;i&gt;%1&lt;/i&gt; (%2)</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="134"/>
        <source>rated &lt;i&gt;%1&lt;/i&gt; (%2)</source>
        <translation>bewertete &lt;i&gt;%1&lt;/i&gt; (%2)</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="160"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; pair score %3 &lt;small&gt;(0..1)&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; Paar-Score %3 &lt;small&gt;(0..1)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="168"/>
        <source>Because %1 %2 and %3 %4.</source>
        <translation>Denn %1 %2 und %3 %4.</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="170"/>
        <location filename="../ui/plots/PairDetailsView.cpp" line="172"/>
        <source>Because %1 %2.</source>
        <translation>Denn %1 %2.</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="189"/>
        <source>top %1% of %2</source>
        <translation>Top %1&#xa0;% in %2</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="192"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="194"/>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="196"/>
        <source>%1&lt;br&gt;predicted rating %2 · %3</source>
        <translation>%1&lt;br&gt;vorhergesagte Bewertung %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="204"/>
        <source>Ranking score %1; the rows below add up to it exactly. Their own ratings carry %2% of what moves it.</source>
        <translation>Ranking-Score %1; die Zeilen darunter ergeben zusammen genau diesen Wert. Die eigenen Bewertungen der Person machen %2&#xa0;% dessen aus, was ihn bewegt.</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="209"/>
        <source>Score %1; the listed items account for %2 of it: %3 one by one, %4 together</source>
        <translation>Score %1; die aufgeführten Items machen %2 davon aus: %3 einzeln, %4 zusammen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plots/PairDetailsView.cpp" line="233"/>
        <source>%n other rating(s)</source>
        <translation>
            <numerusform>%n weitere Bewertung</numerusform>
            <numerusform>%n weitere Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="234"/>
        <source>What the rest of this person&apos;s ratings add together</source>
        <translation>Was die übrigen Bewertungen dieser Person zusammen beitragen</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="236"/>
        <source>the item&apos;s appeal</source>
        <translation>die Anziehungskraft des Items</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="236"/>
        <source>The same for everyone: how much people who rate this medium choose this item</source>
        <translation>Für alle gleich: wie sehr Menschen, die dieses Medium bewerten, dieses Item wählen</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="240"/>
        <source>people like them</source>
        <translation>ähnliche Menschen</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="240"/>
        <source>What their age group, gender and occupation add</source>
        <translation>Was Altersgruppe, Geschlecht und Beruf der Person beitragen</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="243"/>
        <source>kindred users (%1 %)</source>
        <translation>geschmacksverwandte Nutzer (%1 %)</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="244"/>
        <source>New to this medium (at most 3 ratings in it), so the people whose ratings most resemble theirs count too: %1 % of them (weighted by how alike they are) rated this item</source>
        <translation>Neu in diesem Medium (höchstens 3 Bewertungen darin), deshalb zählen auch die Menschen, deren Bewertungen ihren am meisten ähneln: %1 % von ihnen (gewichtet nach Ähnlichkeit) haben dieses Item bewertet</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="249"/>
        <source>the listed items together</source>
        <translation>die aufgeführten Items zusammen</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="250"/>
        <source>What removing all listed items at once changes beyond their single contributions</source>
        <translation>Was das gleichzeitige Entfernen aller aufgeführten Items über ihre Einzelbeiträge hinaus ändert</translation>
    </message>
</context>
<context>
    <name>kindred::ui::PairPanel</name>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="67"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="122"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="131"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="144"/>
        <source>Type a user id…</source>
        <translation>Nutzer-ID eingeben…</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="149"/>
        <source>Person A: type to search user ids</source>
        <translation>Person A: tippen, um Nutzer-IDs zu suchen</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="150"/>
        <source>Person B: type to search user ids</source>
        <translation>Person B: tippen, um Nutzer-IDs zu suchen</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="151"/>
        <source>New user from ratings…</source>
        <translation>Neuer Nutzer aus Bewertungen…</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="153"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="154"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="157"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="160"/>
        <source>Recommend items of the checked media only</source>
        <translation>Nur Items der angekreuzten Medien empfehlen</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="163"/>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="164"/>
        <source>Least misery</source>
        <translation>Geringstes Missfallen</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="165"/>
        <source>Most pleasure</source>
        <translation>Größte Freude</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="166"/>
        <source>Fairness (GFAR)</source>
        <translation>Fairness (GFAR)</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="167"/>
        <source>Borda count</source>
        <translation>Borda-Zählung</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="174"/>
        <source>MMR λ: 1 = relevance only, lower = more diverse</source>
        <translation>MMR-λ: 1 = nur Relevanz, kleiner = vielfältiger</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="185"/>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="186"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="187"/>
        <source>Diversity λ</source>
        <translation>Vielfalt λ</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="188"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="190"/>
        <source>Recommend</source>
        <translation>Empfehlen</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="194"/>
        <source>Kindred users of A</source>
        <translation>Geschmacksverwandte Nutzer von A</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="196"/>
        <source>Find kindred users</source>
        <translation>Geschmacksverwandte Nutzer finden</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="207"/>
        <source>Select a user to make them person B</source>
        <translation>Wählen Sie einen Nutzer aus, um ihn zu Person B zu machen</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="249"/>
        <source>Open a project</source>
        <translation>Öffnen Sie ein Projekt</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="257"/>
        <source>No model yet — train one in Training (mf, autorec or siamese)</source>
        <translation>Noch kein Modell – trainieren Sie eines unter „Training“ (mf, autorec oder siamese)</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="272"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="283"/>
        <source>%1 model %2, created %3
%4</source>
        <translation>%1-Modell %2, erstellt %3
%4</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="327"/>
        <source>Model loaded: %1 users, %2 items</source>
        <translation>Modell geladen: %1 Nutzer, %2 Items</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/PairPanel.cpp" line="362"/>
        <location filename="../ui/panels/PairPanelActions.cpp" line="319"/>
        <source>★ %1 (new, %n rating(s))</source>
        <translation>
            <numerusform>★ %1 (neu, %n Bewertung)</numerusform>
            <numerusform>★ %1 (neu, %n Bewertungen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.h" line="51"/>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="51"/>
        <source>Loading model %1…</source>
        <translation>Modell %1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="60"/>
        <source>Could not load model %1: %2</source>
        <translation>Modell %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="64"/>
        <source>The model could not be loaded</source>
        <translation>Das Modell konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="129"/>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="140"/>
        <source>Choose person %1 from the list</source>
        <translation>Wählen Sie Person %1 aus der Liste</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="146"/>
        <source>Check at least one medium</source>
        <translation>Kreuzen Sie mindestens ein Medium an</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="152"/>
        <source>Recommending…</source>
        <translation>Empfehlungen werden berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="161"/>
        <source>Recommendation failed: %1</source>
        <translation>Empfehlung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="187"/>
        <source>Mixed: %1 — by predicted ratings on one 0..1 scale</source>
        <translation>Gemischt: %1 — nach vorhergesagten Bewertungen auf einer gemeinsamen Skala 0..1</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="188"/>
        <source>Mixed: %1 — each item stands where it ranks among each person&apos;s scores of its own medium, so media with different score ranges mix fairly</source>
        <translation>Gemischt: %1 — jeder Titel steht dort, wo er unter den Werten jeder Person in seinem eigenen Medium rangiert, damit sich Medien mit unterschiedlichen Wertebereichen fair mischen</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="200"/>
        <source>&lt;b&gt;%1&lt;/b&gt; items from %2 candidates &amp;nbsp;·&amp;nbsp; intra-list diversity &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;·&amp;nbsp; coverage %4% &amp;nbsp;·&amp;nbsp; %5, λ&amp;nbsp;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Items aus %2 Kandidaten &amp;nbsp;·&amp;nbsp; Intra-List-Diversität &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Abdeckung %4 % &amp;nbsp;·&amp;nbsp; %5, λ&amp;nbsp;%6</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="210"/>
        <source>Nothing left to recommend: %1 and %2 rated every candidate of the checked media</source>
        <translation>Nichts mehr zu empfehlen: %1 und %2 haben jeden Kandidaten der angekreuzten Medien bewertet</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="212"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="223"/>
        <source>Kindred users need a known user as A (not a new one)</source>
        <translation>Geschmacksverwandte Nutzer erfordern einen bekannten Nutzer als A (keinen neuen)</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="234"/>
        <source>Kindred users: %1</source>
        <translation>Geschmacksverwandte Nutzer: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="260"/>
        <source>%1 %2 on %3</source>
        <translation>%1 von %2 für %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="261"/>
        <source>thumbs up</source>
        <translation>Daumen hoch</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="261"/>
        <source>thumbs down</source>
        <translation>Daumen runter</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="272"/>
        <source>Applied %1 (kept for this session)</source>
        <translation>%1 angewendet (gilt für diese Sitzung)</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="282"/>
        <source>Feedback not stored: %1</source>
        <translation>Feedback nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="286"/>
        <source>Stored %1; re-scoring</source>
        <translation>%1 gespeichert; Scores werden neu berechnet</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="294"/>
        <source>Load a model first</source>
        <translation>Laden Sie zuerst ein Modell</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="297"/>
        <source>New user %1</source>
        <translation>Neuer Nutzer %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="311"/>
        <source>Could not make a profile for %1: %2</source>
        <translation>Für %1 konnte kein Profil erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="322"/>
        <source>%1 added as person B</source>
        <translation>%1 als Person B hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="333"/>
        <source>Model %1 cannot recommend pairs</source>
        <translation>Modell %1 kann keine Paare empfehlen</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="352"/>
        <source>%1 or %2 is not among this model&apos;s people</source>
        <translation>%1 oder %2 ist nicht unter den Personen dieses Modells</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="355"/>
        <source>From the explorer: %1</source>
        <translation>Aus dem Explorer: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="372"/>
        <source>Export recommendations</source>
        <translation>Empfehlungen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="373"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/PairPanelActions.cpp" line="384"/>
        <source>Exported %n item(s) to %1</source>
        <translation>
            <numerusform>%n Item nach %1 exportiert</numerusform>
            <numerusform>%n Items nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kindred::ui::PairResultsModel</name>
    <message>
        <source>%1
A: %2 (score %3)
B: %4 (score %5)
pair score %6, MMR step %7</source>
        <translation type="vanished">%1
A: %2 (Score %3)
B: %4 (Score %5)
Paar-Score %6, MMR-Schritt %7</translation>
    </message>
    <message>
        <location filename="../ui/models/PairResultsModel.cpp" line="100"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/models/PairResultsModel.cpp" line="101"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/models/PairResultsModel.cpp" line="102"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../ui/models/PairResultsModel.cpp" line="103"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/models/PairResultsModel.cpp" line="104"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/models/PairResultsModel.cpp" line="105"/>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <location filename="../ui/models/PairResultsModel.cpp" line="143"/>
        <location filename="../ui/models/PairResultsModel.cpp" line="200"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/PairResultsModel.cpp" line="62"/>
        <source>%1
A: %2
B: %3
pair score %4 (0..1), MMR step %5</source>
        <translation>%1
A: %2
B: %3
Paar-Score %4 (0..1), MMR-Schritt %5</translation>
    </message>
    <message>
        <location filename="../ui/models/PairResultsModel.cpp" line="73"/>
        <source>top %1%</source>
        <translation>Top %1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/models/PairResultsModel.cpp" line="84"/>
        <source>in the top %1% of %2 for them</source>
        <translation>für diese Person unter den Top %1&#xa0;% in %2</translation>
    </message>
    <message>
        <location filename="../ui/models/PairResultsModel.cpp" line="87"/>
        <source>score %1, %2</source>
        <translation>Score %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/models/PairResultsModel.cpp" line="88"/>
        <source>predicted rating %1, %2 (score %3)</source>
        <translation>vorhergesagte Bewertung %1, %2 (Score %3)</translation>
    </message>
</context>
<context>
    <name>kindred::ui::RatingsTableModel</name>
    <message>
        <location filename="../ui/models/RatingsTableModel.cpp" line="70"/>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/models/RatingsTableModel.cpp" line="71"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../ui/models/RatingsTableModel.cpp" line="72"/>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location filename="../ui/models/RatingsTableModel.cpp" line="73"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/models/RatingsTableModel.cpp" line="74"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/models/RatingsTableModel.cpp" line="139"/>
        <source>Could not read ratings: %1</source>
        <translation>Bewertungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not count ratings: %1</source>
        <translation type="vanished">Bewertungen konnten nicht gezählt werden: %1</translation>
    </message>
</context>
<context>
    <name>kindred::ui::SampleProjectBuilder</name>
    <message>
        <location filename="../ui/workers/SampleProjectBuilder.cpp" line="111"/>
        <source>MovieLens sample: %1</source>
        <translation>MovieLens-Beispiel: %1</translation>
    </message>
    <message>
        <location filename="../ui/workers/SampleProjectBuilder.cpp" line="119"/>
        <location filename="../ui/workers/SampleProjectBuilder.cpp" line="132"/>
        <source>Building the sample project was cancelled</source>
        <translation>Das Erstellen des Beispielprojekts wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/workers/SampleProjectBuilder.cpp" line="120"/>
        <source>Douban sample: %1</source>
        <translation>Douban-Beispiel: %1</translation>
    </message>
    <message>
        <location filename="../ui/workers/SampleProjectBuilder.cpp" line="136"/>
        <source>First projection: %1</source>
        <translation>Erste Projektion: %1</translation>
    </message>
    <message>
        <location filename="../ui/workers/SampleProjectBuilder.cpp" line="140"/>
        <source>Could not move %1 to %2</source>
        <translation>%1 konnte nicht nach %2 verschoben werden</translation>
    </message>
    <message>
        <location filename="../ui/workers/SampleProjectBuilder.cpp" line="125"/>
        <source>First model (trained with the sample)</source>
        <translation>Erstes Modell (mit dem Beispiel trainiert)</translation>
    </message>
    <message>
        <location filename="../ui/workers/SampleProjectBuilder.cpp" line="134"/>
        <source>First model: %1</source>
        <translation>Erstes Modell: %1</translation>
    </message>
</context>
<context>
    <name>kindred::ui::ScatterView3D</name>
    <message>
        <location filename="../ui/plots/ScatterView3D.cpp" line="131"/>
        <source>Axis 1</source>
        <translation>Achse 1</translation>
    </message>
    <message>
        <location filename="../ui/plots/ScatterView3D.cpp" line="132"/>
        <location filename="../ui/plots/ScatterView3D.cpp" line="213"/>
        <location filename="../ui/plots/ScatterView3D.cpp" line="216"/>
        <source>Axis 2</source>
        <translation>Achse 2</translation>
    </message>
    <message>
        <location filename="../ui/plots/ScatterView3D.cpp" line="133"/>
        <location filename="../ui/plots/ScatterView3D.cpp" line="216"/>
        <source>Axis 3</source>
        <translation>Achse 3</translation>
    </message>
    <message>
        <location filename="../ui/plots/ScatterView3D.cpp" line="136"/>
        <source>3D view unavailable: this display has no OpenGL.
Search, selection and neighbours still work.</source>
        <translation>3D-Ansicht nicht verfügbar: Diese Anzeige unterstützt kein OpenGL.
Suche, Auswahl und Nachbarn funktionieren weiterhin.</translation>
    </message>
    <message>
        <location filename="../ui/plots/ScatterView3D.cpp" line="384"/>
        <source>Taste trajectory</source>
        <translation>Geschmacksverlauf</translation>
    </message>
    <message>
        <location filename="../ui/plots/ScatterView3D.cpp" line="395"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>kindred::ui::ScreenshotTaker</name>
    <message>
        <location filename="../ui/ScreenshotTaker.cpp" line="20"/>
        <source>The %1 panel was not ready after %2 s; no screenshot taken</source>
        <translation>Der Bereich %1 war nach %2 s nicht bereit; kein Screenshot erstellt</translation>
    </message>
    <message>
        <location filename="../ui/ScreenshotTaker.cpp" line="45"/>
        <source>Could not write the screenshot to %1</source>
        <translation>Der Screenshot konnte nicht in %1 geschrieben werden</translation>
    </message>
</context>
<context>
    <name>kindred::ui::SearchPanel</name>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="66"/>
        <source>Start Search</source>
        <translation>Suche starten</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="67"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="73"/>
        <source>kind&apos;s default</source>
        <translation>Standard der Art</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="75"/>
        <source>full grid</source>
        <translation>volles Raster</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="76"/>
        <source>RMSE (lower is better)</source>
        <translation>RMSE (niedriger ist besser)</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="77"/>
        <source>NDCG@10 (higher is better)</source>
        <translation>NDCG@10 (höher ist besser)</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="81"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="83"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="84"/>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="85"/>
        <source>Values to try (comma-separated; empty = default)</source>
        <translation>Zu testende Werte (kommagetrennt; leer = Standard)</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="87"/>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="89"/>
        <source>Trials:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="90"/>
        <source>Choose by:</source>
        <translation>Auswählen nach:</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="91"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="152"/>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="188"/>
        <source>Type the values to try for at least one hyper-parameter.</source>
        <translation>Geben Sie für mindestens einen Hyperparameter die zu testenden Werte ein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/SearchPanel.cpp" line="200"/>
        <source>%n trial(s) on one split; the best on validation is kept</source>
        <translation>
            <numerusform>%n Versuch auf einer Aufteilung; der beste in der Validierung wird behalten</numerusform>
            <numerusform>%n Versuche auf einer Aufteilung; der beste in der Validierung wird behalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="238"/>
        <source>Open a project to search.</source>
        <translation>Öffnen Sie ein Projekt, um zu suchen.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="238"/>
        <source>Loading stored searches…</source>
        <translation>Gespeicherte Suchen werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="252"/>
        <source>No search yet: pick a kind, type values to try and press Start Search.</source>
        <translation>Noch keine Suche: Wählen Sie eine Art, geben Sie zu testende Werte ein und klicken Sie auf „Suche starten“.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="258"/>
        <source>Search %1 (%2, %3, chosen by validation %4)%5: %6</source>
        <translation>Suche %1 (%2, %3, ausgewählt nach Validierungs-%4)%5: %6</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="262"/>
        <source>, cancelled</source>
        <translation>, abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="263"/>
        <source>best kept as model %1</source>
        <translation>bestes als Modell %1 behalten</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="264"/>
        <source>its best model was deleted since</source>
        <translation>ihr bestes Modell wurde inzwischen gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="298"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="311"/>
        <source>Trial %1 of %2 finished</source>
        <translation>Versuch %1 von %2 abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.h" line="32"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
</context>
<context>
    <name>kindred::ui::SearchTrialsModel</name>
    <message>
        <location filename="../ui/models/SearchTrialsModel.cpp" line="83"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/models/SearchTrialsModel.cpp" line="96"/>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <location filename="../ui/models/SearchTrialsModel.cpp" line="105"/>
        <source>Trial</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <location filename="../ui/models/SearchTrialsModel.cpp" line="109"/>
        <source>Val. RMSE</source>
        <translation>Val.-RMSE</translation>
    </message>
    <message>
        <location filename="../ui/models/SearchTrialsModel.cpp" line="110"/>
        <source>Val. NDCG@10</source>
        <translation>Val.-NDCG@10</translation>
    </message>
    <message>
        <location filename="../ui/models/SearchTrialsModel.cpp" line="111"/>
        <source>Test RMSE</source>
        <translation>Test-RMSE</translation>
    </message>
    <message>
        <location filename="../ui/models/SearchTrialsModel.cpp" line="112"/>
        <source>Test NDCG@10</source>
        <translation>Test-NDCG@10</translation>
    </message>
    <message>
        <location filename="../ui/models/SearchTrialsModel.cpp" line="113"/>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <location filename="../ui/models/SearchTrialsModel.cpp" line="114"/>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>kindred::ui::SearchWorker</name>
    <message>
        <location filename="../ui/workers/SearchWorker.cpp" line="64"/>
        <source>Search cancelled before a trial finished</source>
        <translation>Suche abgebrochen, bevor ein Versuch abgeschlossen war</translation>
    </message>
    <message>
        <location filename="../ui/workers/SearchWorker.cpp" line="65"/>
        <source>Every trial failed; hover over a row for the reason</source>
        <translation>Alle Versuche sind fehlgeschlagen; fahren Sie für den Grund mit der Maus über eine Zeile</translation>
    </message>
    <message>
        <location filename="../ui/workers/SearchWorker.cpp" line="67"/>
        <source>Best on validation: trial %1, kept as model %2</source>
        <translation>Bester in der Validierung: Versuch %1, als Modell %2 behalten</translation>
    </message>
    <message>
        <location filename="../ui/workers/SearchWorker.cpp" line="69"/>
        <source>Cancelled after %1 of %2 trials. %3</source>
        <translation>Nach %1 von %2 Versuchen abgebrochen. %3</translation>
    </message>
</context>
<context>
    <name>kindred::ui::StoredModelsModel</name>
    <message>
        <location filename="../ui/models/StoredModelsModel.cpp" line="88"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/models/StoredModelsModel.cpp" line="90"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/models/StoredModelsModel.cpp" line="92"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/models/StoredModelsModel.cpp" line="94"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../ui/models/StoredModelsModel.cpp" line="110"/>
        <source>Stored models: %1</source>
        <translation>Gespeicherte Modelle: %1</translation>
    </message>
</context>
<context>
    <name>kindred::ui::TrainingPanel</name>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="76"/>
        <location filename="../ui/panels/TrainingPanel.cpp" line="137"/>
        <location filename="../ui/panels/TrainingPanel.cpp" line="406"/>
        <location filename="../ui/panels/TrainingPanel.cpp" line="553"/>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="76"/>
        <location filename="../ui/panels/TrainingPanel.cpp" line="406"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="77"/>
        <location filename="../ui/panels/TrainingPanel.cpp" line="391"/>
        <source>No training yet: choose a model and press Start</source>
        <translation>Noch kein Training: Wählen Sie ein Modell und klicken Sie auf „Starten“</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="79"/>
        <source>Log scale</source>
        <translation>Log. Skala</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="80"/>
        <source>Follow newest</source>
        <translation>Neueste verfolgen</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="83"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="85"/>
        <source>Fit all points (drag to zoom, wheel to zoom, Shift+drag or middle-drag to pan)</source>
        <translation>Alle Punkte einpassen (Ziehen oder Mausrad zum Zoomen, Umschalt+Ziehen oder Ziehen mit mittlerer Maustaste zum Verschieben)</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="99"/>
        <source>&lt;b&gt;Loss curves&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlustkurven&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="136"/>
        <source>Check models to compare their validation curves; select one to show its epochs</source>
        <translation>Modelle ankreuzen, um ihre Validierungskurven zu vergleichen; eines auswählen, um seine Epochen anzuzeigen</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="137"/>
        <location filename="../ui/panels/TrainingPanel.cpp" line="406"/>
        <location filename="../ui/panels/TrainingPanel.cpp" line="553"/>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="138"/>
        <location filename="../ui/panels/TrainingPanel.cpp" line="554"/>
        <source>Validation RMSE per epoch</source>
        <translation>Validierungs-RMSE pro Epoche</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="149"/>
        <source>&lt;b&gt;Compare&lt;/b&gt; (check models below)</source>
        <translation>&lt;b&gt;Vergleichen&lt;/b&gt; (Modelle unten ankreuzen)</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="170"/>
        <source>Stored models</source>
        <translation>Gespeicherte Modelle</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="171"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="207"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Siamese two-tower (cross-media)</source>
        <translation type="vanished">Siamesisches Two-Tower-Modell (medienübergreifend)</translation>
    </message>
    <message>
        <source>Biased matrix factorisation</source>
        <translation type="vanished">Matrixfaktorisierung mit Bias</translation>
    </message>
    <message>
        <source>Bias baseline (ALS)</source>
        <translation type="vanished">Bias-Baseline (ALS)</translation>
    </message>
    <message>
        <source>Item kNN</source>
        <translation type="vanished">Item-kNN</translation>
    </message>
    <message>
        <source>Popularity</source>
        <translation type="vanished">Popularität</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="219"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="223"/>
        <source>Train on the checked domains</source>
        <translation>Auf den angekreuzten Domänen trainieren</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="226"/>
        <source>Random 70/15/15</source>
        <translation>Zufällig 70/15/15</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="227"/>
        <source>Leave last out</source>
        <translation>Letzte zurückhalten</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="228"/>
        <source>Hold out a source</source>
        <translation>Eine Quelle zurückhalten</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="230"/>
        <source>The source whose ratings are the test set</source>
        <translation>Die Quelle, deren Bewertungen die Testmenge bilden</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="232"/>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="233"/>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="234"/>
        <source>Test source</source>
        <translation>Testquelle</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="235"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="242"/>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="244"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="246"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="247"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="248"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="254"/>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="262"/>
        <source>Training samples per second</source>
        <translation>Trainings-Samples pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="263"/>
        <source>Estimated time left</source>
        <translation>Geschätzte Restzeit</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="274"/>
        <source>Paused (after the current batch)</source>
        <translation>Pausiert (nach dem aktuellen Batch)</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="279"/>
        <location filename="../ui/panels/TrainingPanel.h" line="48"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="284"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Size of the shared taste space (a multiple of the %1 attention heads)</source>
        <translation type="vanished">Größe des gemeinsamen Geschmacksraums (ein Vielfaches der %1 Attention-Heads)</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="vanished">Dimension</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="vanished">Lernrate</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation type="vanished">Weight Decay</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="vanished">Dropout</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="vanished">Batchgröße</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation type="vanished">Faktoren</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation type="vanished">Regularisierung</translation>
    </message>
    <message>
        <source>Bias λ</source>
        <translation type="vanished">Bias-λ</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation type="vanished">Nachbarn</translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation type="vanished">Schrumpfung</translation>
    </message>
    <message>
        <source>One shared user tower over every medium; per-domain item towers.</source>
        <translation type="vanished">Ein gemeinsamer Nutzer-Tower für alle Medien; Item-Tower pro Domäne.</translation>
    </message>
    <message>
        <source>Funk/Koren SGD; the epoch with the best validation RMSE is kept.</source>
        <translation type="vanished">Funk/Koren-SGD; die Epoche mit dem besten Validierungs-RMSE wird behalten.</translation>
    </message>
    <message>
        <source>Domain mean + user and item biases.</source>
        <translation type="vanished">Domänenmittelwert + Nutzer- und Item-Bias.</translation>
    </message>
    <message>
        <source>Mean-centred cosine similarity between items, with shrinkage.</source>
        <translation type="vanished">Mittelwertzentrierte Kosinus-Ähnlichkeit zwischen Items, mit Schrumpfung.</translation>
    </message>
    <message>
        <source>Ranks items by how often they were rated: no training epochs.</source>
        <translation type="vanished">Ordnet Items danach, wie oft sie bewertet wurden: keine Trainingsepochen.</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="366"/>
        <location filename="../ui/panels/TrainingPanel.cpp" line="445"/>
        <location filename="../ui/panels/TrainingPanel.cpp" line="483"/>
        <source>Training: %1</source>
        <translation>Training: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="404"/>
        <source>Train loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="404"/>
        <source>Train RMSE (0..1)</source>
        <translation>Trainings-RMSE (0..1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="405"/>
        <source>Validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="405"/>
        <source>Validation RMSE</source>
        <translation>Validierungs-RMSE</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="415"/>
        <source>Choose the source held out as test</source>
        <translation>Wählen Sie die als Test zurückgehaltene Quelle</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="422"/>
        <source>Check at least one domain to train on</source>
        <translation>Kreuzen Sie mindestens eine Domäne zum Trainieren an</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="428"/>
        <source>Training %1</source>
        <translation>Training %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="433"/>
        <source>epoch %v of %m</source>
        <translation>Epoche %v von %m</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="437"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="466"/>
        <source>%1 samples/s</source>
        <translation>%1 Samples/s</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="468"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="474"/>
        <source>Done: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="474"/>
        <source>Stopped: %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="480"/>
        <source>Trained model %1</source>
        <translation>Trainiertes Modell %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="515"/>
        <source>Model %1: %2</source>
        <translation>Modell %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="539"/>
        <source>Model %1 (%2) has no epochs to show</source>
        <translation>Modell %1 (%2) hat keine Epochen zum Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="540"/>
        <source>Stored run: model %1 (%2)</source>
        <translation>Gespeicherter Lauf: Modell %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="569"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="94"/>
        <location filename="../ui/panels/TrainingPanel.cpp" line="152"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="95"/>
        <source>Save the loss curves as PNG or SVG</source>
        <translation>Die Verlustkurven als PNG oder SVG speichern</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="153"/>
        <source>Save the comparison chart as PNG or SVG</source>
        <translation>Das Vergleichsdiagramm als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Which epoch the model keeps, and when training stops early, measured on the validation part only: the loss suits predicted ratings, NDCG@10 ranked recommendations</source>
        <translation type="vanished">Welche Epoche das Modell behält und wann das Training vorzeitig endet, nur auf dem Validierungsteil gemessen: der Verlust passt zu vorhergesagten Bewertungen, NDCG@10 zu Ranglisten von Empfehlungen</translation>
    </message>
    <message>
        <source>Validation NDCG@10</source>
        <translation type="vanished">Validierungs-NDCG@10</translation>
    </message>
    <message>
        <source>Best epoch by</source>
        <translation type="vanished">Beste Epoche nach</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="553"/>
        <source>NDCG@10</source>
        <translation>NDCG@10</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="554"/>
        <source>Validation NDCG@10 per epoch</source>
        <translation>Validierungs-NDCG@10 pro Epoche</translation>
    </message>
</context>
<context>
    <name>kindred::ui::TrainingWorker</name>
    <message>
        <location filename="../ui/workers/TrainingWorker.cpp" line="129"/>
        <source>Model %1 &quot;%2&quot; trained in %3 s and saved</source>
        <translation>Modell %1 „%2“ in %3 s trainiert und gespeichert</translation>
    </message>
</context>
</TS>
