#!/usr/bin/env python3
"""expect_exit.py CODE CMD...: runs CMD and succeeds only if it exits CODE.

lit's internal shell has no $?, and `not` accepts any non-zero code; the
driver's exit codes (0 clean, 1 findings, 2 error) are part of its contract.
"""
import subprocess
import sys

want = int(sys.argv[1])
got = subprocess.call(sys.argv[2:])
if got != want:
    sys.stderr.write("expected exit code %d, got %d: %s\n" %
                     (want, got, " ".join(sys.argv[2:])))
    sys.exit(1)
