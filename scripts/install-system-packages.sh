#!/usr/bin/env bash
# Debian packages the project needs beyond Node.js; installed only when missing.
set -euo pipefail
# chromium + fonts: PDF rendering of reply documents (Liberation Serif 2 has the Vietnamese letters);
# poppler-utils: pdftoppm for the rendering reference-image tests; openssl: an outside check of our CMS signatures.
packages=(postgresql-client chromium fonts-liberation fonts-liberation2 poppler-utils openssl)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
