# Shell helpers shared by the benchmark scripts (source it; it defines functions only).

# judge VALUE TARGET: sets $verdict to PASS when VALUE ≤ TARGET, else FAIL and counts it in $failures.
judge() {
  if awk -v v="$1" -v t="$2" 'BEGIN { exit !(v != "" && v <= t) }'; then
    verdict=PASS
  else
    verdict=FAIL
    failures=$((failures + 1))
  fi
}

# value_of KEY FILE: the value of the first `KEY VALUE` line of FILE (the benches' output format).
value_of() { awk -v key="$1" '$1 == key { print $2; exit }' "$2"; }
