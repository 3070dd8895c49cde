#pragma once
// The attention kind's parameters bound to SiameseOptions (private to core): siameseOptionsJson()
// and the kind description read the same list.

#include "KindSupport.h"
#include "kindred/train/Siamese.h"

namespace kindred::kinds {

const std::vector<ParameterBinding<SiameseOptions>>& attentionBindings();

} // namespace kindred::kinds
