#!/usr/bin/env bash
# End-to-end radiomics models on the synthetic cohort: phantom -> lesions -> features -> selection -> each model.
# Usage: bench/model/e2e.sh [OUT_DIR]   (about an hour on 2 busy cores; the steps are deterministic for the seeds below)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$root/e2e-models}"
pulmopet="$root/pulmopet"
mkdir -p "$out"

[[ -f "$out/cohort/clinical.csv" ]] || "$pulmopet" phantom --out "$out/cohort" --patients 120 --centers 3 --seed 8
[[ -f "$out/dataset/labels.csv" ]] || "$pulmopet" model dataset --cohort "$out/cohort" --out "$out/dataset"
[[ -f "$out/features.csv" ]] || "$pulmopet" features --manifest "$out/dataset/manifest.csv" --params "$root/bench/model/pet-radiomics.yaml" --jobs 2 --out "$out/features.csv"

common=(--features "$out/features.csv" --labels "$out/dataset/labels.csv" --label-column class --group-column patient_id --center-column center --seed 1)
for model in rf svm gbm lasso; do
  "$pulmopet" model cv "${common[@]}" --model "$model" --selector mrmr --folds 5 --out "$out/cv-$model" | tee "$out/cv-$model.txt"
  "$pulmopet" model train "${common[@]}" --model "$model" --selector mrmr --test-centers 3 --out "$out/model-$model" | tee "$out/external-$model.txt"
done
"$pulmopet" model signatures --predictions "$out/cv-rf/cv_predictions.csv" --labels "$out/dataset/labels.csv" \
  --positive lymphoma --clinical age_years,sex,glucose_mmol_l,suv_max | tee "$out/signatures-lymphoma.txt"
