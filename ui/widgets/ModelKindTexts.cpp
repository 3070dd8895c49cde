// The user-visible English texts of the model kinds, marked for lupdate only.
//
// The kinds live in core (core/src/train/kinds/*.cpp), which knows nothing of Qt, so lupdate
// cannot see their strings there. The interface translates them at run time with
// translatedModelText() (ModelParameterForm.h) in the "ModelKind" context; this file lists each
// kind's displayName and description and each parameter's label, help text and choice values so
// that they land in translations/kindred_*.ts. Nothing reads the array.
//
// Keep it in step with core/src/train/kinds: every string here must match its source byte for
// byte (a changed string is simply shown untranslated), and each string appears once even when
// several kinds share it.

#include <QtGlobal>

namespace {

[[maybe_unused]] const char* const kModelKindTexts[] = {
    // siamese (SiameseKind.cpp)
    QT_TRANSLATE_NOOP("ModelKind", "Siamese twin network (cross-media)"),
    QT_TRANSLATE_NOOP("ModelKind",
                      "One item encoder for every medium; a person is the sum of the encodings of what they rated, "
                      "so people and items share one space and every score is the sum of what each rated item adds. "
                      "Trained to rank each medium, with a rating head beside it."),
    QT_TRANSLATE_NOOP("ModelKind", "Dimension"),
    QT_TRANSLATE_NOOP("ModelKind", "Size of the shared space of people and items"),
    QT_TRANSLATE_NOOP("ModelKind", "Epochs"),
    QT_TRANSLATE_NOOP("ModelKind", "Upper bound; the epoch best on validation NDCG@10 is kept"),
    QT_TRANSLATE_NOOP("ModelKind", "Learning rate"),
    QT_TRANSLATE_NOOP("ModelKind", "Adam step of the ranking stage"),
    QT_TRANSLATE_NOOP("ModelKind", "People per step"),
    QT_TRANSLATE_NOOP("ModelKind", "People whose histories make one optimiser step"),
    QT_TRANSLATE_NOOP("ModelKind", "Genres"),
    QT_TRANSLATE_NOOP("ModelKind", "Item genres in the item encoder"),
    QT_TRANSLATE_NOOP("ModelKind", "Text"),
    QT_TRANSLATE_NOOP("ModelKind", "Hashed title and text words in the item encoder"),
    QT_TRANSLATE_NOOP("ModelKind", "Text buckets"),
    QT_TRANSLATE_NOOP("ModelKind", "Hashed unigram/bigram buckets"),
    QT_TRANSLATE_NOOP("ModelKind", "Demographics"),
    QT_TRANSLATE_NOOP("ModelKind",
                      "A \"people like you\" vector from age group, gender and occupation (when the project has them)"),
    QT_TRANSLATE_NOOP("ModelKind", "Patience"),
    QT_TRANSLATE_NOOP("ModelKind", "Epochs without validation improvement before stopping"),
    QT_TRANSLATE_NOOP("ModelKind", "Input dropout"),
    QT_TRANSLATE_NOOP("ModelKind", "Share of a history hidden from each step's input"),
    QT_TRANSLATE_NOOP("ModelKind", "Liked from"),
    QT_TRANSLATE_NOOP("ModelKind", "A rating counts as liked from this 0..1 value (0.75 = 4 of 1..5)"),
    QT_TRANSLATE_NOOP("ModelKind", "Rating factors"),
    QT_TRANSLATE_NOOP("ModelKind", "Size of the rating head's interaction part"),
    QT_TRANSLATE_NOOP("ModelKind", "Rating L2"),
    QT_TRANSLATE_NOOP("ModelKind", "L2 weight of the rating head"),
    QT_TRANSLATE_NOOP("ModelKind", "Rating epochs"),
    QT_TRANSLATE_NOOP("ModelKind", "Upper bound of the rating head's epochs"),
    QT_TRANSLATE_NOOP("ModelKind", "Memory neighbours"),
    QT_TRANSLATE_NOOP("ModelKind", "Neighbourhood memory: items remembered per item, weighted on validation (0: none)"),
    QT_TRANSLATE_NOOP("ModelKind", "Device"),
    QT_TRANSLATE_NOOP("ModelKind", "cpu, cuda (needs a CUDA build of LibTorch) or auto (cuda when present)"),
    QT_TRANSLATE_NOOP("ModelKind", "cpu"),
    QT_TRANSLATE_NOOP("ModelKind", "cuda"),
    QT_TRANSLATE_NOOP("ModelKind", "auto"),

    // ease (EaseKind.cpp)
    QT_TRANSLATE_NOOP("ModelKind", "EASE (closed-form item-item)"),
    QT_TRANSLATE_NOOP("ModelKind",
                      "Steck's embarrassingly shallow autoencoder: item-item weights in closed form, λ chosen on "
                      "validation. A person's score of an item is the sum of the weights from the items they rated."),
    QT_TRANSLATE_NOOP("ModelKind", "λ"),
    QT_TRANSLATE_NOOP("ModelKind", "L2 weight of the item-item weights; 0 chooses it on validation (NDCG@10) from "
                                   "10, 20, 50, 100, 200, 500, 1000, 2000"),
    QT_TRANSLATE_NOOP("ModelKind", "Memory budget (GiB)"),
    QT_TRANSLATE_NOOP("ModelKind", "Refuse, saying why, when the closed form would need more memory than this"),
    QT_TRANSLATE_NOOP("ModelKind", "Weights kept per item"),
    QT_TRANSLATE_NOOP("ModelKind",
                      "Each item keeps its strongest item-item weights (0: all); scores use exactly the kept ones"),

    // attention (AttentionKind.cpp)
    QT_TRANSLATE_NOOP("ModelKind", "Attention two-tower (earlier Siamese)"),
    QT_TRANSLATE_NOOP("ModelKind",
                      "Kindred's first Siamese model: a user tower attending over the cross-media history, "
                      "queried by the user's id and demographics; per-medium item towers; rating and ranking heads."),
    QT_TRANSLATE_NOOP("ModelKind", "Size of the shared taste space (a multiple of the heads)"),
    QT_TRANSLATE_NOOP("ModelKind", "Attention heads"),
    QT_TRANSLATE_NOOP("ModelKind", "Attention heads of the user tower (divide the dimension)"),
    QT_TRANSLATE_NOOP("ModelKind", "History length"),
    QT_TRANSLATE_NOOP("ModelKind", "Training interactions the user tower attends to"),
    QT_TRANSLATE_NOOP("ModelKind", "Item genres in the item towers"),
    QT_TRANSLATE_NOOP("ModelKind", "Age group, gender and occupation in the user tower (when the project has them)"),
    QT_TRANSLATE_NOOP("ModelKind", "Hashed title and text words in the item towers"),
    QT_TRANSLATE_NOOP("ModelKind", "Text encoder"),
    QT_TRANSLATE_NOOP("ModelKind",
                      "Optional TorchScript text encoder (forward(Tensor[N, T] int64 ids, 0 = pad) -> [N, D])"),
    QT_TRANSLATE_NOOP("ModelKind", "Dropout"),
    QT_TRANSLATE_NOOP("ModelKind", "Dropout in both towers"),
    QT_TRANSLATE_NOOP("ModelKind", "AdamW step size"),
    QT_TRANSLATE_NOOP("ModelKind", "Weight decay"),
    QT_TRANSLATE_NOOP("ModelKind", "AdamW weight decay"),
    QT_TRANSLATE_NOOP("ModelKind", "Upper bound; early stopping on validation"),
    QT_TRANSLATE_NOOP("ModelKind", "Batch size"),
    QT_TRANSLATE_NOOP("ModelKind", "Interactions per optimiser step"),
    QT_TRANSLATE_NOOP("ModelKind", "Samples per user"),
    QT_TRANSLATE_NOOP("ModelKind", "A batch holds chunks of up to this many interactions of one user"),
    QT_TRANSLATE_NOOP("ModelKind", "Warm-up"),
    QT_TRANSLATE_NOOP("ModelKind", "Share of all steps warming up the learning rate"),
    QT_TRANSLATE_NOOP("ModelKind", "Rating weight"),
    QT_TRANSLATE_NOOP("ModelKind", "Weight of the rating loss"),
    QT_TRANSLATE_NOOP("ModelKind", "Ranking weight"),
    QT_TRANSLATE_NOOP("ModelKind", "Weight of the ranking loss"),
    QT_TRANSLATE_NOOP("ModelKind", "Ranking head"),
    QT_TRANSLATE_NOOP("ModelKind", "Full rankings by the in-batch softmax head instead of the predicted rating"),
    QT_TRANSLATE_NOOP("ModelKind", "Pair weight"),
    QT_TRANSLATE_NOOP("ModelKind", "Weight of the paired-user term"),
    QT_TRANSLATE_NOOP("ModelKind", "Transfer weight"),
    QT_TRANSLATE_NOOP("ModelKind", "Weight of the cross-medium transfer term"),
    QT_TRANSLATE_NOOP("ModelKind", "Best epoch by"),
    QT_TRANSLATE_NOOP("ModelKind", "The epoch kept (and early stopping), on the validation part only: the rating loss, or "
                                   "NDCG@10 over the unseen items of each medium"),
    QT_TRANSLATE_NOOP("ModelKind", "loss"),
    QT_TRANSLATE_NOOP("ModelKind", "ndcg"),

    // mf (BaselineKinds.cpp)
    QT_TRANSLATE_NOOP("ModelKind", "Biased matrix factorisation"),
    QT_TRANSLATE_NOOP("ModelKind", "Funk/Koren SGD: domain mean + biases + user · item factors; the epoch with the best "
                                   "validation RMSE is kept."),
    QT_TRANSLATE_NOOP("ModelKind", "SGD epochs; the epoch with the lowest validation RMSE is kept"),
    QT_TRANSLATE_NOOP("ModelKind", "Factors"),
    QT_TRANSLATE_NOOP("ModelKind", "Latent factors per user and item"),
    QT_TRANSLATE_NOOP("ModelKind", "SGD step"),
    QT_TRANSLATE_NOOP("ModelKind", "Regularisation"),
    QT_TRANSLATE_NOOP("ModelKind", "L2 weight of factors and biases"),

    // bias (BaselineKinds.cpp)
    QT_TRANSLATE_NOOP("ModelKind", "Bias baseline (ALS)"),
    QT_TRANSLATE_NOOP("ModelKind", "Domain mean + user and item biases, by regularised ALS."),
    QT_TRANSLATE_NOOP("ModelKind", "ALS rounds; the round with the lowest validation RMSE is kept"),
    QT_TRANSLATE_NOOP("ModelKind", "Bias λ"),
    QT_TRANSLATE_NOOP("ModelKind", "λ added to the rating counts: shrinks the biases of rare users and items to 0"),

    // popularity (BaselineKinds.cpp)
    QT_TRANSLATE_NOOP("ModelKind", "Popularity"),
    QT_TRANSLATE_NOOP("ModelKind", "Ranks items by how often they were rated: no training epochs."),

    // item-knn (BaselineKinds.cpp)
    QT_TRANSLATE_NOOP("ModelKind", "Item kNN"),
    QT_TRANSLATE_NOOP("ModelKind", "Mean-centred cosine similarity between items, with shrinkage."),
    QT_TRANSLATE_NOOP("ModelKind", "Neighbours"),
    QT_TRANSLATE_NOOP("ModelKind", "Neighbours kept per item"),
    QT_TRANSLATE_NOOP("ModelKind", "Shrinkage"),
    QT_TRANSLATE_NOOP("ModelKind", "Similarity × n / (n + shrinkage), n = co-rating users"),

    // autorec (AutoRecKind.cpp)
    QT_TRANSLATE_NOOP("ModelKind", "Item autoencoder two-tower (AutoRec)"),
    QT_TRANSLATE_NOOP("ModelKind", "An item is encoded from the ratings it received, so media that share people share "
                                   "coordinates; users are free vectors."),
    QT_TRANSLATE_NOOP("ModelKind", "Item code size"),
    QT_TRANSLATE_NOOP("ModelKind", "Size of the item code = dimension of the taste space"),
    QT_TRANSLATE_NOOP("ModelKind", "L2 λ"),
    QT_TRANSLATE_NOOP("ModelKind", "L2 weight on the 1–5 pseudo-scale"),
    QT_TRANSLATE_NOOP("ModelKind", "Adam step, full batch"),
    QT_TRANSLATE_NOOP("ModelKind", "Steps"),
    QT_TRANSLATE_NOOP("ModelKind", "Full-batch steps (upper bound; early stopping on validation)"),
    QT_TRANSLATE_NOOP("ModelKind", "Check every"),
    QT_TRANSLATE_NOOP("ModelKind", "Steps between validation checks"),
    QT_TRANSLATE_NOOP("ModelKind", "Validation checks without improvement before stopping"),
    QT_TRANSLATE_NOOP("ModelKind", "Codes from validation too"),
    QT_TRANSLATE_NOOP("ModelKind", "Recompute the final item codes from train + validation ratings"),

    // blend (BlendKind.cpp)
    QT_TRANSLATE_NOOP("ModelKind", "Blend (fitted on validation)"),
    QT_TRANSLATE_NOOP("ModelKind", "Bias, mf, item-kNN, autorec and the Siamese model's rating head combined by ridge "
                                   "weights fitted on the validation part."),
};

} // namespace
