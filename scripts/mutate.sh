#!/usr/bin/env bash
# Mutation testing (mutmut) of the modules whose bugs change stored or sent data, one module at a
# time, each with the narrowest test selection that covers it. `make mutate` runs them all;
# `bash scripts/mutate.sh ingest/store.py` runs one. Results: var/mutate/<module>/, a summary line
# per module on stdout; docs/testing.md lists the survivors and why each is harmless.
#
# mutmut reads its settings from the pyproject.toml of the folder it runs in, so each module runs
# in a scratch copy of the work tree (tracked and untracked files, not .venv) whose pyproject gets
# a [tool.mutmut] section naming that module and its tests. The source tree is never touched.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${BIN:-$ROOT/.venv/bin}
OUT=${MUTATE_OUT:-$ROOT/var/mutate}

# module -> the tests that cover it (space separated)
declare -A TESTS=(
  [ingest/store.py]="tests/ingest/test_store_batch.py tests/ingest/test_uidvalidity_reuse.py tests/ingest/test_store_rows.py tests/ingest/test_poll_local.py"
  [ingest/poll.py]="tests/ingest/test_poll_local.py tests/ingest/test_checkpoint_faults.py tests/ingest/test_poll_pins.py"
  [digest/ledger.py]="tests/digest/test_ledger_pins.py tests/digest/test_digest_crash.py"
  [review/security.py]="tests/review/test_review_accounts.py tests/review/test_review_users_web.py tests/review/test_security_pins.py"
  [review/mailview.py]="tests/review/test_mailview_sanitise.py"
)
ORDER=(ingest/store.py ingest/poll.py digest/ledger.py review/security.py review/mailview.py)

toml_list() {  # words -> a TOML array of strings
  local out="" word
  for word in "$@"; do out+="\"$word\", "; done
  printf '[%s]' "${out%, }"
}

run_module() {
  local module=$1 name scratch tests=()
  name=${module//\//.}
  scratch=$OUT/${name%.py}
  for test in ${TESTS[$module]}; do [[ -e $ROOT/$test ]] && tests+=("$test"); done
  rm -rf "$scratch" && mkdir -p "$scratch"
  (cd "$ROOT" && git ls-files --cached --others --exclude-standard -z \
    | grep -zv '^var/' | xargs -0 cp --parents -t "$scratch" 2>/dev/null || true)
  cat >>"$scratch/pyproject.toml" <<TOML

[tool.mutmut]
source_paths = ["unmignet", "ingest", "parsers", "models", "digest", "review", "migrations"]
only_mutate = ["$module"]
pytest_add_cli_args = ["-p", "no:cacheprovider", "-q"]
pytest_add_cli_args_test_selection = $(toml_list "${tests[@]}")
use_git_change_detection = false
TOML
  (cd "$scratch" && env -u PYTHONPATH nice -n 10 "$BIN/mutmut" run --max-children "${MUTATE_JOBS:-1}" \
      >"$scratch/run.log" 2>&1 || true
   cd "$scratch" && "$BIN/mutmut" results --all true >"$scratch/results.txt" 2>&1 || true)
  summarise "$module" "$scratch/results.txt"
}

summarise() {  # one line: module, mutants, killed, survived, other, score
  awk -v module="$1" '
    /: killed$/ {k++} /: survived$/ {s++} /: (timeout|suspicious|segfault)/ {o++}
    /: (not checked|no tests|skipped)/ {n++}
    END { total = k + s + o; score = total ? 100 * (k + o) / total : 0;
          printf "%-20s mutants %4d  killed %4d  survived %4d  timeout/other %3d  untested %3d  score %5.1f%%\n",
                 module, total + n, k, s, o, n, score }' "$2"
}

mkdir -p "$OUT"
if [[ $# -gt 0 ]]; then modules=("$@"); else modules=("${ORDER[@]}"); fi
for module in "${modules[@]}"; do run_module "$module"; done
