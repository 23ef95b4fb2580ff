#!/usr/bin/env bash
# Builds the wheel, installs it into a fresh venv away from the source tree, and checks an
# article with the default (seeded) database: what a user who runs `pip install` gets.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=$(mktemp -d)
python3 -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install --quiet --require-hashes -r requirements.lock
.venv/bin/python -m pip wheel --quiet --no-deps --no-build-isolation -w "$WORK/dist" .
"$WORK/venv/bin/python" -m pip install --quiet --no-deps "$WORK"/dist/factcheck_gui-*.whl
cp resources/samples/halcyon-robotics.md "$WORK/article.md"
cd "$WORK"
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/data" QT_QPA_PLATFORM=offscreen
"$WORK/venv/bin/factcheck" --version
"$WORK/venv/bin/factcheck" check article.md --format json > report.json
python3 -c "import json; d=json.load(open('report.json')); s=[c for c in d['claims'] if c['verdict']=='supported']; assert len(s) > 10, len(s); print(len(d['claims']), 'claims,', len(s), 'supported from the seeded database')"
"$WORK/venv/bin/factcheck-gui" article.md --screenshot shot.png && test -s shot.png
test ! -e "$WORK/venv/lib/python3*/site-packages/factcheck_gui/../resources"
echo "wheel check passed (installed in $WORK, source tree at $ROOT not used)"
