#!/usr/bin/env bash
# What each socket retains, by class: the difference of two `jcmd GC.class_histogram`
# dumps (before and with the sockets open, both after a full GC) divided by the sockets.
#
#   infra/bench/histogram-diff.sh DIR SOCKETS [ROWS]   # DIR from run.sh: histogram-{before,after}.txt
set -euo pipefail
dir=$1 sockets=$2 rows=${3:-25}
awk -v n="$sockets" -v rows="$rows" '
	FNR == 1 { file++ }
	$1 ~ /^[0-9]+:$/ { bytes[$4] += (file == 1 ? -$3 : $3); count[$4] += (file == 1 ? -$2 : $2) }
	END {
		for (c in bytes) { total += bytes[c]; if (bytes[c] > 0) printf "%.1f %.2f %s\n", bytes[c] / n, count[c] / n, c }
		printf "%.1f - TOTAL\n", total / n
	}' "$dir/histogram-before.txt" "$dir/histogram-after.txt" |
	sort -k1,1 -g -r | head -n "$((rows + 1))" |
	awk 'BEGIN { print "| bytes / socket | instances / socket | class |"; print "| ---: | ---: | --- |" }
		{ printf "| %s | %s | %s |\n", $1, $2, $3 }'
