#pragma once
// The registered model kinds (private to core): one function per kind, each defined in its own
// file of this folder; ModelKinds.cpp lists them in the order people see them.

#include "kindred/train/ModelKind.h"

namespace kindred::kinds {

const ModelKind& biasKind();
const ModelKind& mfKind();
const ModelKind& popularityKind();
const ModelKind& itemKnnKind();
const ModelKind& attentionKind();
const ModelKind& autorecKind();
const ModelKind& blendKind();
const ModelKind& easeKind();
const ModelKind& siameseKind();

} // namespace kindred::kinds
