#!/usr/bin/env bash
# Installs what building Casus needs and a fresh machine lacks: Graphviz's C
# library with its headers and plugins (libgraphviz-dev) and pkg-config. As root
# it runs apt-get (updating the package lists first: a fresh machine has none);
# otherwise it prints the exact command and stops.
set -euo pipefail
missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if ! pkg-config --exists libgvc 2>/dev/null; then missing+=(libgraphviz-dev); fi
# A font for the text in PNG and PDF diagrams.
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || missing+=(fonts-dejavu-core)
# The browser tests (and report --format pdf) need Chromium; pdftotext reads the PDF back.
if [ "${CASUS_WITH_CHROMIUM:-0}" = 1 ] && ! command -v chromium >/dev/null 2>&1; then missing+=(chromium); fi
if [ "${CASUS_WITH_CHROMIUM:-0}" = 1 ] && ! command -v pdftotext >/dev/null 2>&1; then missing+=(poppler-utils); fi
[ ${#missing[@]} -eq 0 ] && exit 0
cmd="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "Casus needs: ${missing[*]}. Install them as root:" >&2
  echo "  sudo sh -c '$cmd'" >&2
  exit 1
fi
echo "installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
