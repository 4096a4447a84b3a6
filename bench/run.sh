#!/usr/bin/env bash
# Side-by-side benchmark: Copydesk (cold and warm cache) against markdownlint-cli2 and textlint
# on the same files, plus the floor (read + Markdig parse + one multi-string search).
# Prints a Markdown table: median wall time, CPU time and peak memory, and ratios against each peer.
#
#   bash bench/run.sh                      # 1,000 real files, 20,000 replicated, one median file
#   RUNS=5 SIZES="1k single" bash bench/run.sh
#
# Needs npm (installs the peers into bench/.peers) and GNU time (/usr/bin/time).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
corpus=${CORPUS:-}
if [ -z "$corpus" ]; then  # shared/ lies beside the clone (or beside the worktrees' parent)
  for base in "$root/.." "$root/../.."; do [ -d "$base/shared/corpus/cpp-docs-1k" ] && corpus=$base/shared/corpus/cpp-docs-1k && break; done
fi
[ -d "$corpus" ] || { echo "No corpus: set CORPUS=folder" >&2; exit 2; }
runs=${RUNS:-3}
sizes=${SIZES:-1k 20k single}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
# Native AOT links with clang and zlib.
command -v clang >/dev/null && [ -e /usr/include/zlib.h ] || { apt-get update -qq && apt-get install -y -qq clang zlib1g-dev >/dev/null; }
peers=$here/.peers
if [ ! -x "$peers/node_modules/.bin/textlint" ]; then
  echo "Installing the peers with npm into bench/.peers ..." >&2
  npm install --prefix "$peers" --no-audit --no-fund --silent \
    markdownlint-cli2@0.24.1 textlint@15.8.0 textlint-rule-no-todo@2.0.1 textlint-rule-terminology@5.2.16 >&2
fi

# Both are published as the tool ships: the tool package's build (ReadyToRun, same tiering) and the native
# build (Native AOT), each with the floor built the same way (src/Copydesk.Cli/ShippedBuild.props).
echo "Building Copydesk and the floor in Release (ReadyToRun, then Native AOT) ..." >&2
dotnet publish "$root/src/Copydesk.Cli" -c Release -o "$work/copydesk" --nologo -v:q >&2
dotnet publish "$here/Copydesk.Floor" -c Release -o "$work/floor" --nologo -v:q >&2
for project in "$root/src/Copydesk.Cli" "$here/Copydesk.Floor"; do
  dotnet publish "$project" -c Release -p:CopydeskNative=true --artifacts-path "$work/native-build" \
    -o "$work/native-$(basename "$project")" --nologo -v:q >&2
done

# The corpora: the real files, the same replicated 20 times, and one median-size file.
mkdir -p "$work/1k" "$work/20k" "$work/single"
cp -r "$corpus/." "$work/1k/"
for i in $(seq -w 1 20); do mkdir -p "$work/20k/copy$i" && cp -r "$corpus/." "$work/20k/copy$i/"; done
median=$(find "$corpus" -name '*.md' -printf '%s %p\n' | sort -n | awk '{a[NR]=$2} END {print a[int((NR+1)/2)]}')
cp "$median" "$work/single/median.md"
printf '{ "config": { "default": true } }\n' > "$work/.markdownlint-cli2.jsonc"
printf '{ "rules": { "no-todo": true, "terminology": true } }\n' > "$work/.textlintrc.json"

# measure NAME DIR COMMAND...: runs the command $runs times in DIR, keeps the median wall time. GNU time gives
# CPU time and peak memory; the shell's clock takes the wall time to the millisecond (GNU time rounds it to 10 ms).
measure() {
  local name=$1 dir=$2; shift 2
  local samples=()
  for _ in $(seq "$runs"); do
    ( cd "$dir" && start=$EPOCHREALTIME && { /usr/bin/time -f "%U %S %M" -o "$work/time" "$@" >/dev/null 2>&1 || true; } \
      && echo "$start $EPOCHREALTIME" > "$work/wall" )
    samples+=("$(awk '{printf "%.3f ", $2 - $1}' "$work/wall")$(tail -n 1 "$work/time")")
  done
  printf '%s\n' "${samples[@]}" | sort -n | awk -v n="$name" -v r="$runs" \
    '{a[NR]=$0} END {split(a[int((r+1)/2)], f, " "); printf "%s %s %.2f %d\n", n, f[1], f[2]+f[3], f[4]/1024}'
}

for size in $sizes; do
  dir=$work/$size
  target=.; glob='**/*.md'; [ "$size" = single ] && target=median.md && glob=median.md
  cp "$work/.markdownlint-cli2.jsonc" "$work/.textlintrc.json" "$dir/"
  rm -rf "$dir/.copydesk-cache"
  {
    measure floor "$dir" dotnet "$work/floor/Copydesk.Floor.dll" "$target"
    measure copydesk-cold "$dir" dotnet "$work/copydesk/copydesk.dll" check "$target" --no-cache --no-progress
    # Seed the cache as a repository's earlier runs would. The cache trusts no file or folder written within the
    # last two seconds (a rewrite within one tick of the file system's clock keeps its time), and the copies are
    # fresh: wait that long, and let a second run record what the first could not.
    seed() { ( cd "$dir" && "$@" check "$target" --no-progress >/dev/null 2>&1 || true ); }
    seed dotnet "$work/copydesk/copydesk.dll"; sleep 2; seed dotnet "$work/copydesk/copydesk.dll"
    measure copydesk-warm "$dir" dotnet "$work/copydesk/copydesk.dll" check "$target" --no-progress
    measure native-floor "$dir" "$work/native-Copydesk.Floor/Copydesk.Floor" "$target"
    measure native-cold "$dir" "$work/native-Copydesk.Cli/copydesk" check "$target" --no-cache --no-progress
    # The cache holds one build's results: the native build seeds its own.
    seed "$work/native-Copydesk.Cli/copydesk"; seed "$work/native-Copydesk.Cli/copydesk"
    measure native-warm "$dir" "$work/native-Copydesk.Cli/copydesk" check "$target" --no-progress
    measure markdownlint-cli2 "$dir" "$peers/node_modules/.bin/markdownlint-cli2" "$glob"
    measure textlint "$dir" "$peers/node_modules/.bin/textlint" "$target"
  } > "$work/$size.results"

  files=$( [ "$size" = single ] && echo 1 || find "$dir" -name '*.md' | wc -l )
  echo
  echo "### $size ($files files, $(du -sh "$dir" | cut -f1)), median of $runs runs, $(nproc) cores"
  echo
  echo "| tool | wall s | CPU s | peak MiB | copydesk-cold is faster by | native-cold is faster by |"
  echo "|---|---:|---:|---:|---:|---:|"
  cold=$(awk '$1=="copydesk-cold" {print $2}' "$work/$size.results")
  native=$(awk '$1=="native-cold" {print $2}' "$work/$size.results")
  awk -v c="$cold" -v n="$native" '
    function ratio(t, base) { return (t > 0 && base > 0) ? sprintf("%.1fx", t / base) : "-" }
    { printf "| %s | %.3f | %.2f | %d | %s | %s |\n", $1, $2, $3, $4, ratio($2, c), ratio($2, n) }' "$work/$size.results"
done
