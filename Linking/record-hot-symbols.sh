#!/usr/bin/env bash
# Records Linking/HotSymbols.txt: every function a typical full-screen session runs (start-up,
# the briefing, typing and editing an answer, a resize, the menu, the reflection, the summary),
# in the order valgrind's callgrind first names them. The release link lays these out side by
# side (see Package.swift), so the code a session touches is a few MiB instead of scattered over
# the whole binary. Run it again after large changes; a stale list still links, only less tightly.
#
#   bash Linking/record-hot-symbols.sh        (needs valgrind and tmux)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "record-hot-symbols: needs valgrind (apt-get install -y valgrind)" >&2; exit 69; }
command -v tmux >/dev/null || { echo "record-hot-symbols: needs tmux" >&2; exit 69; }
swift build -c release --static-swift-stdlib >/dev/null
work=$(mktemp -d)
trap 'tmux kill-session -t hot-symbols 2>/dev/null || true; rm -rf "$work"' EXIT
# valgrind cannot read the toolchain's DWARF; the symbol table is all it needs here.
objcopy --strip-debug .build/release/secondround "$work/secondround"
tmux new-session -d -s hot-symbols -x 80 -y 24 \
  "valgrind --tool=callgrind --demangle=no --callgrind-out-file=$work/callgrind.out \
   $work/secondround rehearse --start --company Acme --position Engineer \
   --segments behavioural --per-segment 1 --data-dir $work/data 2>$work/valgrind.log"
keys() { tmux send-keys -t hot-symbols "$@"; sleep 2; }
sleep 30
keys Enter; keys Enter
for words in "I led a migration" " of our billing" " system, cutting" " costs by 30%."; do keys "$words"; done
keys BSpace; keys "."; sleep 3
keys Left; keys Right; keys C-w; keys "30%."
tmux resize-window -t hot-symbols -x 100 -y 30; sleep 2
tmux resize-window -t hot-symbols -x 80 -y 24; sleep 2
keys Escape; keys Escape; keys Enter; sleep 2
keys "Calm."; keys Enter; keys Enter; keys Enter; sleep 3
keys Down; keys q; sleep 5
# If the key sequence left the app running (a prompt it did not expect), Ctrl-C ends it, saved;
# callgrind writes its profile as the process exits.
tmux send-keys -t hot-symbols C-c 2>/dev/null || true
for _ in $(seq 60); do grep -q '^totals:' "$work/callgrind.out" 2>/dev/null && break; sleep 1; done
python3 - "$work/callgrind.out" > Linking/HotSymbols.txt <<'PY'
import re, sys
seen = set()
for line in open(sys.argv[1], errors="replace"):
    match = re.match(r"c?j?fn=\((\d+)\) (.+)$", line.rstrip("\n"))
    if match and match.group(1) not in seen and not match.group(2).startswith("0x"):
        seen.add(match.group(1))
        print(match.group(2))
PY
echo "record-hot-symbols: $(wc -l < Linking/HotSymbols.txt) functions in Linking/HotSymbols.txt"
