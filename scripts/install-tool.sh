#!/usr/bin/env bash
# Packs Tradeoff as a .NET tool and installs it, as the README says: globally (the command lands in ~/.dotnet/tools)
# by default, or into a folder of your choice with --tool-path DIR (nothing outside DIR changes). Then checks the
# installed command: `tradeoff --version`, and with --check a short run of examples/credit-scoring from it.
# The package carries every managed and native library the CLI loads (libtorch too): about 140 MB to write, 500 MB
# installed, so this is a script run by hand (and its figures recorded in docs/BENCHMARKS.md), not a test.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
feed="$root/artifacts/packages"
where=(--global)
command_path="$HOME/.dotnet/tools/tradeoff"
check=0
while [ $# -gt 0 ]; do
  case "$1" in
    --tool-path) where=(--tool-path "$2"); command_path="$2/tradeoff"; shift 2 ;;
    --check) check=1; shift ;;
    *) echo "error: unknown option '$1'; usage: scripts/install-tool.sh [--tool-path DIR] [--check]" >&2; exit 2 ;;
  esac
done

rm -rf "$feed"
time dotnet pack "$root/src/Tradeoff.Cli" -c Release -o "$feed"
ls -l "$feed"
# Every build packs as version 1.0.0: remove the installed one first, so that the new pack is what gets installed.
dotnet tool uninstall "${where[@]}" Tradeoff >/dev/null 2>&1 || true
time dotnet tool install "${where[@]}" --add-source "$feed" Tradeoff
"$command_path" --version
if [ "${where[0]}" = "--global" ] && ! command -v tradeoff >/dev/null; then
  echo "note: ~/.dotnet/tools is not on PATH; add it: export PATH=\"\$PATH:\$HOME/.dotnet/tools\"" >&2
fi

if [ "$check" -eq 1 ]; then
  store="$(mktemp -d)"
  time "$command_path" run "$root/examples/credit-scoring/study.yaml" --quick --store "$store/tradeoff.db" | tail -n 4
  # The neural network needs libtorch: an ad hoc run shows it loads from the installed package (not 'unavailable').
  "$command_path" run --data "$root/examples/weather/weather-seed.csv" --techniques baseline,neural-network --quick --store "$store/tradeoff.db" \
    | grep -E "neural-network|unavailable" | head -n 3
  rm -rf "$store"
fi
