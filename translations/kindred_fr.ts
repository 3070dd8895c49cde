<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CorrelationPanel</name>
    <message>
        <source>cluster %1 (%2)</source>
        <translation type="vanished">groupe %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ExplorerJobs</name>
    <message numerus="yes">
        <location filename="../ui/workers/ExplorerJobs.cpp" line="190"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelKind</name>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="19"/>
        <source>Siamese twin network (cross-media)</source>
        <translation>Réseau jumeau siamois (multimédia)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="20"/>
        <source>One item encoder for every medium; a person is the sum of the encodings of what they rated, so people and items share one space and every score is the sum of what each rated item adds. Trained to rank each medium, with a rating head beside it.</source>
        <translation>Un seul encodeur d’éléments pour tous les médias&#xa0;; une personne est la somme des encodages de ce qu’elle a noté, si bien que personnes et éléments partagent un même espace et que chaque score est la somme de ce qu’apporte chaque élément noté. Entraîné à classer chaque média, avec une tête de notation à côté.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="24"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="25"/>
        <source>Size of the shared space of people and items</source>
        <translation>Taille de l’espace partagé par les personnes et les éléments</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="26"/>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="27"/>
        <source>Upper bound; the epoch best on validation NDCG@10 is kept</source>
        <translation>Borne supérieure&#xa0;; l’époque ayant la meilleure NDCG@10 de validation est conservée</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="28"/>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="29"/>
        <source>Adam step of the ranking stage</source>
        <translation>Pas d’Adam de la phase de classement</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="30"/>
        <source>People per step</source>
        <translation>Personnes par itération</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="31"/>
        <source>People whose histories make one optimiser step</source>
        <translation>Personnes dont les historiques forment une itération de l’optimiseur</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="32"/>
        <source>Genres</source>
        <translation>Genres</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="33"/>
        <source>Item genres in the item encoder</source>
        <translation>Genres des éléments dans l’encodeur d’éléments</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="34"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="35"/>
        <source>Hashed title and text words in the item encoder</source>
        <translation>Mots hachés du titre et du texte dans l’encodeur d’éléments</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="36"/>
        <source>Text buckets</source>
        <translation>Compartiments de texte</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="37"/>
        <source>Hashed unigram/bigram buckets</source>
        <translation>Compartiments de hachage des unigrammes/bigrammes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="38"/>
        <source>Demographics</source>
        <translation>Données démographiques</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="39"/>
        <source>A &quot;people like you&quot; vector from age group, gender and occupation (when the project has them)</source>
        <translation>Un vecteur «&#xa0;des gens comme vous&#xa0;» tiré de la tranche d’âge, du sexe et de la profession (si le projet les contient)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="41"/>
        <source>Patience</source>
        <translation>Patience</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="42"/>
        <source>Epochs without validation improvement before stopping</source>
        <translation>Époques sans amélioration en validation avant l’arrêt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="43"/>
        <source>Input dropout</source>
        <translation>Dropout d’entrée</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="44"/>
        <source>Share of a history hidden from each step&apos;s input</source>
        <translation>Part d’un historique masquée dans l’entrée de chaque itération</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="45"/>
        <source>Liked from</source>
        <translation>Apprécié à partir de</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="46"/>
        <source>A rating counts as liked from this 0..1 value (0.75 = 4 of 1..5)</source>
        <translation>Une note compte comme appréciée à partir de cette valeur 0..1 (0,75 = 4 sur 1..5)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="47"/>
        <source>Rating factors</source>
        <translation>Facteurs de notation</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="48"/>
        <source>Size of the rating head&apos;s interaction part</source>
        <translation>Taille de la partie d’interaction de la tête de notation</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="49"/>
        <source>Rating L2</source>
        <translation>L2 de notation</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="50"/>
        <source>L2 weight of the rating head</source>
        <translation>Poids L2 de la tête de notation</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="51"/>
        <source>Rating epochs</source>
        <translation>Époques de notation</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="52"/>
        <source>Upper bound of the rating head&apos;s epochs</source>
        <translation>Nombre maximal d’époques de la tête de notation</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="53"/>
        <source>Memory neighbours</source>
        <translation>Voisins mémorisés</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="54"/>
        <source>Neighbourhood memory: items remembered per item, weighted on validation (0: none)</source>
        <translation>Mémoire de voisinage : éléments retenus par élément, pondérés sur la validation (0 : aucune)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="55"/>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="56"/>
        <source>cpu, cuda (needs a CUDA build of LibTorch) or auto (cuda when present)</source>
        <translation>CPU, CUDA (nécessite une version de LibTorch compilée avec CUDA) ou automatique (CUDA si disponible)</translation>
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
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="62"/>
        <source>EASE (closed-form item-item)</source>
        <translation>EASE (élément-élément en forme close)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="63"/>
        <source>Steck&apos;s embarrassingly shallow autoencoder: item-item weights in closed form, λ chosen on validation. A person&apos;s score of an item is the sum of the weights from the items they rated.</source>
        <translation>L’autoencodeur «&#xa0;embarrassingly shallow&#xa0;» de Steck&#xa0;: poids élément-élément en forme close, λ choisi en validation. Le score d’un élément pour une personne est la somme des poids venant des éléments qu’elle a notés.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="66"/>
        <source>λ</source>
        <translation>λ</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="67"/>
        <source>L2 weight of the item-item weights; 0 chooses it on validation (NDCG@10) from 10, 20, 50, 100, 200, 500, 1000, 2000</source>
        <translation>Poids L2 des poids élément-élément&#xa0;; 0 le choisit en validation (NDCG@10) parmi 10, 20, 50, 100, 200, 500, 1000, 2000</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="69"/>
        <source>Memory budget (GiB)</source>
        <translation>Budget mémoire (Gio)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="70"/>
        <source>Refuse, saying why, when the closed form would need more memory than this</source>
        <translation>Refuser, en expliquant pourquoi, quand la forme close demanderait plus de mémoire que cela</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="71"/>
        <source>Weights kept per item</source>
        <translation>Poids conservés par élément</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="72"/>
        <source>Each item keeps its strongest item-item weights (0: all); scores use exactly the kept ones</source>
        <translation>Chaque élément conserve ses poids élément-élément les plus forts (0&#xa0;: tous)&#xa0;; les scores utilisent exactement ceux qui sont conservés</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="76"/>
        <source>Attention two-tower (earlier Siamese)</source>
        <translation>Two-tower à attention (ancien modèle siamois)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="77"/>
        <source>Kindred&apos;s first Siamese model: a user tower attending over the cross-media history, queried by the user&apos;s id and demographics; per-medium item towers; rating and ranking heads.</source>
        <translation>Le premier modèle siamois de Kindred&#xa0;: une tour utilisateurs avec attention sur l’historique multimédia, interrogée par l’identifiant et les données démographiques de l’utilisateur&#xa0;; une tour d’éléments par média&#xa0;; des têtes de notation et de classement.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="80"/>
        <source>Size of the shared taste space (a multiple of the heads)</source>
        <translation>Taille de l’espace de goûts partagé (un multiple du nombre de têtes)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="81"/>
        <source>Attention heads</source>
        <translation>Têtes d’attention</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="82"/>
        <source>Attention heads of the user tower (divide the dimension)</source>
        <translation>Têtes d’attention de la tour utilisateurs (doivent diviser la dimension)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="83"/>
        <source>History length</source>
        <translation>Longueur de l’historique</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="84"/>
        <source>Training interactions the user tower attends to</source>
        <translation>Interactions d’entraînement auxquelles la tour utilisateurs prête attention</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="85"/>
        <source>Item genres in the item towers</source>
        <translation>Genres des éléments dans les tours d’éléments</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="86"/>
        <source>Age group, gender and occupation in the user tower (when the project has them)</source>
        <translation>Tranche d’âge, sexe et profession dans la tour utilisateurs (si le projet les contient)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="87"/>
        <source>Hashed title and text words in the item towers</source>
        <translation>Mots hachés du titre et du texte dans les tours d’éléments</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="88"/>
        <source>Text encoder</source>
        <translation>Encodeur de texte</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="89"/>
        <source>Optional TorchScript text encoder (forward(Tensor[N, T] int64 ids, 0 = pad) -&gt; [N, D])</source>
        <translation>Encodeur de texte TorchScript facultatif (forward(Tensor[N, T] int64 ids, 0 = pad) -&gt; [N, D])</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="91"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="92"/>
        <source>Dropout in both towers</source>
        <translation>Dropout dans les deux tours</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="93"/>
        <source>AdamW step size</source>
        <translation>Pas d’AdamW</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="94"/>
        <source>Weight decay</source>
        <translation>Décroissance des poids</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="95"/>
        <source>AdamW weight decay</source>
        <translation>Décroissance des poids d’AdamW</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="96"/>
        <source>Upper bound; early stopping on validation</source>
        <translation>Borne supérieure&#xa0;; arrêt anticipé sur la validation</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="97"/>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="98"/>
        <source>Interactions per optimiser step</source>
        <translation>Interactions par itération de l’optimiseur</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="99"/>
        <source>Samples per user</source>
        <translation>Échantillons par utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="100"/>
        <source>A batch holds chunks of up to this many interactions of one user</source>
        <translation>Un lot contient des tranches d’au plus ce nombre d’interactions d’un même utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="101"/>
        <source>Warm-up</source>
        <translation>Préchauffage</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="102"/>
        <source>Share of all steps warming up the learning rate</source>
        <translation>Part de toutes les itérations consacrée à la montée progressive du taux d’apprentissage</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="103"/>
        <source>Rating weight</source>
        <translation>Poids de la notation</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="104"/>
        <source>Weight of the rating loss</source>
        <translation>Poids de la perte de notation</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="105"/>
        <source>Ranking weight</source>
        <translation>Poids du classement</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="106"/>
        <source>Weight of the ranking loss</source>
        <translation>Poids de la perte de classement</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="107"/>
        <source>Ranking head</source>
        <translation>Tête de classement</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="108"/>
        <source>Full rankings by the in-batch softmax head instead of the predicted rating</source>
        <translation>Classements complets par la tête softmax intra-lot au lieu de la note prédite</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="109"/>
        <source>Pair weight</source>
        <translation>Poids des paires</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="110"/>
        <source>Weight of the paired-user term</source>
        <translation>Poids du terme des paires d’utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="111"/>
        <source>Transfer weight</source>
        <translation>Poids du transfert</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="112"/>
        <source>Weight of the cross-medium transfer term</source>
        <translation>Poids du terme de transfert entre médias</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="113"/>
        <source>Best epoch by</source>
        <translation>Meilleure époque selon</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="114"/>
        <source>The epoch kept (and early stopping), on the validation part only: the rating loss, or NDCG@10 over the unseen items of each medium</source>
        <translation>L’époque conservée (et l’arrêt anticipé), sur la partie de validation uniquement&#xa0;: la perte de notation, ou la NDCG@10 sur les éléments non vus de chaque média</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="116"/>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="117"/>
        <source>ndcg</source>
        <translation>NDCG@10</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="120"/>
        <source>Biased matrix factorisation</source>
        <translation>Factorisation matricielle avec biais</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="121"/>
        <source>Funk/Koren SGD: domain mean + biases + user · item factors; the epoch with the best validation RMSE is kept.</source>
        <translation>SGD de Funk/Koren&#xa0;: moyenne du domaine + biais + facteurs utilisateur · élément&#xa0;; l’époque ayant la meilleure RMSE de validation est conservée.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="123"/>
        <source>SGD epochs; the epoch with the lowest validation RMSE is kept</source>
        <translation>Époques de SGD&#xa0;; l’époque ayant la plus faible RMSE de validation est conservée</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="124"/>
        <source>Factors</source>
        <translation>Facteurs</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="125"/>
        <source>Latent factors per user and item</source>
        <translation>Facteurs latents par utilisateur et par élément</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="126"/>
        <source>SGD step</source>
        <translation>Pas de SGD</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="127"/>
        <source>Regularisation</source>
        <translation>Régularisation</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="128"/>
        <source>L2 weight of factors and biases</source>
        <translation>Poids L2 des facteurs et des biais</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="131"/>
        <source>Bias baseline (ALS)</source>
        <translation>Référence à biais (ALS)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="132"/>
        <source>Domain mean + user and item biases, by regularised ALS.</source>
        <translation>Moyenne du domaine + biais utilisateur et élément, par ALS régularisé.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="133"/>
        <source>ALS rounds; the round with the lowest validation RMSE is kept</source>
        <translation>Tours d’ALS&#xa0;; le tour ayant la plus faible RMSE de validation est conservé</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="134"/>
        <source>Bias λ</source>
        <translation>λ des biais</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="135"/>
        <source>λ added to the rating counts: shrinks the biases of rare users and items to 0</source>
        <translation>λ ajouté au nombre de notes&#xa0;: ramène vers 0 les biais des utilisateurs et des éléments rares</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="138"/>
        <source>Popularity</source>
        <translation>Popularité</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="139"/>
        <source>Ranks items by how often they were rated: no training epochs.</source>
        <translation>Classe les éléments selon leur nombre de notes&#xa0;: aucune époque d’entraînement.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="142"/>
        <source>Item kNN</source>
        <translation>kNN sur les éléments</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="143"/>
        <source>Mean-centred cosine similarity between items, with shrinkage.</source>
        <translation>Similarité cosinus centrée sur la moyenne entre éléments, avec rétrécissement.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="144"/>
        <source>Neighbours</source>
        <translation>Voisins</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="145"/>
        <source>Neighbours kept per item</source>
        <translation>Voisins conservés par élément</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="146"/>
        <source>Shrinkage</source>
        <translation>Rétrécissement</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="147"/>
        <source>Similarity × n / (n + shrinkage), n = co-rating users</source>
        <translation>Similarité × n / (n + rétrécissement), n = utilisateurs ayant noté les deux</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="150"/>
        <source>Item autoencoder two-tower (AutoRec)</source>
        <translation>Two-tower à autoencodeur d’éléments (AutoRec)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="151"/>
        <source>An item is encoded from the ratings it received, so media that share people share coordinates; users are free vectors.</source>
        <translation>Un élément est encodé à partir des notes qu’il a reçues, si bien que les médias qui partagent des personnes partagent des coordonnées&#xa0;; les utilisateurs sont des vecteurs libres.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="153"/>
        <source>Item code size</source>
        <translation>Taille du code d’élément</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="154"/>
        <source>Size of the item code = dimension of the taste space</source>
        <translation>Taille du code d’élément = dimension de l’espace de goûts</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="155"/>
        <source>L2 λ</source>
        <translation>λ L2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="156"/>
        <source>L2 weight on the 1–5 pseudo-scale</source>
        <translation>Poids L2 sur la pseudo-échelle 1–5</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="157"/>
        <source>Adam step, full batch</source>
        <translation>Pas d’Adam, lot complet</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="158"/>
        <source>Steps</source>
        <translation>Itérations</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="159"/>
        <source>Full-batch steps (upper bound; early stopping on validation)</source>
        <translation>Itérations sur le lot complet (borne supérieure&#xa0;; arrêt anticipé sur la validation)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="160"/>
        <source>Check every</source>
        <translation>Intervalle de contrôle</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="161"/>
        <source>Steps between validation checks</source>
        <translation>Itérations entre deux contrôles de validation</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="162"/>
        <source>Validation checks without improvement before stopping</source>
        <translation>Contrôles de validation sans amélioration avant l’arrêt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="163"/>
        <source>Codes from validation too</source>
        <translation>Codes aussi depuis la validation</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="164"/>
        <source>Recompute the final item codes from train + validation ratings</source>
        <translation>Recalculer les codes d’éléments finaux à partir des notes d’entraînement + de validation</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="167"/>
        <source>Blend (fitted on validation)</source>
        <translation>Mélange (ajusté sur la validation)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModelKindTexts.cpp" line="168"/>
        <source>Bias, mf, item-kNN, autorec and the Siamese model&apos;s rating head combined by ridge weights fitted on the validation part.</source>
        <translation>Bias, mf, item-kNN, autorec et la tête de notation du modèle siamois, combinés par des poids ridge ajustés sur la partie de validation.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../ui/workers/PairSession.cpp" line="78"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="41"/>
        <source>items</source>
        <translation>éléments</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="42"/>
        <source>users</source>
        <translation>utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="43"/>
        <source>items + users</source>
        <translation>éléments + utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/plots/ChartExport.cpp" line="40"/>
        <source>Could not write the chart to %1</source>
        <translation>Impossible d’écrire le graphique dans %1</translation>
    </message>
    <message>
        <location filename="../ui/plots/ChartExport.cpp" line="45"/>
        <location filename="../ui/plots/ChartExport.cpp" line="53"/>
        <source>Save Chart As</source>
        <translation>Enregistrer le graphique sous</translation>
    </message>
    <message>
        <location filename="../ui/plots/ChartExport.cpp" line="46"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/plots/ChartExport.cpp" line="57"/>
        <source>Save Chart As…</source>
        <translation>Enregistrer le graphique sous…</translation>
    </message>
    <message>
        <location filename="../ui/models/TableExport.cpp" line="31"/>
        <location filename="../ui/models/TableExport.cpp" line="47"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/TableExport.cpp" line="54"/>
        <source>Export Table as CSV…</source>
        <translation>Exporter le tableau en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/models/TableExport.cpp" line="60"/>
        <location filename="../ui/models/TableExport.cpp" line="68"/>
        <source>Export Table as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <location filename="../ui/models/TableExport.cpp" line="61"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>kindred::ui</name>
    <message>
        <location filename="../ui/panels/ExplorerPoints.cpp" line="143"/>
        <location filename="../ui/panels/ExplorerPoints.cpp" line="187"/>
        <source>No genre</source>
        <translation>Aucun genre</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPoints.cpp" line="148"/>
        <location filename="../ui/panels/ExplorerPoints.cpp" line="182"/>
        <source>No cluster</source>
        <translation>Aucun cluster</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPoints.cpp" line="104"/>
        <source>Cluster %1: %2</source>
        <translation>Cluster %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPoints.cpp" line="105"/>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPoints.cpp" line="192"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPoints.cpp" line="212"/>
        <location filename="../ui/workers/ExplorerJobs.cpp" line="189"/>
        <source>User #%1</source>
        <translation>Utilisateur n° %1</translation>
    </message>
    <message>
        <location filename="../ui/workers/ExplorerJobs.cpp" line="157"/>
        <source>Not in this model&apos;s data</source>
        <translation>Absent des données de ce modèle</translation>
    </message>
    <message>
        <location filename="../ui/workers/ExplorerJobs.cpp" line="323"/>
        <source>the two of the %1 selected people nearest its centre in the taste space</source>
        <translation>les deux des %1 personnes sélectionnées les plus proches de son centre dans l’espace des goûts</translation>
    </message>
    <message>
        <location filename="../ui/workers/ExplorerJobs.cpp" line="336"/>
        <source>the people who rated most of its %1 items (%2)</source>
        <translation>les personnes ayant noté le plus de ses %1 éléments (%2)</translation>
    </message>
    <message>
        <location filename="../ui/workers/ExplorerJobs.cpp" line="337"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../ui/workers/ExplorerJobs.cpp" line="340"/>
        <source>No two people in or around this selection: select people, or items somebody rated</source>
        <translation>Pas deux personnes dans ou autour de cette sélection : sélectionnez des personnes, ou des éléments que quelqu’un a notés</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPoints.cpp" line="174"/>
        <source>Mean %1–%2 %</source>
        <translation>Moyenne %1–%2 %</translation>
    </message>
    <message>
        <location filename="../ui/workers/ExplorerJobs.cpp" line="111"/>
        <source>%1 #%2</source>
        <translation>%1 n° %2</translation>
    </message>
</context>
<context>
    <name>kindred::ui::Categories</name>
    <message>
        <location filename="../ui/panels/ExplorerPoints.cpp" line="59"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>kindred::ui::ColdStartDialog</name>
    <message>
        <location filename="../ui/dialogs/ColdStartDialog.cpp" line="27"/>
        <source>New user from ratings</source>
        <translation>Nouvel utilisateur à partir de notes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ColdStartDialog.cpp" line="30"/>
        <source>Search titles…</source>
        <translation>Rechercher des titres…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ColdStartDialog.cpp" line="50"/>
        <source>Add →</source>
        <translation>Ajouter →</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ColdStartDialog.cpp" line="54"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ColdStartDialog.cpp" line="54"/>
        <source>Stars</source>
        <translation>Étoiles</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ColdStartDialog.cpp" line="66"/>
        <source>Ratings (a handful is enough; 1 = disliked, 5 = loved)</source>
        <translation>Notes (quelques-unes suffisent&#xa0;; 1 = pas aimé, 5 = adoré)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ColdStartDialog.cpp" line="73"/>
        <source>Create profile</source>
        <translation>Créer le profil</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ColdStartDialog.cpp" line="78"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ColdStartDialog.cpp" line="89"/>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ColdStartDialog.cpp" line="118"/>
        <source> ★</source>
        <translation> ★</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ColdStartDialog.cpp" line="121"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>kindred::ui::CorrelationHeatmap</name>
    <message>
        <location filename="../ui/plots/CorrelationHeatmap.cpp" line="89"/>
        <source>%1 (%2) × %3 (%4)
r = %5, n = %6 users, p = %7</source>
        <translation>%1 (%2) × %3 (%4)
r = %5, n = %6 utilisateurs, p = %7</translation>
    </message>
    <message>
        <location filename="../ui/plots/CorrelationHeatmap.cpp" line="131"/>
        <source>No genre pairs to show</source>
        <translation>Aucune paire de genres à afficher</translation>
    </message>
</context>
<context>
    <name>kindred::ui::CorrelationPanel</name>
    <message>
        <location filename="../ui/panels/CorrelationPanel.cpp" line="74"/>
        <source>Compute</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorrelationPanel.cpp" line="78"/>
        <source>Genre pairs need at least this many users with affinities in both</source>
        <translation>Les paires de genres exigent au moins ce nombre d’utilisateurs ayant des affinités dans les deux</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorrelationPanel.cpp" line="80"/>
        <source>Liking genres in</source>
        <translation>Goût pour les genres en</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorrelationPanel.cpp" line="82"/>
        <source>vs. in</source>
        <translation>face à</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorrelationPanel.cpp" line="84"/>
        <source>Min. users:</source>
        <translation>Min. utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorrelationPanel.cpp" line="113"/>
        <source>No project open.</source>
        <translation>Aucun projet ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorrelationPanel.cpp" line="113"/>
        <source>Reading the project&apos;s media…</source>
        <translation>Lecture des médias du projet…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorrelationPanel.cpp" line="126"/>
        <source>Computing %1 × %2…</source>
        <translation>Calcul de %1 × %2…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorrelationPanel.cpp" line="148"/>
        <source>Correlations: %1</source>
        <translation>Corrélations&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/CorrelationPanel.cpp" line="156"/>
        <source>Correlations need two media with shared users; this project has %n medium(s).</source>
        <translation>
            <numerusform>Les corrélations exigent deux médias avec des utilisateurs communs&#xa0;; ce projet a %n média.</numerusform>
            <numerusform>Les corrélations exigent deux médias avec des utilisateurs communs&#xa0;; ce projet a %n médias.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/CorrelationPanel.cpp" line="169"/>
        <source>%1 users rated both %2 and %3, which share no genres: their taste clusters instead (the newest projection of &quot;%4&quot;), %5 pairs, %6 significant at p &lt; 0.05 (dot). Red: liking a cluster&apos;s items in one medium goes with liking the other&apos;s.</source>
        <translation>%1 personnes ont noté à la fois %2 et %3, qui ne partagent aucun genre : leurs clusters de goût à la place (la projection la plus récente de « %4 »), %5 paires, %6 significatives à p &lt; 0,05 (point). Rouge : aimer les éléments d’un cluster dans un média va avec aimer ceux de l’autre.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorrelationPanel.cpp" line="180"/>
        <source>%1 users rated both %2 and %3, but no genre pair has enough of them (the media need genres, and users with several rated items per genre in both; a model&apos;s projection with clusters lets the taste clusters stand in).</source>
        <translation>%1 personnes ont noté à la fois %2 et %3, mais aucune paire de genres n’en compte assez (les médias ont besoin de genres, et de personnes ayant noté plusieurs éléments par genre dans les deux ; une projection d’un modèle avec des clusters permet aux clusters de goût de les remplacer).</translation>
    </message>
    <message>
        <source>%1 users rated both %2 and %3, but no genre pair has enough of them (the media need genres, and users with several rated items per genre in both).</source>
        <translation type="vanished">%1 utilisateurs ont noté à la fois %2 et %3, mais aucune paire de genres n’en compte assez (les médias doivent avoir des genres, et les utilisateurs plusieurs éléments notés par genre dans les deux).</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorrelationPanel.cpp" line="185"/>
        <source>%1 users rated both %2 and %3: %4 genre pairs, %5 significant at p &lt; 0.05 (dot). Red: liking one goes with liking the other; blue: with disliking it.</source>
        <translation>%1 utilisateurs ont noté à la fois %2 et %3&#xa0;: %4 paires de genres, %5 significatives à p &lt; 0,05 (point). Rouge&#xa0;: aimer l’un va avec aimer l’autre&#xa0;; bleu&#xa0;: avec ne pas l’aimer.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorrelationPanel.h" line="26"/>
        <source>Correlations</source>
        <translation>Corrélations</translation>
    </message>
</context>
<context>
    <name>kindred::ui::DataPanel</name>
    <message>
        <location filename="../ui/panels/DataPanel.cpp" line="22"/>
        <source>Search item titles…</source>
        <translation>Rechercher des titres d’éléments…</translation>
    </message>
    <message>
        <location filename="../ui/panels/DataPanel.cpp" line="25"/>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/panels/DataPanel.cpp" line="72"/>
        <source>Data: %1</source>
        <translation>Données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/DataPanel.cpp" line="107"/>
        <source>%1 of %2 loaded</source>
        <translation>%1 sur %2 chargées</translation>
    </message>
    <message>
        <location filename="../ui/panels/DataPanel.h" line="30"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
</context>
<context>
    <name>kindred::ui::EpochTableModel</name>
    <message>
        <location filename="../ui/models/EpochTableModel.cpp" line="79"/>
        <source>Epoch</source>
        <translation>Époque</translation>
    </message>
    <message>
        <location filename="../ui/models/EpochTableModel.cpp" line="81"/>
        <source>Train loss</source>
        <translation>Perte d’entraînement</translation>
    </message>
    <message>
        <location filename="../ui/models/EpochTableModel.cpp" line="81"/>
        <source>Train RMSE (0..1)</source>
        <translation>RMSE d’entraînement (0..1)</translation>
    </message>
    <message>
        <location filename="../ui/models/EpochTableModel.cpp" line="83"/>
        <source>Validation loss</source>
        <translation>Perte de validation</translation>
    </message>
    <message>
        <location filename="../ui/models/EpochTableModel.cpp" line="85"/>
        <source>Validation RMSE</source>
        <translation>RMSE de validation</translation>
    </message>
    <message>
        <location filename="../ui/models/EpochTableModel.cpp" line="89"/>
        <source>Samples/s</source>
        <translation>Échantillons/s</translation>
    </message>
    <message>
        <location filename="../ui/models/EpochTableModel.cpp" line="91"/>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <location filename="../ui/models/EpochTableModel.cpp" line="87"/>
        <source>Validation NDCG@10</source>
        <translation>NDCG@10 de validation</translation>
    </message>
</context>
<context>
    <name>kindred::ui::ExplorerPanel</name>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="68"/>
        <source>Drag to rotate, wheel to zoom, click a point to select it</source>
        <translation>Glisser pour pivoter, molette pour zoomer, cliquer sur un point pour le sélectionner</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="102"/>
        <source>Taste trajectory: %1</source>
        <translation>Trajectoire des goûts&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="122"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="123"/>
        <source>Likes %1</source>
        <translation>Aime %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="137"/>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="434"/>
        <source>Open a project to explore its taste space.</source>
        <translation>Ouvrez un projet pour explorer son espace de goûts.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="152"/>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="162"/>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="163"/>
        <source>Genre (first)</source>
        <translation>Genre (premier)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="164"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="165"/>
        <source>Mean rating</source>
        <translation>Note moyenne</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="166"/>
        <source>Mean rating as a share of each catalogue&apos;s rating scale, in fifths</source>
        <translation>Note moyenne en part de l’échelle de notation de chaque catalogue, par cinquièmes</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="169"/>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="170"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="171"/>
        <source>Items and users</source>
        <translation>Éléments et utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="172"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="173"/>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="174"/>
        <source>Colour by</source>
        <translation>Colorer par</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="175"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="176"/>
        <source>Rename cluster…</source>
        <translation>Renommer le cluster…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="177"/>
        <source>Clusters are named by their most distinctive genres and title words; give one a name of your own</source>
        <translation>Les clusters sont nommés d’après leurs genres et mots de titre les plus distinctifs ; donnez-en un nom à votre goût</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="198"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="201"/>
        <source>Title…</source>
        <translation>Titre…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="212"/>
        <source>No item titled “%1” in this model</source>
        <translation>Aucun élément intitulé «&#xa0;%1&#xa0;» dans ce modèle</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="221"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="236"/>
        <source>Flat — every point</source>
        <translation>À plat — tous les points</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="237"/>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="238"/>
        <source>The flat view draws every point and selects by box or lasso; the 3D view turns a 3D projection in space</source>
        <translation>La vue à plat dessine tous les points et sélectionne par rectangle ou lasso ; la vue 3D fait tourner une projection 3D dans l’espace</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="260"/>
        <source>Pan</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="260"/>
        <source>Drag to move, wheel to zoom, click a point to select it (Home: show all)</source>
        <translation>Glisser pour déplacer, molette pour zoomer, clic pour sélectionner un point (Début : tout afficher)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="262"/>
        <source>Box</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="262"/>
        <source>Drag a box to select the points in it (Shift adds, Esc clears)</source>
        <translation>Tracer un rectangle pour sélectionner ses points (Maj ajoute, Échap efface)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="264"/>
        <source>Lasso</source>
        <translation>Lasso</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="264"/>
        <source>Draw around points to select them (Shift adds, Esc clears)</source>
        <translation>Dessiner autour des points pour les sélectionner (Maj ajoute, Échap efface)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="267"/>
        <source>Select cluster…</source>
        <translation>Sélectionner un cluster…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="268"/>
        <source>Select every point of one cluster and list them below</source>
        <translation>Sélectionner tous les points d’un cluster et les lister ci-dessous</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="346"/>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="349"/>
        <source>Nothing selected.</source>
        <translation>Rien de sélectionné.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="387"/>
        <source>Select cluster</source>
        <translation>Sélectionner un cluster</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="437"/>
        <source>Reading the project&apos;s models…</source>
        <translation>Lecture des modèles du projet…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="445"/>
        <source>Could not read the models: %1</source>
        <translation>Impossible de lire les modèles&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="453"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="458"/>
        <source>No model with an embedding yet — train a Siamese or matrix factorisation model in Training, then come back.</source>
        <translation>Aucun modèle avec plongement pour l’instant — entraînez un modèle siamois ou de factorisation matricielle dans «&#xa0;Entraînement&#xa0;», puis revenez.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="475"/>
        <source>Loading the model, its projections and neighbour indexes…</source>
        <translation>Chargement du modèle, de ses projections et de ses index de voisins…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="488"/>
        <source>Could not load the model: %1</source>
        <translation>Impossible de charger le modèle&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="493"/>
        <source>Neighbour search unavailable: %1</source>
        <translation>Recherche de voisins indisponible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="539"/>
        <source>This model has no projection yet — make one with New projection (PCA takes seconds).</source>
        <translation>Ce modèle n’a pas encore de projection — créez-en une avec «&#xa0;Nouvelle projection&#xa0;» (la PCA prend quelques secondes).</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="597"/>
        <source>Select points with the box or lasso tool of the flat view, or a whole cluster with Select cluster.</source>
        <translation>Sélectionnez des points avec l’outil rectangle ou lasso de la vue à plat, ou un cluster entier avec « Sélectionner un cluster ».</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="621"/>
        <source> · the axes explain %1 % of the variance</source>
        <translation> · les axes expliquent %1 % de la variance</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 points%3</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt; · %2 points%3</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="645"/>
        <source>&lt;span style=&quot;white-space:nowrap; color:gray&quot;&gt;· size = popularity&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;white-space:nowrap; color:gray&quot;&gt;· taille = popularité&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="681"/>
        <source>User #%1</source>
        <translation>Utilisateur n° %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="738"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="761"/>
        <source>Stored as projection %1.</source>
        <translation>Enregistrée comme projection %1.</translation>
    </message>
    <message>
        <source>Cluster %1: %2</source>
        <translation type="vanished">Cluster %1 : %2</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation type="vanished">Cluster %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="382"/>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="783"/>
        <source>This projection has no clusters; compute one with Clusters (k) above 0.</source>
        <translation>Cette projection n’a pas de clusters ; calculez-en une avec Clusters (k) supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="787"/>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="795"/>
        <source>Rename cluster</source>
        <translation>Renommer le cluster</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="387"/>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="787"/>
        <source>Cluster:</source>
        <translation>Cluster :</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="122"/>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="795"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="625"/>
        <source> · the 3D view shows the %1 most-rated; the flat view shows all</source>
        <translation> · la vue 3D montre les %1 plus notés ; la vue à plat les montre tous</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="628"/>
        <source> · flat view of axes 1 and 2</source>
        <translation> · vue à plat des axes 1 et 2</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="629"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 points%3%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 points%3%4</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="809"/>
        <source>Renaming the cluster failed: %1</source>
        <translation>Le renommage du cluster a échoué : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.h" line="64"/>
        <source>Explorer</source>
        <translation>Explorateur</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="181"/>
        <source>Export for Embedding Projector…</source>
        <translation>Exporter pour l’Embedding Projector…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="182"/>
        <source>vectors.tsv and metadata.tsv for projector.tensorflow.org, and the shown projection&apos;s coordinates as CSV</source>
        <translation>vectors.tsv et metadata.tsv pour projector.tensorflow.org, et les coordonnées de la projection affichée en CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="186"/>
        <source>Export for Embedding Projector</source>
        <translation>Exporter pour l’Embedding Projector</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanel.cpp" line="188"/>
        <source>Open a model with vectors first</source>
        <translation>Ouvrez d’abord un modèle avec des vecteurs</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerPanelExport.cpp" line="43"/>
        <source>Wrote %1 items and %2 coordinates to %3</source>
        <translation>%1 éléments et %2 coordonnées écrits dans %3</translation>
    </message>
</context>
<context>
    <name>kindred::ui::ExplorerProjectionForm</name>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="19"/>
        <source>New projection</source>
        <translation>Nouvelle projection</translation>
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
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="48"/>
        <source>Include users</source>
        <translation>Inclure les utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="49"/>
        <source>Remove each medium&apos;s offset</source>
        <translation>Retirer le décalage de chaque média</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="51"/>
        <source>Places items and people by taste rather than by medium: each medium&apos;s mean is subtracted from its items, and people are compared with those who rated the same media</source>
        <translation>Place les éléments et les personnes selon le goût plutôt que selon le média : la moyenne de chaque média est soustraite de ses éléments, et les personnes sont comparées à celles qui ont noté les mêmes médias</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="54"/>
        <source>Compute</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="55"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="61"/>
        <source>Estimated from this method&apos;s measured speed on a 2-core machine, for the points and settings above</source>
        <translation>Estimé à partir de la vitesse mesurée de cette méthode sur une machine à 2 cœurs, pour les points et réglages ci-dessus</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="63"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="64"/>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="65"/>
        <source>Perplexity</source>
        <translation>Perplexité</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="66"/>
        <source>Iterations</source>
        <translation>Itérations</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="69"/>
        <source>Clusters (k)</source>
        <translation>Clusters (k)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="128"/>
        <source>under a second</source>
        <translation>moins d&apos;une seconde</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="129"/>
        <source>about %n s</source>
        <translation>
            <numerusform>environ %n s</numerusform>
            <numerusform>environ %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="130"/>
        <source>about %n min</source>
        <translation>
            <numerusform>environ %n min</numerusform>
            <numerusform>environ %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="131"/>
        <source>%1 points: %2</source>
        <translation>%1 points : %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="38"/>
        <source>UMAP: neighbours of each point in the graph it keeps (larger: more global structure)</source>
        <translation>UMAP : voisins de chaque point dans le graphe conservé (plus grand : davantage de structure globale)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="43"/>
        <source>UMAP: how tightly points may pack together (smaller: denser clusters)</source>
        <translation>UMAP : à quel point les points peuvent se serrer (plus petit : clusters plus denses)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="67"/>
        <source>Neighbours</source>
        <translation>Voisins</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerProjectionForm.cpp" line="68"/>
        <source>Minimum distance</source>
        <translation>Distance minimale</translation>
    </message>
</context>
<context>
    <name>kindred::ui::ExplorerSelectionModel</name>
    <message>
        <location filename="../ui/models/ExplorerSelectionModel.cpp" line="33"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/models/ExplorerSelectionModel.cpp" line="34"/>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../ui/models/ExplorerSelectionModel.cpp" line="35"/>
        <source>Genres</source>
        <translation>Genres</translation>
    </message>
    <message>
        <location filename="../ui/models/ExplorerSelectionModel.cpp" line="36"/>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/models/ExplorerSelectionModel.cpp" line="37"/>
        <source>Mean rating</source>
        <translation>Note moyenne</translation>
    </message>
    <message>
        <location filename="../ui/models/ExplorerSelectionModel.cpp" line="45"/>
        <source>User #%1</source>
        <translation>Utilisateur n° %1</translation>
    </message>
    <message>
        <location filename="../ui/models/ExplorerSelectionModel.cpp" line="46"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../ui/models/ExplorerSelectionModel.cpp" line="65"/>
        <source>Share of the rating scale, over this person&apos;s ratings</source>
        <translation>Part de l’échelle de notes, sur les notes de cette personne</translation>
    </message>
    <message>
        <location filename="../ui/models/ExplorerSelectionModel.cpp" line="66"/>
        <source>On the catalogue&apos;s own rating scale</source>
        <translation>Sur l’échelle de notes propre au catalogue</translation>
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
        <translation>Tous les médias</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="42"/>
        <source>Same medium</source>
        <translation>Même média</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="43"/>
        <source>Other media</source>
        <translation>Autres médias</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="44"/>
        <source>Neighbours from any medium, from the item&apos;s own, or from the others: what connects media (the books nearest to an album)</source>
        <translation>Voisins de tout média, du média de l&apos;élément ou des autres : ce qui relie les médias (les livres les plus proches d&apos;un album)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="49"/>
        <source>Neighbour</source>
        <translation>Voisin</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="49"/>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="129"/>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="49"/>
        <source>Cosine</source>
        <translation>Cosinus</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="64"/>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="147"/>
        <source>Show taste trajectory</source>
        <translation>Afficher la trajectoire des goûts</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="65"/>
        <source>Where the user&apos;s taste moved as their ratings accumulated (oldest first)</source>
        <translation>Évolution des goûts de l’utilisateur au fil de ses notes (les plus anciennes d’abord)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="83"/>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="84"/>
        <source>Click a point or search for a title.</source>
        <translation>Cliquez sur un point ou recherchez un titre.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="101"/>
        <source>&lt;table cellspacing=2&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Medium&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Genres&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ratings&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3 · mean %4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=2&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Média&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Genres&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Notes&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3 · moyenne %4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
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
        <translation>Recherche des voisins…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="116"/>
        <source>&lt;b&gt;User&lt;/b&gt; · %1 ratings · mean at %2 % of the rating scale</source>
        <translation>&lt;b&gt;Utilisateur&lt;/b&gt; · %1 notes · moyenne à %2 % de l’échelle de notes</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="122"/>
        <source>Finding kindred users…</source>
        <translation>Recherche d’utilisateurs aux goûts proches…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="127"/>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="129"/>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="139"/>
        <source>Neighbours unavailable: %1</source>
        <translation>Voisins indisponibles&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="141"/>
        <source>&lt;b&gt;Kindred users&lt;/b&gt; (nearest in taste)</source>
        <translation>&lt;b&gt;Utilisateurs aux goûts proches&lt;/b&gt; (les plus proches en goûts)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="142"/>
        <source>&lt;b&gt;Most similar items&lt;/b&gt; (FAISS, cosine)</source>
        <translation>&lt;b&gt;Éléments les plus similaires&lt;/b&gt; (FAISS, cosinus)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionPane.cpp" line="147"/>
        <source>Tracing the trajectory…</source>
        <translation>Tracé de la trajectoire…</translation>
    </message>
</context>
<context>
    <name>kindred::ui::ExplorerSelectionTable</name>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="55"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="56"/>
        <source>Recommend for two central people</source>
        <translation>Recommander pour deux personnes centrales</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="57"/>
        <source>The two selected people nearest the selection&apos;s centre in the taste space, or, for items, the two people who rated most of them — then the Pairs panel recommends for them</source>
        <translation>Les deux personnes sélectionnées les plus proches du centre de la sélection dans l’espace des goûts, ou, pour des éléments, les deux personnes qui en ont noté le plus — puis le panneau Paires recommande pour elles</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="59"/>
        <source>New person who likes these…</source>
        <translation>Nouvelle personne qui les aime…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="60"/>
        <source>A new person in the Pairs panel whose history is the selected items, rated high</source>
        <translation>Une nouvelle personne dans le panneau Paires dont l’historique est les éléments sélectionnés, bien notés</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="62"/>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="66"/>
        <source>Export selection</source>
        <translation>Exporter la sélection</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="63"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="103"/>
        <source>Nothing selected.</source>
        <translation>Rien de sélectionné.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="130"/>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="134"/>
        <source>%1 items (%2)</source>
        <translation>%1 éléments (%2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="135"/>
        <source>%1 items</source>
        <translation>%1 éléments</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="137"/>
        <source>%1 people</source>
        <translation>%1 personnes</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="138"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="176"/>
        <source>The selected items have no genres</source>
        <translation>Les éléments sélectionnés n’ont pas de genre</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="176"/>
        <source>No items selected</source>
        <translation>Aucun élément sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="179"/>
        <source>Genres: selection (blue), all items (grey)</source>
        <translation>Genres : sélection (bleu), tous les éléments (gris)</translation>
    </message>
    <message>
        <source>Genres: share of the selection (blue) and of all items (grey)</source>
        <translation type="vanished">Genres : part dans la sélection (bleu) et dans tous les éléments (gris)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="180"/>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="../ui/panels/ExplorerSelectionTable.cpp" line="181"/>
        <source>All items</source>
        <translation>Tous les éléments</translation>
    </message>
</context>
<context>
    <name>kindred::ui::ImportWizard</name>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="93"/>
        <source>Import Data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="103"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="126"/>
        <source>Choose what to import</source>
        <translation>Choisir les données à importer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="128"/>
        <source>Files or a folder of a supported dataset; the format is detected from the names and contents.</source>
        <translation>Fichiers ou dossier d’un jeu de données pris en charge&#xa0;; le format est détecté d’après les noms et le contenu.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="132"/>
        <source>Add &amp;Files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="133"/>
        <source>Add F&amp;older…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="134"/>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="148"/>
        <source>Detect automatically</source>
        <translation>Détecter automatiquement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="172"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="188"/>
        <source>Map the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="190"/>
        <source>Which column holds what. User and item are required; without a rating column every row counts as an interaction.</source>
        <translation>Quelle colonne contient quoi. L’utilisateur et l’élément sont obligatoires&#xa0;; sans colonne de note, chaque ligne compte comme une interaction.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="192"/>
        <source>The first line holds the column names</source>
        <translation>La première ligne contient les noms des colonnes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="195"/>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="196"/>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="197"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="198"/>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="199"/>
        <source>Bar |</source>
        <translation>Barre verticale |</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="202"/>
        <source>Separator:</source>
        <translation>Séparateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="207"/>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="208"/>
        <source>Item:</source>
        <translation>Élément&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="209"/>
        <source>Rating:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="210"/>
        <source>Timestamp:</source>
        <translation>Horodatage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="211"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="212"/>
        <source>Genres:</source>
        <translation>Genres&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="219"/>
        <source>Names, scale and people</source>
        <translation>Noms, échelle et personnes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="220"/>
        <source>How the import appears in the project. Press Import to start; nothing is written unless the whole import succeeds.</source>
        <translation>Comment l’import apparaît dans le projet. Cliquez sur «&#xa0;Importer&#xa0;» pour commencer&#xa0;; rien n’est écrit si l’import ne réussit pas entièrement.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="225"/>
        <source>the folder or file name</source>
        <translation>le nom du dossier ou du fichier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="228"/>
        <source>e.g. &quot;my books&quot; (formats that name their own domains ignore it)</source>
        <translation>p. ex. «&#xa0;mes livres&#xa0;» (ignoré par les formats qui nomment leurs propres domaines)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="233"/>
        <source>the format&apos;s own (e.g. &quot;douban&quot;, &quot;movielens&quot;)</source>
        <translation>celui du format (p. ex. «&#xa0;douban&#xa0;», «&#xa0;movielens&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="234"/>
        <source>Users with the same id in the same namespace are the same person: give two imports one namespace when their user ids refer to the same people.</source>
        <translation>Les utilisateurs ayant le même identifiant dans le même espace de noms sont la même personne&#xa0;: donnez un seul espace de noms à deux imports lorsque leurs identifiants d’utilisateur désignent les mêmes personnes.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="237"/>
        <source>Imports that share a namespace share their users (the same id is the same person), which is what links the media.</source>
        <translation>Les imports qui partagent un espace de noms partagent leurs utilisateurs (le même identifiant désigne la même personne)&#xa0;; c’est ce qui relie les médias.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="243"/>
        <source>Override the format&apos;s rating scale:</source>
        <translation>Remplacer l’échelle de notes du format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="258"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="262"/>
        <source>Stop at the first bad row</source>
        <translation>S’arrêter à la première ligne erronée</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="263"/>
        <source>Skip bad rows and list them in the report</source>
        <translation>Ignorer les lignes erronées et les lister dans le rapport</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="275"/>
        <source>Only when you know these ids name the same people: numeric ids of unrelated datasets often coincide by chance.</source>
        <translation>Seulement si vous savez que ces identifiants désignent les mêmes personnes : les identifiants numériques de jeux de données sans lien coïncident souvent par hasard.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="281"/>
        <source>Linked: these files&apos; people join namespace &quot;%1&quot;.</source>
        <translation>Liées : les personnes de ces fichiers rejoignent l’espace de noms « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="288"/>
        <source>Source name:</source>
        <translation>Nom de la source&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="289"/>
        <source>Domain to create:</source>
        <translation>Domaine à créer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="290"/>
        <source>Domain kind:</source>
        <translation>Type de domaine&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="291"/>
        <source>User namespace:</source>
        <translation>Espace de noms des utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="293"/>
        <source>People:</source>
        <translation>Personnes :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="294"/>
        <source>Rating scale:</source>
        <translation>Échelle de notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="295"/>
        <source>Bad rows:</source>
        <translation>Lignes erronées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="304"/>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="305"/>
        <source>Reading, checking and writing the ratings in one transaction.</source>
        <translation>Lecture, vérification et écriture des notes en une seule transaction.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="309"/>
        <source>Cancel Import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="324"/>
        <source>Cleaning report</source>
        <translation>Rapport de nettoyage</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="351"/>
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="357"/>
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="390"/>
        <source>Add files or a folder.</source>
        <translation>Ajoutez des fichiers ou un dossier.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="409"/>
        <source>from the files next to it</source>
        <translation>d’après les fichiers voisins</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="419"/>
        <source>&lt;b&gt;Format not recognised&lt;/b&gt;%1 — choose one above.</source>
        <translation>&lt;b&gt;Format non reconnu&lt;/b&gt;%1 — choisissez-en un ci-dessus.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="428"/>
        <source>Detected &lt;b&gt;%1&lt;/b&gt; (%2% sure)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; détecté (certitude&#xa0;: %2 %)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="444"/>
        <source>No data file to preview.</source>
        <translation>Aucun fichier de données à prévisualiser.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="450"/>
        <source>Preview of %1: %2</source>
        <translation>Aperçu de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="486"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="488"/>
        <source>First %1 lines of &lt;b&gt;%2&lt;/b&gt; (separator %3, %4):</source>
        <translation>%1 premières lignes de &lt;b&gt;%2&lt;/b&gt; (séparateur %3, %4)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="503"/>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="508"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="567"/>
        <source>Checking whether the people of these files are already in the project…</source>
        <translation>Vérification : les personnes de ces fichiers sont-elles déjà dans le projet…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="576"/>
        <source>Could not read the files ahead: %1</source>
        <translation>Impossible de lire les fichiers à l’avance : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="581"/>
        <source>None of these files&apos; %n people has an id that is already in the project.</source>
        <translation>
            <numerusform>La %n personne de ces fichiers n’a pas d’identifiant déjà présent dans le projet.</numerusform>
            <numerusform>Aucune des %n personnes de ces fichiers n’a d’identifiant déjà présent dans le projet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="590"/>
        <source>%1 of these files&apos; %2 people have ids that already exist in namespace &quot;%3&quot; (%4). If they are the same people, link them: their ratings in both media then belong to one person, which is what connects the media.</source>
        <translation>%1 des %2 personnes de ces fichiers ont des identifiants qui existent déjà dans l’espace de noms « %3 » (%4). S’il s’agit des mêmes personnes, liez-les : leurs notes dans les deux médias appartiennent alors à une seule personne, ce qui relie les médias.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="596"/>
        <source>Link them</source>
        <translation>Les lier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="613"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="661"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="672"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="677"/>
        <source>Imported %1 rows into %2 (%3 rejected)</source>
        <translation>%1 lignes importées dans %2 (%3 rejetées)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="681"/>
        <source>Import failed: %1</source>
        <translation>Échec de l’import&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="692"/>
        <source>&lt;b&gt;Imported.&lt;/b&gt; Everything below was written to %1 in one transaction.</source>
        <translation>&lt;b&gt;Importé.&lt;/b&gt; Tout ce qui suit a été écrit dans %1 en une seule transaction.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="695"/>
        <source>&lt;b&gt;Nothing was imported:&lt;/b&gt; %1 — the project is unchanged.</source>
        <translation>&lt;b&gt;Rien n’a été importé&#xa0;:&lt;/b&gt; %1 — le projet est inchangé.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="703"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="704"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="705"/>
        <source>User namespace</source>
        <translation>Espace de noms des utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="706"/>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="707"/>
        <source>Rows kept</source>
        <translation>Lignes conservées</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="708"/>
        <source>Rows rejected</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="709"/>
        <source>Duplicates resolved (latest kept)</source>
        <translation>Doublons résolus (le plus récent est conservé)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="710"/>
        <source>Ratings replacing earlier ones</source>
        <translation>Notes remplaçant des notes antérieures</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="711"/>
        <source>Fields re-encoded from Latin-1</source>
        <translation>Champs réencodés depuis Latin-1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="712"/>
        <source>Fields trimmed</source>
        <translation>Champs rognés</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="717"/>
        <source>New users / items</source>
        <translation>Nouveaux utilisateurs / éléments</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="718"/>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="721"/>
        <source>&lt;h4&gt;Domains&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Domaines&lt;/h4&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="724"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="724"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="724"/>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="724"/>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="752"/>
        <source>&lt;h4&gt;Notes&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h4&gt;Remarques&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="758"/>
        <source>&lt;h4&gt;Rejected rows&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Lignes rejetées&lt;/h4&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="760"/>
        <source>&lt;p&gt;The first %1 of %2:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les %1 premières sur %2&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="763"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="763"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="763"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="713"/>
        <source>Text fields with control characters replaced</source>
        <translation>Champs texte aux caractères de contrôle remplacés</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="714"/>
        <source>Feedback</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="714"/>
        <source>ratings %1–%2 (explicit)</source>
        <translation>notes %1–%2 (explicites)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="716"/>
        <source>interactions (implicit)</source>
        <translation>interactions (implicites)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="733"/>
        <source>&lt;p&gt;&lt;small&gt;Feedback type: %1&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Type de retour : %1&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="737"/>
        <source>&lt;h4&gt;People shared with earlier imports&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h4&gt;Personnes communes avec des imports précédents&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="742"/>
        <source>&lt;li&gt;%1 of the %2 people of this import have ids that also exist in namespace &lt;b&gt;%3&lt;/b&gt; (%4).&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 des %2 personnes de cet import ont des identifiants qui existent aussi dans l’espace de noms &lt;b&gt;%3&lt;/b&gt; (%4).&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="747"/>
        <source>&lt;/ul&gt;&lt;p&gt;They are kept apart as different people. If they are the same people, import these files again with that user namespace (on the options page, into a project without this import) so their tastes connect across media.&lt;/p&gt;</source>
        <translation>&lt;/ul&gt;&lt;p&gt;Elles sont gardées à part comme des personnes différentes. S’il s’agit des mêmes personnes, importez à nouveau ces fichiers avec cet espace de noms d’utilisateurs (page des options, dans un projet sans cet import) afin que leurs goûts se relient d’un média à l’autre.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kindred::ui::KindredMatchGauge</name>
    <message>
        <location filename="../ui/plots/KindredMatchGauge.cpp" line="38"/>
        <source>Cosine of the two taste vectors: 1 = same taste, 0 = unrelated, −1 = opposite</source>
        <translation>Cosinus des deux vecteurs de goût&#xa0;: 1 = mêmes goûts, 0 = sans rapport, −1 = opposés</translation>
    </message>
    <message>
        <location filename="../ui/plots/KindredMatchGauge.cpp" line="46"/>
        <source>Taste match appears after Recommend</source>
        <translation>La correspondance des goûts s’affiche après «&#xa0;Recommander&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/plots/KindredMatchGauge.cpp" line="95"/>
        <source>taste match (cosine)</source>
        <translation>affinité (cosinus)</translation>
    </message>
    <message>
        <location filename="../ui/plots/KindredMatchGauge.cpp" line="124"/>
        <source>Per medium</source>
        <translation>Par média</translation>
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
            <numerusform>%n élément noté en commun&#xa0;: </numerusform>
            <numerusform>%n éléments notés en commun&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/plots/KindredMatchGauge.cpp" line="158"/>
        <source>%1 agree, %2 disagree</source>
        <translation>%1 en accord, %2 en désaccord</translation>
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
cosinus %3, %4 éléments notés en commun, |écart| moyen %5</translation>
    </message>
    <message>
        <location filename="../ui/models/KindredUsersModel.cpp" line="53"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/models/KindredUsersModel.cpp" line="54"/>
        <source>Cosine</source>
        <translation>Cosinus</translation>
    </message>
    <message>
        <location filename="../ui/models/KindredUsersModel.cpp" line="55"/>
        <source>Co-rated</source>
        <translation>Communs</translation>
    </message>
    <message>
        <location filename="../ui/models/KindredUsersModel.cpp" line="56"/>
        <source>Agree</source>
        <translation>Accord</translation>
    </message>
</context>
<context>
    <name>kindred::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="128"/>
        <source>Import ratings from files or a folder into the open project</source>
        <translation>Importer des notes depuis des fichiers ou un dossier dans le projet ouvert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>&amp;About Kindred</source>
        <translation>À &amp;propos de Kindred</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="166"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178"/>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="247"/>
        <source>Clear List</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <source>Kindred projects (*.kindred)</source>
        <translation>Projets Kindred (*.kindred)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="269"/>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="270"/>
        <source>Kindred projects (*.kindred);;All files (*)</source>
        <translation>Projets Kindred (*.kindred);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="278"/>
        <source>The bundled sample data was not found; use File → Open… or New…</source>
        <translation>Les données d’exemple fournies sont introuvables&#xa0;; utilisez Fichier → Ouvrir… ou Nouveau…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="292"/>
        <source>Sample project opened with problems: %1</source>
        <translation>Projet d’exemple ouvert avec des problèmes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="293"/>
        <source>Could not build the sample project: %1</source>
        <translation>Impossible de créer le projet d’exemple&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="295"/>
        <source>Building the sample project</source>
        <translation>Création du projet d’exemple</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="301"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="302"/>
        <source>Open or create a project first (File → New… or Open…); the import adds to it.</source>
        <translation>Ouvrez ou créez d’abord un projet (Fichier → Nouveau… ou Ouvrir…)&#xa0;; l’import y est ajouté.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="344"/>
        <source>About Kindred</source>
        <translation>À propos de Kindred</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="345"/>
        <source>&lt;h3&gt;Kindred %1&lt;/h3&gt;&lt;p&gt;Cross-media taste explorer: finds what people who share your taste in one medium enjoy in another.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dataset credits&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;MovieLens&lt;/b&gt; — GroupLens Research, University of Minnesota. F. Maxwell Harper and Joseph A. Konstan. 2015. &lt;i&gt;The MovieLens Datasets: History and Context.&lt;/i&gt; ACM TiiS 5(4).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Douban&lt;/b&gt; — DTCDR: Feng Zhu et al., &lt;i&gt;A Framework for Dual-Target Cross-Domain Recommendation&lt;/i&gt;, CIKM 2019; GA-DTCDR: Feng Zhu et al., &lt;i&gt;A Graphical and Attentional Framework for Dual-Target Cross-Domain Recommendation&lt;/i&gt;, IJCAI 2020.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Kindred %1&lt;/h3&gt;&lt;p&gt;Explorateur de goûts multimédia&#xa0;: trouve ce que les personnes qui partagent vos goûts dans un média apprécient dans un autre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Crédits des jeux de données&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;MovieLens&lt;/b&gt; — GroupLens Research, University of Minnesota. F. Maxwell Harper et Joseph A. Konstan. 2015. &lt;i&gt;The MovieLens Datasets: History and Context.&lt;/i&gt; ACM TiiS 5(4).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Douban&lt;/b&gt; — DTCDR&#xa0;: Feng Zhu et al., &lt;i&gt;A Framework for Dual-Target Cross-Domain Recommendation&lt;/i&gt;, CIKM 2019&#xa0;; GA-DTCDR&#xa0;: Feng Zhu et al., &lt;i&gt;A Graphical and Attentional Framework for Dual-Target Cross-Domain Recommendation&lt;/i&gt;, IJCAI 2020.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>The project&apos;s data changed; every panel shows it now</source>
        <translation>Les données du projet ont changé ; tous les panneaux les affichent maintenant</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>The project&apos;s models changed; the model lists show them now</source>
        <translation>Les modèles du projet ont changé ; les listes de modèles les affichent maintenant</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <source>The language changes the next time Kindred starts.</source>
        <translation>La langue change au prochain démarrage de Kindred.</translation>
    </message>
</context>
<context>
    <name>kindred::ui::ModelParameterForm</name>
    <message>
        <location filename="../ui/widgets/ModelParameterForm.cpp" line="40"/>
        <source>More settings</source>
        <translation>Plus de paramètres</translation>
    </message>
</context>
<context>
    <name>kindred::ui::OverviewPanel</name>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="107"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="107"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="107"/>
        <location filename="../ui/panels/OverviewPanel.cpp" line="201"/>
        <location filename="../ui/panels/OverviewPanel.cpp" line="226"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="107"/>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="107"/>
        <location filename="../ui/panels/OverviewPanel.cpp" line="193"/>
        <location filename="../ui/panels/OverviewPanel.cpp" line="254"/>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="107"/>
        <source>Mean value (0–1)</source>
        <translation>Valeur moyenne (0–1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="115"/>
        <source>Ratings per domain</source>
        <translation>Notes par domaine</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="116"/>
        <location filename="../ui/panels/OverviewPanel.cpp" line="243"/>
        <source>Rating histogram</source>
        <translation>Histogramme des notes</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="152"/>
        <source>No project open.</source>
        <translation>Aucun projet ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="155"/>
        <source>Computing statistics for %1…</source>
        <translation>Calcul des statistiques de %1…</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="161"/>
        <source>Could not read statistics: %1</source>
        <translation>Impossible de lire les statistiques&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="162"/>
        <source>Overview: %1</source>
        <translation>Vue d’ensemble&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="169"/>
        <source>&lt;b&gt;%1&lt;/b&gt; users · &lt;b&gt;%2&lt;/b&gt; items · &lt;b&gt;%3&lt;/b&gt; ratings · &lt;b&gt;%4&lt;/b&gt; sources · &lt;b&gt;%5&lt;/b&gt; users rate in several domains</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; utilisateurs · &lt;b&gt;%2&lt;/b&gt; éléments · &lt;b&gt;%3&lt;/b&gt; notes · &lt;b&gt;%4&lt;/b&gt; sources · &lt;b&gt;%5&lt;/b&gt; utilisateurs notent dans plusieurs domaines</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="223"/>
        <source>Users shared across media (needs two media or more)</source>
        <translation>Utilisateurs communs à plusieurs médias (à partir de deux médias)</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="253"/>
        <source>Rating histogram: %1</source>
        <translation>Histogramme des notes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.h" line="30"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="117"/>
        <source>Users by number of ratings</source>
        <translation>Utilisateurs par nombre de notes</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="118"/>
        <location filename="../ui/panels/OverviewPanel.cpp" line="225"/>
        <source>Users shared across media</source>
        <translation>Utilisateurs communs aux médias</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverviewPanel.cpp" line="204"/>
        <source>Ratings per user (from)</source>
        <translation>Notes par utilisateur (à partir de)</translation>
    </message>
</context>
<context>
    <name>kindred::ui::PairDetailsView</name>
    <message>
        <source>History item</source>
        <translation type="vanished">Élément de l’historique</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="58"/>
        <source>Rated</source>
        <translation>Noté</translation>
    </message>
    <message>
        <source>Δ score</source>
        <translation type="vanished">Δ score</translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="vanished">Part</translation>
    </message>
    <message>
        <source>Contribution: the score drop when this item is left out of the history (0..1 units)</source>
        <translation type="vanished">Contribution&#xa0;: la baisse du score quand cet élément est retiré de l’historique (unités 0..1)</translation>
    </message>
    <message>
        <source>Share of what the listed items claim together</source>
        <translation type="vanished">Part de ce que les éléments listés revendiquent ensemble</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="73"/>
        <source>▲ Like (%1)</source>
        <translation>▲ J’aime (%1)</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="75"/>
        <source>▼ Dislike (%1)</source>
        <translation>▼ Je n’aime pas (%1)</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="76"/>
        <source>Store a thumbs up for this person and re-score (the profile moves towards the item)</source>
        <translation>Enregistrer un pouce levé pour cette personne et recalculer les scores (le profil se rapproche de l’élément)</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="77"/>
        <source>Store a thumbs down for this person and re-score</source>
        <translation>Enregistrer un pouce baissé pour cette personne et recalculer les scores</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="99"/>
        <source>&lt;i&gt;Select a recommendation to see why it was chosen&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sélectionnez une recommandation pour voir pourquoi elle a été choisie&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; pair score %3</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; score de paire %3</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;predicted %3 &lt;small&gt;(score %4)&lt;/small&gt;</source>
        <translation type="vanished">&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;prédit %3 &lt;small&gt;(score %4)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="198"/>
        <source>No explanation computed</source>
        <translation>Aucune explication calculée</translation>
    </message>
    <message>
        <source>The listed items account for %1 of the score: %2 one by one, %3 together</source>
        <translation type="vanished">Les éléments listés représentent %1 du score&#xa0;: %2 un par un, %3 ensemble</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="217"/>
        <source>%1 — similarity %2</source>
        <translation>%1 — similarité %2</translation>
    </message>
    <message>
        <source>interaction (remainder)</source>
        <translation type="vanished">interaction (reste)</translation>
    </message>
    <message>
        <source>claimed − sum of the single leave-one-out contributions</source>
        <translation type="vanished">revendiqué − somme des contributions leave-one-out individuelles</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="257"/>
        <source>&lt;small&gt;No genre shared with liked items&lt;/small&gt;</source>
        <translation>&lt;small&gt;Aucun genre en commun avec les éléments appréciés&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="258"/>
        <source>&lt;small&gt;Shared genres: %1&lt;/small&gt;</source>
        <translation>&lt;small&gt;Genres communs&#xa0;: %1&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="58"/>
        <source>Because of</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="58"/>
        <source>Adds</source>
        <translation>Apport</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="58"/>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="59"/>
        <source>What this adds to the person&apos;s score, in the score&apos;s own units</source>
        <translation>Ce que cela ajoute au score de la personne, dans les unités du score</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="60"/>
        <source>Its part of everything that moves the score (shown only when that is a real part of the score)</source>
        <translation>Sa part de tout ce qui fait varier le score (affichée seulement quand c’est une vraie part du score)</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="129"/>
        <source>chose &lt;i&gt;%1&lt;/i&gt;</source>
        <translation>a choisi &lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="130"/>
        <source>loved &lt;i&gt;%1&lt;/i&gt; (%2)</source>
        <translation>a adoré &lt;i&gt;%1&lt;/i&gt; (%2)</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="131"/>
        <source>liked &lt;i&gt;%1&lt;/i&gt; (%2)</source>
        <translation>a aimé &lt;i&gt;%1&lt;/i&gt; (%2)</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="134"/>
        <source>rated &lt;i&gt;%1&lt;/i&gt; (%2)</source>
        <translation>a noté &lt;i&gt;%1&lt;/i&gt; (%2)</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="160"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; pair score %3 &lt;small&gt;(0..1)&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; score de paire %3 &lt;small&gt;(0..1)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="168"/>
        <source>Because %1 %2 and %3 %4.</source>
        <translation>Car %1 %2 et %3 %4.</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="170"/>
        <location filename="../ui/plots/PairDetailsView.cpp" line="172"/>
        <source>Because %1 %2.</source>
        <translation>Car %1 %2.</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="189"/>
        <source>top %1% of %2</source>
        <translation>top %1&#xa0;% de %2</translation>
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
        <translation>%1&lt;br&gt;note prédite %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="204"/>
        <source>Ranking score %1; the rows below add up to it exactly. Their own ratings carry %2% of what moves it.</source>
        <translation>Score de classement %1&#xa0;; les lignes ci-dessous en donnent exactement la somme. Ses propres notes pèsent pour %2&#xa0;% de ce qui le fait varier.</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="209"/>
        <source>Score %1; the listed items account for %2 of it: %3 one by one, %4 together</source>
        <translation>Score %1&#xa0;; les éléments listés en représentent %2&#xa0;: %3 un par un, %4 ensemble</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plots/PairDetailsView.cpp" line="233"/>
        <source>%n other rating(s)</source>
        <translation>
            <numerusform>%n autre note</numerusform>
            <numerusform>%n autres notes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="234"/>
        <source>What the rest of this person&apos;s ratings add together</source>
        <translation>Ce qu’apportent ensemble les autres notes de cette personne</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="236"/>
        <source>the item&apos;s appeal</source>
        <translation>l’attrait de l’élément</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="236"/>
        <source>The same for everyone: how much people who rate this medium choose this item</source>
        <translation>Identique pour tous&#xa0;: à quel point les personnes qui notent ce média choisissent cet élément</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="240"/>
        <source>people like them</source>
        <translation>les personnes qui lui ressemblent</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="240"/>
        <source>What their age group, gender and occupation add</source>
        <translation>Ce qu’apportent sa tranche d’âge, son sexe et sa profession</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="243"/>
        <source>kindred users (%1 %)</source>
        <translation>utilisateurs aux goûts proches (%1 %)</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="244"/>
        <source>New to this medium (at most 3 ratings in it), so the people whose ratings most resemble theirs count too: %1 % of them (weighted by how alike they are) rated this item</source>
        <translation>Nouveau dans ce média (au plus 3 notes), les personnes dont les notes ressemblent le plus aux siennes comptent donc aussi : %1 % d&apos;entre elles (pondérées selon leur ressemblance) ont noté cet élément</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="249"/>
        <source>the listed items together</source>
        <translation>les éléments listés ensemble</translation>
    </message>
    <message>
        <location filename="../ui/plots/PairDetailsView.cpp" line="250"/>
        <source>What removing all listed items at once changes beyond their single contributions</source>
        <translation>Ce que change le retrait simultané de tous les éléments listés, au-delà de leurs contributions individuelles</translation>
    </message>
</context>
<context>
    <name>kindred::ui::PairPanel</name>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="67"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="122"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="131"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="144"/>
        <source>Type a user id…</source>
        <translation>Saisissez un identifiant d’utilisateur…</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="149"/>
        <source>Person A: type to search user ids</source>
        <translation>Personne A&#xa0;: saisissez pour rechercher des identifiants d’utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="150"/>
        <source>Person B: type to search user ids</source>
        <translation>Personne B&#xa0;: saisissez pour rechercher des identifiants d’utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="151"/>
        <source>New user from ratings…</source>
        <translation>Nouvel utilisateur à partir de notes…</translation>
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
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="160"/>
        <source>Recommend items of the checked media only</source>
        <translation>Recommander uniquement des éléments des médias cochés</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="163"/>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="164"/>
        <source>Least misery</source>
        <translation>Moindre mécontentement</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="165"/>
        <source>Most pleasure</source>
        <translation>Plus grand plaisir</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="166"/>
        <source>Fairness (GFAR)</source>
        <translation>Équité (GFAR)</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="167"/>
        <source>Borda count</source>
        <translation>Méthode de Borda</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="174"/>
        <source>MMR λ: 1 = relevance only, lower = more diverse</source>
        <translation>λ MMR&#xa0;: 1 = pertinence seule, plus bas = plus diversifié</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="185"/>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="186"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="187"/>
        <source>Diversity λ</source>
        <translation>λ de diversité</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="188"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="190"/>
        <source>Recommend</source>
        <translation>Recommander</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="194"/>
        <source>Kindred users of A</source>
        <translation>Utilisateurs aux goûts proches de A</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="196"/>
        <source>Find kindred users</source>
        <translation>Trouver des utilisateurs aux goûts proches</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="207"/>
        <source>Select a user to make them person B</source>
        <translation>Sélectionnez un utilisateur pour en faire la personne B</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="249"/>
        <source>Open a project</source>
        <translation>Ouvrez un projet</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="257"/>
        <source>No model yet — train one in Training (mf, autorec or siamese)</source>
        <translation>Aucun modèle pour l’instant — entraînez-en un dans «&#xa0;Entraînement&#xa0;» (mf, autorec ou siamese)</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="272"/>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="283"/>
        <source>%1 model %2, created %3
%4</source>
        <translation>Modèle %1 %2, créé le %3
%4</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.cpp" line="327"/>
        <source>Model loaded: %1 users, %2 items</source>
        <translation>Modèle chargé&#xa0;: %1 utilisateurs, %2 éléments</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/PairPanel.cpp" line="362"/>
        <location filename="../ui/panels/PairPanelActions.cpp" line="319"/>
        <source>★ %1 (new, %n rating(s))</source>
        <translation>
            <numerusform>★ %1 (nouveau, %n note)</numerusform>
            <numerusform>★ %1 (nouveau, %n notes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanel.h" line="51"/>
        <source>Pairs</source>
        <translation>Paires</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="51"/>
        <source>Loading model %1…</source>
        <translation>Chargement du modèle %1…</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="60"/>
        <source>Could not load model %1: %2</source>
        <translation>Impossible de charger le modèle %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="64"/>
        <source>The model could not be loaded</source>
        <translation>Le modèle n’a pas pu être chargé</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="129"/>
        <source>No model loaded</source>
        <translation>Aucun modèle chargé</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="140"/>
        <source>Choose person %1 from the list</source>
        <translation>Choisissez la personne %1 dans la liste</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="146"/>
        <source>Check at least one medium</source>
        <translation>Cochez au moins un média</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="152"/>
        <source>Recommending…</source>
        <translation>Calcul des recommandations…</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="161"/>
        <source>Recommendation failed: %1</source>
        <translation>Échec de la recommandation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="187"/>
        <source>Mixed: %1 — by predicted ratings on one 0..1 scale</source>
        <translation>Mélange : %1 — selon les notes prédites sur une même échelle 0..1</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="188"/>
        <source>Mixed: %1 — each item stands where it ranks among each person&apos;s scores of its own medium, so media with different score ranges mix fairly</source>
        <translation>Mélange : %1 — chaque élément se place selon son rang parmi les scores de chaque personne dans son propre média, pour que des médias aux échelles de scores différentes se mélangent équitablement</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="200"/>
        <source>&lt;b&gt;%1&lt;/b&gt; items from %2 candidates &amp;nbsp;·&amp;nbsp; intra-list diversity &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;·&amp;nbsp; coverage %4% &amp;nbsp;·&amp;nbsp; %5, λ&amp;nbsp;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; éléments parmi %2 candidats &amp;nbsp;·&amp;nbsp; diversité intra-liste &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;·&amp;nbsp; couverture %4 % &amp;nbsp;·&amp;nbsp; %5, λ&amp;nbsp;%6</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="210"/>
        <source>Nothing left to recommend: %1 and %2 rated every candidate of the checked media</source>
        <translation>Plus rien à recommander&#xa0;: %1 et %2 ont noté tous les candidats des médias cochés</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="212"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="223"/>
        <source>Kindred users need a known user as A (not a new one)</source>
        <translation>Les utilisateurs aux goûts proches exigent un utilisateur connu comme A (pas un nouveau)</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="234"/>
        <source>Kindred users: %1</source>
        <translation>Utilisateurs aux goûts proches&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="260"/>
        <source>%1 %2 on %3</source>
        <translation>%1 pour %2 sur %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="261"/>
        <source>thumbs up</source>
        <translation>pouce levé</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="261"/>
        <source>thumbs down</source>
        <translation>pouce baissé</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="272"/>
        <source>Applied %1 (kept for this session)</source>
        <translation>%1 appliqué (conservé pour cette session)</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="282"/>
        <source>Feedback not stored: %1</source>
        <translation>Retour non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="286"/>
        <source>Stored %1; re-scoring</source>
        <translation>%1 enregistré&#xa0;; recalcul des scores</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="294"/>
        <source>Load a model first</source>
        <translation>Chargez d’abord un modèle</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="297"/>
        <source>New user %1</source>
        <translation>Nouvel utilisateur %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="311"/>
        <source>Could not make a profile for %1: %2</source>
        <translation>Impossible de créer un profil pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="322"/>
        <source>%1 added as person B</source>
        <translation>%1 ajouté comme personne B</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="333"/>
        <source>Model %1 cannot recommend pairs</source>
        <translation>Le modèle %1 ne peut pas recommander de paires</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="352"/>
        <source>%1 or %2 is not among this model&apos;s people</source>
        <translation>%1 ou %2 ne fait pas partie des personnes de ce modèle</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="355"/>
        <source>From the explorer: %1</source>
        <translation>Depuis l’explorateur : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="372"/>
        <source>Export recommendations</source>
        <translation>Exporter les recommandations</translation>
    </message>
    <message>
        <location filename="../ui/panels/PairPanelActions.cpp" line="373"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/PairPanelActions.cpp" line="384"/>
        <source>Exported %n item(s) to %1</source>
        <translation>
            <numerusform>%n élément exporté vers %1</numerusform>
            <numerusform>%n éléments exportés vers %1</numerusform>
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
A&#xa0;: %2 (score %3)
B&#xa0;: %4 (score %5)
score de paire %6, étape MMR %7</translation>
    </message>
    <message>
        <location filename="../ui/models/PairResultsModel.cpp" line="100"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/models/PairResultsModel.cpp" line="101"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../ui/models/PairResultsModel.cpp" line="102"/>
        <source>Medium</source>
        <translation>Média</translation>
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
        <translation>Paire</translation>
    </message>
    <message>
        <location filename="../ui/models/PairResultsModel.cpp" line="143"/>
        <location filename="../ui/models/PairResultsModel.cpp" line="200"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/PairResultsModel.cpp" line="62"/>
        <source>%1
A: %2
B: %3
pair score %4 (0..1), MMR step %5</source>
        <translation>%1
A&#xa0;: %2
B&#xa0;: %3
score de paire %4 (0..1), étape MMR %5</translation>
    </message>
    <message>
        <location filename="../ui/models/PairResultsModel.cpp" line="73"/>
        <source>top %1%</source>
        <translation>top %1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/models/PairResultsModel.cpp" line="84"/>
        <source>in the top %1% of %2 for them</source>
        <translation>dans le top %1&#xa0;% de %2 pour cette personne</translation>
    </message>
    <message>
        <location filename="../ui/models/PairResultsModel.cpp" line="87"/>
        <source>score %1, %2</source>
        <translation>score %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/models/PairResultsModel.cpp" line="88"/>
        <source>predicted rating %1, %2 (score %3)</source>
        <translation>note prédite %1, %2 (score %3)</translation>
    </message>
</context>
<context>
    <name>kindred::ui::RatingsTableModel</name>
    <message>
        <location filename="../ui/models/RatingsTableModel.cpp" line="70"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/models/RatingsTableModel.cpp" line="71"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../ui/models/RatingsTableModel.cpp" line="72"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../ui/models/RatingsTableModel.cpp" line="73"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/models/RatingsTableModel.cpp" line="74"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/models/RatingsTableModel.cpp" line="139"/>
        <source>Could not read ratings: %1</source>
        <translation>Impossible de lire les notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not count ratings: %1</source>
        <translation type="vanished">Impossible de compter les notes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>kindred::ui::SampleProjectBuilder</name>
    <message>
        <location filename="../ui/workers/SampleProjectBuilder.cpp" line="111"/>
        <source>MovieLens sample: %1</source>
        <translation>Exemple MovieLens&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/workers/SampleProjectBuilder.cpp" line="119"/>
        <location filename="../ui/workers/SampleProjectBuilder.cpp" line="132"/>
        <source>Building the sample project was cancelled</source>
        <translation>La création du projet d’exemple a été annulée</translation>
    </message>
    <message>
        <location filename="../ui/workers/SampleProjectBuilder.cpp" line="120"/>
        <source>Douban sample: %1</source>
        <translation>Exemple Douban&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/workers/SampleProjectBuilder.cpp" line="136"/>
        <source>First projection: %1</source>
        <translation>Première projection : %1</translation>
    </message>
    <message>
        <location filename="../ui/workers/SampleProjectBuilder.cpp" line="140"/>
        <source>Could not move %1 to %2</source>
        <translation>Impossible de déplacer %1 vers %2</translation>
    </message>
    <message>
        <location filename="../ui/workers/SampleProjectBuilder.cpp" line="125"/>
        <source>First model (trained with the sample)</source>
        <translation>Premier modèle (entraîné avec l’exemple)</translation>
    </message>
    <message>
        <location filename="../ui/workers/SampleProjectBuilder.cpp" line="134"/>
        <source>First model: %1</source>
        <translation>Premier modèle&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>kindred::ui::ScatterView3D</name>
    <message>
        <location filename="../ui/plots/ScatterView3D.cpp" line="131"/>
        <source>Axis 1</source>
        <translation>Axe 1</translation>
    </message>
    <message>
        <location filename="../ui/plots/ScatterView3D.cpp" line="132"/>
        <location filename="../ui/plots/ScatterView3D.cpp" line="213"/>
        <location filename="../ui/plots/ScatterView3D.cpp" line="216"/>
        <source>Axis 2</source>
        <translation>Axe 2</translation>
    </message>
    <message>
        <location filename="../ui/plots/ScatterView3D.cpp" line="133"/>
        <location filename="../ui/plots/ScatterView3D.cpp" line="216"/>
        <source>Axis 3</source>
        <translation>Axe 3</translation>
    </message>
    <message>
        <location filename="../ui/plots/ScatterView3D.cpp" line="136"/>
        <source>3D view unavailable: this display has no OpenGL.
Search, selection and neighbours still work.</source>
        <translation>Vue 3D indisponible&#xa0;: cet affichage ne prend pas en charge OpenGL.
La recherche, la sélection et les voisins fonctionnent toujours.</translation>
    </message>
    <message>
        <location filename="../ui/plots/ScatterView3D.cpp" line="384"/>
        <source>Taste trajectory</source>
        <translation>Trajectoire des goûts</translation>
    </message>
    <message>
        <location filename="../ui/plots/ScatterView3D.cpp" line="395"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
</context>
<context>
    <name>kindred::ui::ScreenshotTaker</name>
    <message>
        <location filename="../ui/ScreenshotTaker.cpp" line="20"/>
        <source>The %1 panel was not ready after %2 s; no screenshot taken</source>
        <translation>Le panneau %1 n’était pas prêt après %2 s&#xa0;; aucune capture d’écran prise</translation>
    </message>
    <message>
        <location filename="../ui/ScreenshotTaker.cpp" line="45"/>
        <source>Could not write the screenshot to %1</source>
        <translation>Impossible d’écrire la capture d’écran dans %1</translation>
    </message>
</context>
<context>
    <name>kindred::ui::SearchPanel</name>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="66"/>
        <source>Start Search</source>
        <translation>Lancer la recherche</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="67"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="73"/>
        <source>kind&apos;s default</source>
        <translation>valeur par défaut du type</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="75"/>
        <source>full grid</source>
        <translation>grille complète</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="76"/>
        <source>RMSE (lower is better)</source>
        <translation>RMSE (plus bas = meilleur)</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="77"/>
        <source>NDCG@10 (higher is better)</source>
        <translation>NDCG@10 (plus haut = meilleur)</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="81"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="83"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="84"/>
        <source>Epochs:</source>
        <translation>Époques&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="85"/>
        <source>Values to try (comma-separated; empty = default)</source>
        <translation>Valeurs à essayer (séparées par des virgules&#xa0;; vide = par défaut)</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="87"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="89"/>
        <source>Trials:</source>
        <translation>Essais&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="90"/>
        <source>Choose by:</source>
        <translation>Choisir selon&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="91"/>
        <source>Seed:</source>
        <translation>Graine&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="152"/>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="188"/>
        <source>Type the values to try for at least one hyper-parameter.</source>
        <translation>Saisissez les valeurs à essayer pour au moins un hyperparamètre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/SearchPanel.cpp" line="200"/>
        <source>%n trial(s) on one split; the best on validation is kept</source>
        <translation>
            <numerusform>%n essai sur un découpage&#xa0;; le meilleur en validation est conservé</numerusform>
            <numerusform>%n essais sur un découpage&#xa0;; le meilleur en validation est conservé</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="238"/>
        <source>Open a project to search.</source>
        <translation>Ouvrez un projet pour lancer une recherche.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="238"/>
        <source>Loading stored searches…</source>
        <translation>Chargement des recherches enregistrées…</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="252"/>
        <source>No search yet: pick a kind, type values to try and press Start Search.</source>
        <translation>Aucune recherche pour l’instant&#xa0;: choisissez un type, saisissez des valeurs à essayer et cliquez sur «&#xa0;Lancer la recherche&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="258"/>
        <source>Search %1 (%2, %3, chosen by validation %4)%5: %6</source>
        <translation>Recherche %1 (%2, %3, choix selon la %4 de validation)%5&#xa0;: %6</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="262"/>
        <source>, cancelled</source>
        <translation>, annulée</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="263"/>
        <source>best kept as model %1</source>
        <translation>meilleur conservé comme modèle %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="264"/>
        <source>its best model was deleted since</source>
        <translation>son meilleur modèle a été supprimé depuis</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="298"/>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="311"/>
        <source>Trial %1 of %2 finished</source>
        <translation>Essai %1 sur %2 terminé</translation>
    </message>
    <message>
        <location filename="../ui/panels/SearchPanel.h" line="32"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
</context>
<context>
    <name>kindred::ui::SearchTrialsModel</name>
    <message>
        <location filename="../ui/models/SearchTrialsModel.cpp" line="83"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../ui/models/SearchTrialsModel.cpp" line="96"/>
        <source>model %1</source>
        <translation>modèle %1</translation>
    </message>
    <message>
        <location filename="../ui/models/SearchTrialsModel.cpp" line="105"/>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <location filename="../ui/models/SearchTrialsModel.cpp" line="109"/>
        <source>Val. RMSE</source>
        <translation>RMSE val.</translation>
    </message>
    <message>
        <location filename="../ui/models/SearchTrialsModel.cpp" line="110"/>
        <source>Val. NDCG@10</source>
        <translation>NDCG@10 val.</translation>
    </message>
    <message>
        <location filename="../ui/models/SearchTrialsModel.cpp" line="111"/>
        <source>Test RMSE</source>
        <translation>RMSE test</translation>
    </message>
    <message>
        <location filename="../ui/models/SearchTrialsModel.cpp" line="112"/>
        <source>Test NDCG@10</source>
        <translation>NDCG@10 test</translation>
    </message>
    <message>
        <location filename="../ui/models/SearchTrialsModel.cpp" line="113"/>
        <source>Time (s)</source>
        <translation>Durée (s)</translation>
    </message>
    <message>
        <location filename="../ui/models/SearchTrialsModel.cpp" line="114"/>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
</context>
<context>
    <name>kindred::ui::SearchWorker</name>
    <message>
        <location filename="../ui/workers/SearchWorker.cpp" line="64"/>
        <source>Search cancelled before a trial finished</source>
        <translation>Recherche annulée avant la fin d’un essai</translation>
    </message>
    <message>
        <location filename="../ui/workers/SearchWorker.cpp" line="65"/>
        <source>Every trial failed; hover over a row for the reason</source>
        <translation>Tous les essais ont échoué&#xa0;; survolez une ligne pour en voir la raison</translation>
    </message>
    <message>
        <location filename="../ui/workers/SearchWorker.cpp" line="67"/>
        <source>Best on validation: trial %1, kept as model %2</source>
        <translation>Meilleur en validation&#xa0;: essai %1, conservé comme modèle %2</translation>
    </message>
    <message>
        <location filename="../ui/workers/SearchWorker.cpp" line="69"/>
        <source>Cancelled after %1 of %2 trials. %3</source>
        <translation>Annulée après %1 essais sur %2. %3</translation>
    </message>
</context>
<context>
    <name>kindred::ui::StoredModelsModel</name>
    <message>
        <location filename="../ui/models/StoredModelsModel.cpp" line="88"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/models/StoredModelsModel.cpp" line="90"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/models/StoredModelsModel.cpp" line="92"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../ui/models/StoredModelsModel.cpp" line="94"/>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <location filename="../ui/models/StoredModelsModel.cpp" line="110"/>
        <source>Stored models: %1</source>
        <translation>Modèles enregistrés&#xa0;: %1</translation>
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
        <translation>Époque</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="76"/>
        <location filename="../ui/panels/TrainingPanel.cpp" line="406"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="77"/>
        <location filename="../ui/panels/TrainingPanel.cpp" line="391"/>
        <source>No training yet: choose a model and press Start</source>
        <translation>Aucun entraînement pour l’instant&#xa0;: choisissez un modèle et cliquez sur «&#xa0;Démarrer&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="79"/>
        <source>Log scale</source>
        <translation>Échelle log.</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="80"/>
        <source>Follow newest</source>
        <translation>Suivre les plus récents</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="83"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="85"/>
        <source>Fit all points (drag to zoom, wheel to zoom, Shift+drag or middle-drag to pan)</source>
        <translation>Ajuster à tous les points (glisser ou molette pour zoomer, Maj+glisser ou glisser avec le bouton du milieu pour déplacer)</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="99"/>
        <source>&lt;b&gt;Loss curves&lt;/b&gt;</source>
        <translation>&lt;b&gt;Courbes de perte&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="136"/>
        <source>Check models to compare their validation curves; select one to show its epochs</source>
        <translation>Cochez des modèles pour comparer leurs courbes de validation&#xa0;; sélectionnez-en un pour afficher ses époques</translation>
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
        <translation>RMSE de validation par époque</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="149"/>
        <source>&lt;b&gt;Compare&lt;/b&gt; (check models below)</source>
        <translation>&lt;b&gt;Comparer&lt;/b&gt; (cochez des modèles ci-dessous)</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="170"/>
        <source>Stored models</source>
        <translation>Modèles enregistrés</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="171"/>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="207"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Siamese two-tower (cross-media)</source>
        <translation type="vanished">Two-tower siamois (multimédia)</translation>
    </message>
    <message>
        <source>Biased matrix factorisation</source>
        <translation type="vanished">Factorisation matricielle avec biais</translation>
    </message>
    <message>
        <source>Bias baseline (ALS)</source>
        <translation type="vanished">Référence à biais (ALS)</translation>
    </message>
    <message>
        <source>Item kNN</source>
        <translation type="vanished">kNN sur les éléments</translation>
    </message>
    <message>
        <source>Popularity</source>
        <translation type="vanished">Popularité</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="219"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="223"/>
        <source>Train on the checked domains</source>
        <translation>Entraîner sur les domaines cochés</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="226"/>
        <source>Random 70/15/15</source>
        <translation>Aléatoire 70/15/15</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="227"/>
        <source>Leave last out</source>
        <translation>Exclure la dernière</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="228"/>
        <source>Hold out a source</source>
        <translation>Réserver une source</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="230"/>
        <source>The source whose ratings are the test set</source>
        <translation>La source dont les notes forment le jeu de test</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="232"/>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="233"/>
        <source>Split</source>
        <translation>Découpage</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="234"/>
        <source>Test source</source>
        <translation>Source de test</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="235"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="242"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="244"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="246"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="247"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="248"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="254"/>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="262"/>
        <source>Training samples per second</source>
        <translation>Échantillons d’entraînement par seconde</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="263"/>
        <source>Estimated time left</source>
        <translation>Temps restant estimé</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="274"/>
        <source>Paused (after the current batch)</source>
        <translation>En pause (après le lot en cours)</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="279"/>
        <location filename="../ui/panels/TrainingPanel.h" line="48"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="284"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Size of the shared taste space (a multiple of the %1 attention heads)</source>
        <translation type="vanished">Taille de l’espace de goûts partagé (un multiple des %1 têtes d’attention)</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="vanished">Dimension</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="vanished">Taux d’apprentissage</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation type="vanished">Décroissance des poids</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="vanished">Dropout</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="vanished">Taille de lot</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation type="vanished">Facteurs</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation type="vanished">Régularisation</translation>
    </message>
    <message>
        <source>Bias λ</source>
        <translation type="vanished">λ des biais</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation type="vanished">Voisins</translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation type="vanished">Rétrécissement</translation>
    </message>
    <message>
        <source>One shared user tower over every medium; per-domain item towers.</source>
        <translation type="vanished">Une tour utilisateurs partagée pour tous les médias&#xa0;; une tour d’éléments par domaine.</translation>
    </message>
    <message>
        <source>Funk/Koren SGD; the epoch with the best validation RMSE is kept.</source>
        <translation type="vanished">SGD de Funk/Koren&#xa0;; l’époque ayant la meilleure RMSE de validation est conservée.</translation>
    </message>
    <message>
        <source>Domain mean + user and item biases.</source>
        <translation type="vanished">Moyenne du domaine + biais utilisateur et élément.</translation>
    </message>
    <message>
        <source>Mean-centred cosine similarity between items, with shrinkage.</source>
        <translation type="vanished">Similarité cosinus centrée sur la moyenne entre éléments, avec rétrécissement.</translation>
    </message>
    <message>
        <source>Ranks items by how often they were rated: no training epochs.</source>
        <translation type="vanished">Classe les éléments selon leur nombre de notes&#xa0;: aucune époque d’entraînement.</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="366"/>
        <location filename="../ui/panels/TrainingPanel.cpp" line="445"/>
        <location filename="../ui/panels/TrainingPanel.cpp" line="483"/>
        <source>Training: %1</source>
        <translation>Entraînement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="404"/>
        <source>Train loss</source>
        <translation>Perte d’entraînement</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="404"/>
        <source>Train RMSE (0..1)</source>
        <translation>RMSE d’entraînement (0..1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="405"/>
        <source>Validation loss</source>
        <translation>Perte de validation</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="405"/>
        <source>Validation RMSE</source>
        <translation>RMSE de validation</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="415"/>
        <source>Choose the source held out as test</source>
        <translation>Choisissez la source réservée au test</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="422"/>
        <source>Check at least one domain to train on</source>
        <translation>Cochez au moins un domaine pour l’entraînement</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="428"/>
        <source>Training %1</source>
        <translation>Entraînement %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="433"/>
        <source>epoch %v of %m</source>
        <translation>époque %v sur %m</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="437"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="466"/>
        <source>%1 samples/s</source>
        <translation>%1 échantillons/s</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="468"/>
        <source>%1 left</source>
        <translation>%1 restant</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="474"/>
        <source>Done: %1</source>
        <translation>Terminé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="474"/>
        <source>Stopped: %1</source>
        <translation>Arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="480"/>
        <source>Trained model %1</source>
        <translation>Modèle entraîné %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="515"/>
        <source>Model %1: %2</source>
        <translation>Modèle %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="539"/>
        <source>Model %1 (%2) has no epochs to show</source>
        <translation>Le modèle %1 (%2) n’a aucune époque à afficher</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="540"/>
        <source>Stored run: model %1 (%2)</source>
        <translation>Exécution enregistrée&#xa0;: modèle %1 (%2)</translation>
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
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="95"/>
        <source>Save the loss curves as PNG or SVG</source>
        <translation>Enregistrer les courbes de perte en PNG ou SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="153"/>
        <source>Save the comparison chart as PNG or SVG</source>
        <translation>Enregistrer le graphique de comparaison en PNG ou SVG</translation>
    </message>
    <message>
        <source>Which epoch the model keeps, and when training stops early, measured on the validation part only: the loss suits predicted ratings, NDCG@10 ranked recommendations</source>
        <translation type="vanished">L&apos;époque que le modèle conserve et le moment où l&apos;entraînement s&apos;arrête plus tôt, mesurés uniquement sur la partie de validation : la perte convient aux notes prédites, NDCG@10 aux recommandations classées</translation>
    </message>
    <message>
        <source>Validation NDCG@10</source>
        <translation type="vanished">NDCG@10 de validation</translation>
    </message>
    <message>
        <source>Best epoch by</source>
        <translation type="vanished">Meilleure époque selon</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="553"/>
        <source>NDCG@10</source>
        <translation>NDCG@10</translation>
    </message>
    <message>
        <location filename="../ui/panels/TrainingPanel.cpp" line="554"/>
        <source>Validation NDCG@10 per epoch</source>
        <translation>NDCG@10 de validation par époque</translation>
    </message>
</context>
<context>
    <name>kindred::ui::TrainingWorker</name>
    <message>
        <location filename="../ui/workers/TrainingWorker.cpp" line="129"/>
        <source>Model %1 &quot;%2&quot; trained in %3 s and saved</source>
        <translation>Modèle %1 «&#xa0;%2&#xa0;» entraîné en %3 s et enregistré</translation>
    </message>
</context>
</TS>
