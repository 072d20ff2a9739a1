#!/usr/bin/env bash
# `make docs`: CasusKit's and CasusRender's DocC documentation with the toolchain's own `docc`
# (no plugin needed): emit the module's symbol graph in a build folder of its
# own (so the normal build is not invalidated), check that every public
# declaration is documented, then convert the catalog.
# Warnings are errors: a broken link or an unknown symbol fails the build.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT="${SWIFT:-swift}"
graphs=.build/docs-symbols
rm -rf "$graphs" .build/docs
mkdir -p .build/docs
mkdir -p "$graphs"
"$SWIFT" build --scratch-path .build/docs-build --target CasusRender \
  -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$PWD/.build/docs-build/symbol-graphs" >/dev/null
# Every public declaration of CasusKit and CasusRender carries a /// comment.
python3 scripts/api-coverage.py .build/docs-build/symbol-graphs
cp .build/docs-build/symbol-graphs/CasusKit*.symbols.json "$graphs/"
DOCC="$(command -v docc || echo "$(dirname "$(command -v swift)")/docc")"
"$DOCC" convert Sources/CasusKit/CasusKit.docc \
  --additional-symbol-graph-dir "$graphs" \
  --fallback-display-name CasusKit --fallback-bundle-identifier org.casus.CasusKit \
  --output-path .build/docs/CasusKit.doccarchive --warnings-as-errors
echo "wrote .build/docs/CasusKit.doccarchive"
# CasusRender's own catalog: its symbol graph, with CasusKit's for the links into it.
render_graphs=.build/docs-render-symbols
rm -rf "$render_graphs"
mkdir -p "$render_graphs"
cp .build/docs-build/symbol-graphs/CasusRender*.symbols.json "$render_graphs/"
"$DOCC" convert Sources/CasusRender/CasusRender.docc \
  --additional-symbol-graph-dir "$render_graphs" \
  --fallback-display-name CasusRender --fallback-bundle-identifier org.casus.CasusRender \
  --output-path .build/docs/CasusRender.doccarchive --warnings-as-errors
echo "wrote .build/docs/CasusRender.doccarchive"
