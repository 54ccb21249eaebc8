#!/usr/bin/env bash
# The check step of action.yml: runs `seo-rewrite check` into SARIF (and, from the cache, again as annotations),
# over the configured paths or, with SEO_CHANGED_ONLY=true on a pull request, over the articles it changes. It
# always exits 0: the exit code goes to $GITHUB_OUTPUT, so that the SARIF is uploaded before the job fails.
#
# Environment (set by action.yml from its inputs): SEO_REWRITE_BIN, SEO_PATHS, SEO_CHANGED_ONLY, SEO_BASE_REF,
# SEO_BASELINE, SEO_ARGS, SEO_SARIF, SEO_ANNOTATIONS, and GitHub's GITHUB_OUTPUT and RUNNER_TEMP.
set -uo pipefail

output="${GITHUB_OUTPUT:-/dev/null}"
temp="${RUNNER_TEMP:-${TMPDIR:-/tmp}}"
read -r -a paths <<< "${SEO_PATHS:-}"
read -r -a extra <<< "${SEO_ARGS:-}"
options=(--cache --cache-location "$temp/seo-rewrite-check.json")
if [ -n "${SEO_BASELINE:-}" ]; then options+=(--baseline "$SEO_BASELINE"); fi

run_check() {
  # $1: the report format; $2…: its options. Reads the file list from $list when checking changed files only.
  local format="$1"
  shift
  if [ -n "${list:-}" ]; then
    node "$SEO_REWRITE_BIN" check --stdin-filepaths --format "$format" "$@" "${options[@]}" "${extra[@]}" < "$list"
  else
    node "$SEO_REWRITE_BIN" check --format "$format" "$@" "${options[@]}" "${extra[@]}" "${paths[@]}"
  fi
}

list=""
if [ "${SEO_CHANGED_ONLY:-false}" = "true" ] && [ -n "${SEO_BASE_REF:-}" ]; then
  list="$temp/seo-rewrite-changed.txt"
  if ! git diff --name-only --diff-filter=d "origin/$SEO_BASE_REF...HEAD" -- "${paths[@]}" > "$list"; then
    echo "::error::seo-rewrite: cannot list the changed files against origin/$SEO_BASE_REF (check out with fetch-depth: 0)"
    echo "exit-code=2" >> "$output"
    echo "sarif-file=" >> "$output"
    exit 0
  fi
  echo "seo-rewrite: files changed under ${SEO_PATHS:-the repository}: $(grep -c . "$list" || true)"
fi

rm -f "$SEO_SARIF"
run_check sarif --output-file "$SEO_SARIF"
code=$?
if [ "${SEO_ANNOTATIONS:-true}" = "true" ] && [ "$code" -ne 2 ]; then run_check github || true; fi

echo "exit-code=$code" >> "$output"
if [ -f "$SEO_SARIF" ]; then echo "sarif-file=$SEO_SARIF" >> "$output"; else echo "sarif-file=" >> "$output"; fi
exit 0
