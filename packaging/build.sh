#!/usr/bin/env bash
# Build the single-file Linux program dist/KeDang, run its --self-test and time its start to the login window.
#   packaging/build.sh            (KEDANG_ONEDIR=1 packaging/build.sh also builds dist/KeDang-folder/ to compare)
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -c 'import run; run.ensure_environment("build,test")' >/dev/null
PY=.venv/bin/python
start=$(date +%s)
ONEDIR="${KEDANG_ONEDIR:-}"
unset KEDANG_ONEDIR
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/kedang.spec
built=$(( $(date +%s) - start ))
size=$(du -m dist/KeDang | cut -f1)
echo "built dist/KeDang in ${built} s, ${size} MB"
if [ "$ONEDIR" = "1" ]; then
  KEDANG_ONEDIR=1 "$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller-dir packaging/kedang.spec
fi
QT_QPA_PLATFORM=offscreen dist/KeDang --self-test
"$PY" packaging/start_time.py dist/KeDang
if [ -x dist/KeDang-folder/KeDang ]; then "$PY" packaging/start_time.py dist/KeDang-folder/KeDang; fi
