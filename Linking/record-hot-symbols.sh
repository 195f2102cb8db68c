#!/usr/bin/env bash
# Records Linking/HotSymbols.txt: every function a typical full-screen session runs (start-up,
# the briefing, typing and editing an answer, a resize, the menu, the reflection, the summary).
# First come the functions that typing a key at a time runs, the most called first, so that the
# code every key runs lies side by side on the fewest pages; then the rest, in the order
# valgrind's callgrind first names them. The release link lays these out side by
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
# Typing a key at a time, profiled on its own: what came before is dumped to callgrind.out.1,
# the typing to callgrind.out.2, the rest of the session to callgrind.out at its end.
# (callgrind_control with no process named acts on every callgrind running: this one.)
callgrind_control -d >/dev/null
typed="I led a migration of our billing system and cut costs by thirty percent. "
for ((round = 0; round < 3; round++)); do
  for ((i = 0; i < ${#typed}; i++)); do
    character=${typed:i:1}
    if [ "$character" = " " ]; then tmux send-keys -t hot-symbols Space; else tmux send-keys -t hot-symbols -l "$character"; fi
    sleep 0.05
  done
done
sleep 3
callgrind_control -d >/dev/null
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
python3 - "$work" > "$work/HotSymbols.txt" <<'PY'
import re, sys
work = sys.argv[1]
def functions(path):
    """Each function named in a callgrind profile, in the order first named, with its calls."""
    names, calls, callee = {}, {}, None
    for line in open(path, errors="replace"):
        match = re.match(r"(c?j?fn)=\((\d+)\)(?: (.+))?$", line.rstrip("\n"))
        if match:
            kind, ident, name = match.groups()
            if name:
                names[ident] = name
            callee = ident if kind == "cfn" else None
            continue
        counted = re.match(r"calls=(\d+)", line)
        if counted and callee is not None:
            calls[callee] = calls.get(callee, 0) + int(counted.group(1))
    return [(name, calls.get(ident, 0)) for ident, name in names.items()]
typing = functions(work + "/callgrind.out.2")
order = [name for name, _ in sorted(typing, key=lambda item: -item[1])]
for part in ("/callgrind.out.1", "/callgrind.out.2", "/callgrind.out"):
    order += [name for name, _ in functions(work + part)]
seen = set()
for name in order:
    if name not in seen and not name.startswith("0x"):
        seen.add(name)
        print(name)
PY
mv "$work/HotSymbols.txt" Linking/HotSymbols.txt
echo "record-hot-symbols: $(wc -l < Linking/HotSymbols.txt) functions in Linking/HotSymbols.txt"
