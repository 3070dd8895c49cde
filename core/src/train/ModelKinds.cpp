// The model kind registry: one line per kind, in the order people see them (see ModelKind.h).
#include "kindred/train/ModelKind.h"

#include "kinds/Kinds.h"

namespace kindred {

const std::vector<const ModelKind*>& modelKinds() {
    static const std::vector<const ModelKind*> kinds = {
        &kinds::siameseKind(),
        &kinds::easeKind(),
        &kinds::attentionKind(),
        &kinds::mfKind(),
        &kinds::biasKind(),
        &kinds::popularityKind(),
        &kinds::itemKnnKind(),
        &kinds::autorecKind(),
        &kinds::blendKind(),
    };
    return kinds;
}

} // namespace kindred
