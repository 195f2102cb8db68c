#!/usr/bin/env bash
# Installs secondround on this machine: the release binary in $PREFIX/bin, its manual page
# (generated from the command definitions by swift-argument-parser's generate-manual plugin) in
# $PREFIX/share/man/man1, and bash, zsh and fish completions where those shells look for them.
#
#   scripts/install.sh                          # into /usr/local
#   PREFIX=~/.local scripts/install.sh          # for one user, no root needed
#   DESTDIR=/tmp/stage PREFIX=/usr scripts/install.sh   # staged, for a package
#
# SECONDROUND_INSTALL_CONFIGURATION=debug installs the debug build instead of building release:
# .ci/run does that before the tests (which check what it installed), so CI, which has built
# debug already, does not build twice.
set -euo pipefail
cd "$(dirname "$0")/.."

prefix=${PREFIX:-/usr/local}
destdir=${DESTDIR:-}
configuration=${SECONDROUND_INSTALL_CONFIGURATION:-release}
case $configuration in
  release | debug) ;;
  *)
    echo "install.sh: error: SECONDROUND_INSTALL_CONFIGURATION must be release or debug" >&2
    exit 64
    ;;
esac
case $prefix in
  /*) ;;
  *)
    echo "install.sh: error: PREFIX must be an absolute path, not '$prefix'" >&2
    exit 64
    ;;
esac

echo "== generating the manual page"
# The plugin builds the package in the configuration asked for and runs the binary's
# --experimental-dump-help through generate-manual. It runs first: its build links the binary
# its own way, and the binary installed is the one built next.
rm -rf .build/plugins/GenerateManual/outputs
swift package plugin generate-manual --configuration "$configuration" >/dev/null
manual=$(find .build/plugins/GenerateManual -name secondround.1 -print -quit)
if [[ -z $manual || ! -s $manual ]]; then
  echo "install.sh: error: the generate-manual plugin wrote no secondround.1" >&2
  exit 74
fi

echo "== building secondround ($configuration)"
build=(swift build -c "$configuration" --product secondround)
# Release carries the Swift runtime and Foundation, as the README's release build does: it
# starts faster, takes less memory and runs without the toolchain's libraries.
if [[ $configuration == release ]]; then build+=(--static-swift-stdlib); fi
"${build[@]}"
binary="$("${build[@]}" --show-bin-path)/secondround"

root="$destdir$prefix"
bash_dir="$root/share/bash-completion/completions"
zsh_dir="$root/share/zsh/site-functions"
fish_dir="$root/share/fish/vendor_completions.d"
man_dir="$root/share/man/man1"
echo "== installing into $root"
install -d "$root/bin" "$man_dir" "$bash_dir" "$zsh_dir" "$fish_dir" || exit 73
install -m 0755 "$binary" "$root/bin/secondround" || exit 73
# Blank lines between the paragraphs of a command's discussion are paragraph breaks to a
# reader, but mdoc wants them spelled .Pp ('man' warns about each otherwise).
page=$(mktemp)
trap 'rm -f "$page"' EXIT
sed -e 's/^$/.Pp/' "$manual" >"$page"
install -m 0644 "$page" "$man_dir/secondround.1" || exit 73
# Written to a temporary file first: a failing binary must not leave an empty script behind.
completion=$(mktemp)
trap 'rm -f "$page" "$completion"' EXIT
for shell in bash zsh fish; do
  "$binary" --generate-completion-script "$shell" >"$completion"
  case $shell in
    bash) target="$bash_dir/secondround" ;;
    zsh) target="$zsh_dir/_secondround" ;;
    fish) target="$fish_dir/secondround.fish" ;;
  esac
  install -m 0644 "$completion" "$target" || exit 73
done

echo "Installed secondround in $root/bin, its manual page and bash, zsh and fish completions."
if [[ -z $destdir ]] && ! command -v secondround >/dev/null 2>&1; then
  echo "Add $prefix/bin to your PATH to run it by name."
fi
