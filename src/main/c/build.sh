#!/usr/bin/env bash
# Builds the optimized native parser (tree-sitter core + Python and Java grammars + our JNI glue:
# ssot_ts.c parses, ssot_python_walk.c walks Python trees, ssot_files.c reads, probes and lists)
# into OUT_DIR/<os>-<arch>/libssotts.so, from C sources of pinned npm packages fetched with
# `npm pack` into WORK_DIR. Never fails the build: without gcc, npm or the network it says why and
# stops, and ssot runs on the (slower) bundled tree-sitter natives instead.
# Usage: build.sh JAVA_HOME WORK_DIR OUT_DIR
set -uo pipefail
java_home="$1"; work="$2"; out="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
packages=(tree-sitter@0.25.0 tree-sitter-python@0.25.0 tree-sitter-java@0.23.5)

skip() { echo "[ssot native] skipped: $1; using the bundled tree-sitter natives" >&2; exit 0; }

[[ "$(uname -s)" == Linux ]] || skip "only Linux is built here"
case "$(uname -m)" in x86_64|amd64) arch=x86_64 ;; aarch64|arm64) arch=aarch64 ;; *) skip "unknown arch $(uname -m)" ;; esac
lib="$out/linux-$arch/libssotts.so"
if [[ "${SSOT_NATIVE_BUILD:-1}" == 0 ]]; then skip "SSOT_NATIVE_BUILD=0"; fi
glue=(ssot_ts ssot_python_walk ssot_files)
fresh=1
for source in "${glue[@]/%/.c}" ssot_ts.h ssot_ts_atomic.h "$(basename "$0")"; do [[ "$here/$source" -nt "$lib" ]] && fresh=0; done
if [[ -f "$lib" && $fresh == 1 ]]; then exit 0; fi
command -v gcc >/dev/null || skip "no gcc"
[[ -f "$java_home/include/jni.h" ]] || skip "no jni.h under $java_home/include"

mkdir -p "$work"
for package in "${packages[@]}"; do
  name="${package%@*}"; version="${package##*@}"
  dir="$work/$name-$version"
  if [[ ! -d "$dir/package/src" && ! -d "$dir/package/vendor" ]]; then
    command -v npm >/dev/null || skip "no npm to fetch $package"
    (cd "$work" && npm pack --silent "$package" >/dev/null 2>&1) || skip "npm pack $package failed"
    mkdir -p "$dir" && tar xzf "$work/$name-$version.tgz" -C "$dir" || skip "cannot unpack $package"
  fi
done
core="$work/tree-sitter-0.25.0/package/vendor/tree-sitter/lib"
python="$work/tree-sitter-python-0.25.0/package/src"
java="$work/tree-sitter-java-0.23.5/package/src"
objects="$work/obj"
mkdir -p "$objects" "$(dirname "$lib")"
# -O3 with link-time optimization: the parser's hot paths cross the core's and a grammar's objects
# (parse and query 18% less CPU than -O2 alone; a cold audit 5-7% less, bench/README.md).
flags=(-O3 -flto=auto -fPIC -DNDEBUG -fvisibility=hidden -w)
# The grammars compile to independent objects in parallel; the JNI symbols are the only exports.
gcc "${flags[@]}" -std=c11 -D_DEFAULT_SOURCE -include "$here/ssot_ts_atomic.h" -I"$core/include" -I"$core/src" \
  -c "$core/src/lib.c" -o "$objects/core.o" &
gcc "${flags[@]}" -I"$python" -c "$python/parser.c" -o "$objects/python-parser.o" &
gcc "${flags[@]}" -I"$python" -c "$python/scanner.c" -o "$objects/python-scanner.o" &
gcc "${flags[@]}" -I"$java" -c "$java/parser.c" -o "$objects/java-parser.o" &
for name in "${glue[@]}"; do
  gcc "${flags[@]}" -fvisibility=default -I"$core/include" -I"$core/src" -I"$java_home/include" -I"$java_home/include/linux" \
    -c "$here/$name.c" -o "$objects/$name.o" &
done
failed=0
for job in $(jobs -p); do wait "$job" || failed=1; done
[[ $failed == 0 ]] || skip "gcc failed"
# Only the JNI entry points are exported, so nothing clashes with another tree-sitter in the JVM.
printf '{ global: Java_*; local: *; };\n' >"$objects/exports.map"
# The objects by name: a work folder kept from an older build may hold others.
linked=()
for name in core python-parser python-scanner java-parser "${glue[@]}"; do linked+=("$objects/$name.o"); done
gcc "${flags[@]}" -shared -Wl,--version-script="$objects/exports.map" -o "$lib.tmp" "${linked[@]}" || skip "linking failed"
mv -f "$lib.tmp" "$lib"
echo "[ssot native] built $lib" >&2
