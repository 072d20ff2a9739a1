#!/usr/bin/env bash
# `make lint`: the house style (.swift-format) checked by the toolchain's own
# swift-format, and the two rules it does not state: no source line over 120
# columns (the generated sample world excepted) and no `;` joining statements.
# `scripts/lint.sh --fix` rewrites the files in place first.
set -euo pipefail
cd "$(dirname "$0")/.."
paths=(Package.swift Sources Tests Benchmarks Fuzz/Package.swift Fuzz/Sources Examples/EmbedReport/Package.swift Examples/EmbedReport/Sources)
if [[ "${1:-}" == "--fix" ]]; then
  swift format format --in-place --recursive --parallel "${paths[@]}"
fi
swift format lint --strict --recursive --parallel "${paths[@]}"
status=0
long=$(find "${paths[@]}" -name '*.swift' ! -path '*/.build/*' ! -name SampleWorld.swift -print0 \
  | xargs -0 python3 -c '
import sys
for name in sys.argv[1:]:
    for number, line in enumerate(open(name, encoding="utf-8").read().split("\n"), 1):
        if len(line) > 120:
            print(f"{name}:{number}: line is {len(line)} columns (at most 120)")
')
if [[ -n "$long" ]]; then
  echo "$long"
  status=1
fi
exit $status
