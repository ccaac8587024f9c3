# Sourced by the benchmark runners: sets $python to an interpreter that can
# import the given modules: $PYTHON if it can, else .venv-peer, created and
# filled from the registry on first use (torch from $TORCH_WHEEL when set).
#   peer_python torch numpy
peer_python() {
    python="${PYTHON:-.venv-peer/bin/python}"
    local imports
    imports=$(IFS=,; echo "$*")
    if ! "$python" -c "import $imports" 2>/dev/null; then
        python3 -m venv .venv-peer
        local packages=()
        for module in "$@"; do
            case "$module" in
                torch) packages+=("${TORCH_WHEEL:-torch}") ;;
                PIL) packages+=(pillow) ;;
                *) packages+=("$module") ;;
            esac
        done
        .venv-peer/bin/pip install --quiet "${packages[@]}"
        python=.venv-peer/bin/python
    fi
}
