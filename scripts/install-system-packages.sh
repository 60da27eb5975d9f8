#!/usr/bin/env bash
# Optional: nothing in congvan needs Debian packages (fonts, Chromium and PostgreSQL come from npm).
# Installed only when missing:
# - chromium: used instead of the npm one when present (Debian's security updates; the npm
#   Chromium exists for x86-64 only); fonts-liberation2: the same design as the bundled Tinos, for
#   DOCUMENT_FONT_DIR=/usr/share/fonts/truetype/liberation2;
# - postgresql-client, poppler-utils, openssl: psql, pdftotext/pdfimages and openssl cms, to look
#   into the database, the PDFs and their signatures by hand.
set -euo pipefail
packages=(postgresql-client chromium fonts-liberation2 poppler-utils openssl)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
