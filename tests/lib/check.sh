# SPDX-License-Identifier: EPL-2.0
# Shared by the product-level test scripts (tests/product/*.sh, tests/slurm/slurm-test.sh): source it.
#
#   check NAME EXPECTED_EXIT PATTERN -- COMMAND...
#       runs COMMAND, passes when it exits EXPECTED_EXIT and its output (stdout and stderr) matches the
#       extended regular expression PATTERN; a failure prints the first $CHECK_SHOW_LINES (20) lines of it.
#   pass NAME / fail NAME        record a result decided by the script itself
#   check_summary               prints "N passed, M failed"; its status is 0 only when none failed
passed=0; failed=0
pass() { passed=$((passed + 1)); echo "PASS  $1"; }
fail() { failed=$((failed + 1)); echo "FAIL  $1"; }
check() {
  local name="$1" expected="$2" pattern="$3"; shift 4
  local out code
  out="$("$@" 2>&1)"; code=$?
  if [ "$code" = "$expected" ] && grep -Eq -- "$pattern" <<<"$out"; then
    pass "$name"
  else
    fail "$name (exit $code, expected $expected; wanted /$pattern/)"; sed 's/^/      /' <<<"$out" | head -"${CHECK_SHOW_LINES:-20}"
  fi
}
check_summary() {
  echo "$passed passed, $failed failed"
  [ "$failed" = 0 ]
}
