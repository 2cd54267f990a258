# Sourced by the other scripts: where the project's own tools live and the PATH that finds
# them first. Tools sit outside the clone so a fresh clone on the same machine reuses them.
export SIGNPOST_TOOLS="${SIGNPOST_TOOLS:-$HOME/.cache/signpost-tools}"
# npm's binaryen (wasm-opt 132) must come before any Debian binaryen on PATH.
export PATH="$SIGNPOST_TOOLS/node_modules/.bin:$HOME/.cargo/bin:$PATH"
