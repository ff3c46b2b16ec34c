#!/usr/bin/env bash
# Start-up to first frame: from starting the program to its first frame being on screen,
# the app on its bundled catalogue against an empty eframe window of the same size, both
# under a virtual X server. Each prints when its first frame was built (laid out, ready to
# paint) and when it was shown (its second frame begins), and closes. Under Xvfb the frame
# is painted by Mesa's software rasteriser, so "shown" includes rasterising every pixel on
# the CPU, which a GPU does in well under a millisecond.
# Usage: benches/startup.sh [RUNS]   (needs Xvfb: apt-get install xvfb)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
cargo build --release --quiet --bin shoe-selector --example empty_window
display=:$((60 + RANDOM % 30))
Xvfb "$display" -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
home=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null; rm -rf "$home"' EXIT
sleep 1
# A settings folder of its own, so a user's last catalogue is not what is measured.
export DISPLAY=$display LIBGL_ALWAYS_SOFTWARE=1 XDG_DATA_HOME=$home XDG_CONFIG_HOME=$home
export XDG_RUNTIME_DIR=$home SHOE_SELECTOR_FIRST_FRAME_ONLY=1

# Microseconds from start to the first frame built and to it shown, one run per line
# (after one warm-up run).
measure() {
  "$@" >/dev/null 2>&1 || true
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$@" 2>/dev/null | awk -v start="$start" '
      $1 == "built" { built = ($2 - start) / 1000 }
      $1 == "shown" { shown = ($2 - start) / 1000 }
      END { printf "%d %d\n", built, shown }'
  done
}
# The median of column $1, in milliseconds.
median() { cut -d' ' -f"$1" | sort -n | awk '{v[NR]=$1} END {m=(NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2; printf "%.1f", m/1000}'; }

empty=$(measure target/release/examples/empty_window)
app=$(measure target/release/shoe-selector)
printf "start-up, median of %s runs          built     shown\n" "$runs"
printf "  empty eframe window:             %6s ms %6s ms\n" "$(median 1 <<<"$empty")" "$(median 2 <<<"$empty")"
printf "  shoe-selector, bundled catalogue: %6s ms %6s ms\n" "$(median 1 <<<"$app")" "$(median 2 <<<"$app")"
awk -v ab="$(median 1 <<<"$app")" -v eb="$(median 1 <<<"$empty")" \
    -v as="$(median 2 <<<"$app")" -v es="$(median 2 <<<"$empty")" \
    'BEGIN { printf "  ratio:                            %6.2fx    %6.2fx\n", ab / eb, as / es }'
