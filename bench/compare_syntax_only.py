#!/usr/bin/env python3
"""Compares consentlint with `clang -fsyntax-only` on the same files.

    bench/compare_syntax_only.py -p <build-dir> [--consentlint BIN]
                                 [--clang clang-19] [-j N] [--limit N]
                                 [--repeat N] [--label NAME] [--markdown]

Runs every compile command of <build-dir>/compile_commands.json through
`clang -fsyntax-only` (the same flags, -w added), then runs consentlint on
the same database, and reports CPU time (user+sys of the child processes,
which a busy machine disturbs less than wall time) and wall time, and the
ratio consentlint / clang. Peak memory (max RSS) of consentlint is reported
too. Nothing is cached between runs; take the best of --repeat runs.
"""
import argparse
import json
import os
import resource
import shlex
import subprocess
import sys
import time


def child_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def clang_commands(db, clang):
    out = []
    for e in db:
        args = e.get("arguments") or shlex.split(e["command"])
        args = list(args)
        cmd = [clang]
        skip = False
        for a in args[1:]:
            if skip:
                skip = False
                continue
            if a in ("-o", "-MF", "-MT", "-MQ"):
                skip = True
                continue
            if a in ("-c", "-MD", "-MMD") or a.startswith("-o"):
                continue
            cmd.append(a)
        cmd += ["-fsyntax-only", "-w"]
        # As consentlint does: Objective-C on a non-Apple host needs the
        # modern runtime for ARC.
        f = e["file"]
        if (f.endswith(".m") or f.endswith(".mm")) and not any(
                x.startswith("-fobjc-runtime") or x.startswith("--target")
                or x.startswith("-target") for x in cmd):
            cmd.insert(1, "-fobjc-runtime=macosx")
        out.append((e["directory"], cmd))
    return out


def run_clang(cmds, jobs):
    start_cpu, start = child_cpu(), time.time()
    pending = list(cmds)
    running = []
    failed = 0
    while pending or running:
        while pending and len(running) < jobs:
            d, c = pending.pop(0)
            running.append(subprocess.Popen(c, cwd=d, stdout=subprocess.DEVNULL,
                                            stderr=subprocess.DEVNULL))
        for p in list(running):
            if p.poll() is not None:
                failed += p.returncode != 0
                running.remove(p)
        time.sleep(0.002)
    return child_cpu() - start_cpu, time.time() - start, failed


def run_consentlint(binary, build_dir, jobs, extra):
    start = time.time()
    err = open(os.path.join(build_dir, "consentlint-bench.stderr"), "w+")
    p = subprocess.Popen([binary, "-p", build_dir, "-j", str(jobs), "--quiet",
                          "--fail-on=never", "-o", os.devnull] + extra,
                         stdout=subprocess.DEVNULL, stderr=err)
    # wait4 gives this process's own CPU time and peak memory.
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.time() - start
    err.seek(0)
    code = os.waitstatus_to_exitcode(status)
    return ru.ru_utime + ru.ru_stime, wall, code, ru.ru_maxrss, err.read()


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("-p", dest="build", required=True)
    ap.add_argument("--consentlint",
                    default=os.path.join(here, "..", "build", "bin", "consentlint"))
    ap.add_argument("--clang", default="clang-19")
    ap.add_argument("-j", dest="jobs", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--label", default=None)
    ap.add_argument("--markdown", action="store_true",
                    help="print a Markdown table row for docs/performance.md")
    ap.add_argument("extra", nargs="*", help="extra consentlint arguments")
    a = ap.parse_args()

    db = json.load(open(os.path.join(a.build, "compile_commands.json")))
    # Sources generated at build time (never built here) are left out of
    # both sides; the filtered database lives next to the original.
    def exists(e):
        f = e["file"]
        return os.path.exists(f if os.path.isabs(f) else os.path.join(e["directory"], f))
    missing = [e["file"] for e in db if not exists(e)]
    db = [e for e in db if exists(e)]
    bench_dir = os.path.join(a.build, "consentlint-bench")
    os.makedirs(bench_dir, exist_ok=True)
    json.dump(db, open(os.path.join(bench_dir, "compile_commands.json"), "w"))
    a.build = bench_dir
    cmds = clang_commands(db, a.clang)
    # Process start-up of clang (dynamic linking of LLVM) is paid once per
    # unit by the baseline and once per run by consentlint; measure it so the
    # ratio can be given without it too.
    empty = os.path.join(bench_dir, "empty.c")
    open(empty, "w").close()
    startup = run_clang([(bench_dir, [a.clang, "-fsyntax-only", "-w", empty])] * 20, 1)[0] / 20
    best_clang = best_cl = None
    for _ in range(a.repeat):
        c = run_clang(cmds, a.jobs)
        best_clang = c if best_clang is None or c[0] < best_clang[0] else best_clang
        r = run_consentlint(a.consentlint, a.build, a.jobs, a.extra)
        if r[2] == 2:
            sys.stderr.write("consentlint reported errors:\n" + r[4][-3000:])
        best_cl = r if best_cl is None or r[0] < best_cl[0] else best_cl
    label = a.label or os.path.basename(os.path.abspath(os.path.join(a.build, "..")))
    # consentlint's own fixed cost per run (dynamic loading, reading the
    # rule packs and the config), measured with --list-checks in the same
    # directory, is taken off its side in the same way.
    cl_fixed = 0.0
    for _ in range(5):
        q = subprocess.Popen([a.consentlint, "--list-checks"] + a.extra,
                             cwd=a.build, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
        _, _, ru = os.wait4(q.pid, 0)
        cl_fixed += (ru.ru_utime + ru.ru_stime) / 5
    ratio_cpu = best_cl[0] / best_clang[0] if best_clang[0] else float("nan")
    clang_net = best_clang[0] - startup * len(cmds)
    ratio_net = best_cl[0] / clang_net if clang_net > 0 else float("nan")
    cl_net = best_cl[0] - cl_fixed
    ratio_both = cl_net / clang_net if clang_net > 0 else float("nan")
    ratio_wall = best_cl[1] / best_clang[1] if best_clang[1] else float("nan")
    result = {
        "label": label, "units": len(cmds), "jobs": a.jobs,
        "clang_cpu_s": round(best_clang[0], 2), "clang_wall_s": round(best_clang[1], 2),
        "clang_failed_units": best_clang[2],
        "consentlint_cpu_s": round(best_cl[0], 2), "consentlint_wall_s": round(best_cl[1], 2),
        "consentlint_exit": best_cl[2], "consentlint_max_rss_mb": round(best_cl[3] / 1024, 1),
        "ratio_cpu": round(ratio_cpu, 3), "ratio_wall": round(ratio_wall, 3),
        "clang_startup_cpu_s_per_unit": round(startup, 4),
        "ratio_cpu_without_clang_startup": round(ratio_net, 3),
        "consentlint_fixed_cpu_s": round(cl_fixed, 3),
        "ratio_cpu_without_startup_on_both_sides": round(ratio_both, 3),
        "skipped_missing_files": missing,
    }
    if a.markdown:
        print("| %s | %d | %d | %.2f s | %.2f s | %.2fx | %.2fx | **%.2fx** | %.0f MB |" % (
            label, len(cmds), a.jobs, best_clang[0], best_cl[0], ratio_cpu,
            ratio_net, ratio_both, best_cl[3] / 1024))
    else:
        print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
