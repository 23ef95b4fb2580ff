#!/usr/bin/env bash
# Starts the built application as a user would, headless, and checks its picture and exit code.
set -euo pipefail
cd "$(dirname "$0")/.."
APP=dist/factcheck-gui/factcheck-gui
OUT=$(mktemp -d)
export QT_QPA_PLATFORM=offscreen HOME="$OUT/home"
"$APP" --version
"$APP" db import resources/seed/evidence.csv --db "$OUT/e.db"
"$APP" check resources/samples/halcyon-robotics.md --db "$OUT/e.db" --format json > "$OUT/report.json"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert len(d['claims']) > 20 and d['findings'], 'no marks'" "$OUT/report.json"
"$APP" resources/samples/halcyon-robotics.md --db "$OUT/e.db" --screenshot "$OUT/shot.png"
python3 -c "import sys,struct; b=open(sys.argv[1],'rb').read(); assert b[:8]==b'\x89PNG\r\n\x1a\n' and len(b)>20000; w,h=struct.unpack('>II',b[16:24]); assert w>=800 and h>=500, (w,h); print('screenshot', w, 'x', h, len(b), 'bytes')" "$OUT/shot.png"
echo "smoke test passed"
