#!/usr/bin/env bash
# Runs a command as on a machine with only Node.js and npm: inside a private mount namespace, what
# Debian packages would give the project (chromium, every font and the fontconfig setup, poppler's
# pdftoppm/pdftotext, the openssl CLI, PostgreSQL's client and server binaries, curl) is covered by
# empty bind mounts, TMPDIR is a fresh folder (so the npm Chromium is unpacked as on first use) and
# no database URL is set (the tests start the embedded PostgreSQL from npm). Nothing outside the
# namespace changes. As root (CI) a mount namespace; as an ordinary user (a developer's machine) a
# user namespace mapping only the user's own uid owns the mount namespace, and the capabilities it
# gives are dropped before COMMAND runs, which so runs as the user, unprivileged (needs util-linux
# 2.38's --map-current-user and unprivileged user namespaces). Usage: scripts/bare-machine.sh COMMAND [ARGS...]
set -euo pipefail

if [ "${CONGVAN_BARE_MACHINE:-}" != namespace ]; then
  scratch=$(mktemp -d /tmp/congvan-bare-XXXXXX)
  chmod 755 "$scratch" # the embedded PostgreSQL runs as the user postgres when started by root
  mkdir -m 755 "$scratch/empty" "$scratch/tmp"
  : >"$scratch/empty-file"
  chmod 644 "$scratch/empty-file" # not executable: execve fails as if the program were absent
  namespaces=(--mount --propagation private)
  if [ "$(id -u)" -ne 0 ]; then namespaces=(--user --map-current-user --keep-caps "${namespaces[@]}"); fi
  status=0
  unshare "${namespaces[@]}" env CONGVAN_BARE_MACHINE=namespace CONGVAN_BARE_SCRATCH="$scratch" \
    bash "$0" "$@" || status=$?
  rm -rf "$scratch" # once the namespace and its mounts are gone
  exit "$status"
fi
scratch=$CONGVAN_BARE_SCRATCH

hidden=()
hide() {
  local path
  for path in "$@"; do
    [ -e "$path" ] || continue
    if [ -d "$path" ]; then mount --bind "$scratch/empty" "$path"; else mount --bind "$scratch/empty-file" "$path"; fi
    hidden+=("$path")
  done
}

shopt -s nullglob
hide /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/chromedriver /usr/lib/chromium \
  /usr/bin/google-chrome /usr/bin/google-chrome-stable /opt/google
hide /usr/share/fonts /usr/local/share/fonts /etc/fonts /var/cache/fontconfig "$HOME/.fonts" "$HOME/.local/share/fonts"
hide /usr/bin/pdf{toppm,totext,images,info,fonts,tocairo,tohtml,tops,unite,separate,attach,detach,sig}
hide /usr/bin/openssl
hide /usr/bin/psql /usr/bin/pg_* /usr/bin/createdb /usr/bin/dropdb /usr/bin/createuser /usr/bin/dropuser \
  /usr/lib/postgresql /usr/share/postgresql-common
hide /usr/bin/curl /usr/bin/wget
# The optional native OCR engine (OCR_ENGINE=native, bench:ocr's reference): the product reads without it.
hide /usr/bin/tesseract /usr/share/tesseract-ocr
shopt -u nullglob

echo "bare machine: hidden in this mount namespace (${#hidden[@]} paths): ${hidden[*]}"
missing=()
for tool in chromium pdftoppm pdftotext tesseract openssl psql pg_isready pg_ctlcluster curl; do
  # bash's `command -v` still names a file that cannot run; execute permission is what counts.
  if path=$(type -P "$tool") && [ -x "$path" ]; then missing+=("$tool"); fi
done
fonts=$(find /usr/share/fonts /usr/local/share/fonts -type f 2>/dev/null | wc -l)
if [ ${#missing[@]} -gt 0 ] || [ "$fonts" -ne 0 ]; then
  echo "bare machine: still reachable: ${missing[*]:-none} (font files: $fonts)" >&2
  exit 1
fi
echo "bare machine: no chromium, pdftoppm, pdftotext, tesseract, openssl, psql, pg_isready, pg_ctlcluster or curl on PATH; $fonts font files; node $(node --version), npm $(npm --version)"

export TMPDIR="$scratch/tmp"
unset TEST_DATABASE_URL DATABASE_URL CHROMIUM_PATH DOCUMENT_FONT_DIR
export CONGVAN_BARE_MACHINE=inside
if [ "$(id -u)" -ne 0 ]; then
  # The user namespace's capabilities (ambient, from --keep-caps) served the mounts; COMMAND gets none.
  exec setpriv --inh-caps=-all --ambient-caps=-all -- "$@"
fi
exec "$@"
