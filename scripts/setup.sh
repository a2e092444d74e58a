# Sourced by scripts/demo and scripts/test: system packages, then the virtualenv.
# Both steps are skipped when done already, so that a second run needs no network.
# Usage: . scripts/setup.sh [extra]   (extra: "test" adds what the tests need)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXTRA="${1:-}"

# Libraries Qt needs to draw without a screen, plus poppler-utils (pdftoppm, pdftotext)
# for the PDF checks and xvfb/xauth for screenshots of a real window.
SYSTEM_PACKAGES="libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0 libfontconfig1 \
libfreetype6 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 poppler-utils zbar-tools xvfb xauth"
# Only for "setup.sh test": a real browser to test the offline verification page in,
# and PostgreSQL (Debian's package) for the throw-away server the figures tests also
# run against (scripts/pg-test-server; the package's own cluster is not used).
if [ "$EXTRA" = "test" ]; then
  SYSTEM_PACKAGES="$SYSTEM_PACKAGES chromium postgresql"
fi

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in $SYSTEM_PACKAGES; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
  done
fi
if [ -n "$missing" ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"
  if command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages:$missing"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "Please install these system packages (or their equivalents):$missing" >&2
  fi
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x "$ROOT/.venv/bin/python" ]; then
  if ! "$PYTHON" -m venv "$ROOT/.venv" >/dev/null 2>&1; then
    # Debian's python3 needs python3-venv for virtual environments
    rm -rf "$ROOT/.venv"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"
    $SUDO apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
    "$PYTHON" -m venv "$ROOT/.venv"
  fi
fi
VENV_PY="$ROOT/.venv/bin/python"

# pip runs only when pyproject.toml or constraints.txt changed since the last install
# (or nothing is installed yet): once installed, the planner starts offline. The stamp
# files in .venv/ hold the hash of both files; "test" installs the app as well.
STAMP_APP="$ROOT/.venv/.installed-app"
STAMP_TEST="$ROOT/.venv/.installed-test"
WANTED="$(cat "$ROOT/pyproject.toml" "$ROOT/constraints.txt" | sha256sum | cut -d' ' -f1)"
stamp_ok() { [ -f "$1" ] && [ "$(cat "$1")" = "$WANTED" ]; }
installed=""
if [ -x "$ROOT/.venv/bin/planner" ]; then
  if [ "$EXTRA" = "test" ]; then
    stamp_ok "$STAMP_TEST" && installed=yes
  else
    { stamp_ok "$STAMP_APP" || stamp_ok "$STAMP_TEST"; } && installed=yes
  fi
fi
if [ -z "$installed" ]; then
  echo "Installing the planner into .venv (pip, with constraints.txt)"
  rm -f "$STAMP_APP" "$STAMP_TEST"
  PIP=("$VENV_PY" -m pip install -q --disable-pip-version-check)
  "${PIP[@]}" --upgrade pip >/dev/null
  if [ "$EXTRA" = "test" ]; then
    "${PIP[@]}" -c "$ROOT/constraints.txt" -e "$ROOT[test]"
    echo "$WANTED" >"$STAMP_TEST"
  else
    "${PIP[@]}" -c "$ROOT/constraints.txt" -e "$ROOT"
  fi
  echo "$WANTED" >"$STAMP_APP"
fi
