#!/usr/bin/env python3
"""FollowUp's benchmarks: every figure is one line `NAME VALUE UNIT`, the
median of 5 runs.  Ratios are over a yardstick measured in the same run:
the smallest libadwaita window (bench-baseline) for start-up, json-glib's
plain parse / generate+fsync of the same file for load and save.

usage: run-bench.py GENERATOR BENCH_STORE BASELINE FOLLOWUP SCHEMA_DIR BENCH_SCROLL BENCH_SEARCH_UI
                    BENCH_EDIT_UI
Runs itself under xvfb-run and dbus-run-session when there is no display.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

RUNS = 5
SIZES = (1000, 10000)

if not os.environ.get("DISPLAY") and not os.environ.get("FOLLOWUP_BENCH_INNER"):
    env = dict(os.environ, FOLLOWUP_BENCH_INNER="1")
    sys.exit(subprocess.call(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24",
                              "dbus-run-session", "--", sys.executable] + sys.argv, env=env))

generator, bench_store, baseline, followup, schema_dir, bench_scroll, bench_search_ui, bench_edit_ui = sys.argv[1:9]
work = tempfile.mkdtemp(prefix="followup-bench-")


def run_rss(argv, env=None):
    """Runs a child and returns (figures, peak RSS in MiB) using wait4."""
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        outfile = os.open(os.path.join(work, "child.out"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(outfile, 1)
        os.execvpe(argv[0], argv, env or os.environ)
    _, status, usage = os.wait4(pid, 0)
    if status != 0:
        sys.exit(f"{argv[0]} failed with status {status}")
    figures = {}
    with open(os.path.join(work, "child.out")) as f:
        for line in f:
            parts = line.split()
            if len(parts) == 2:
                figures[parts[0]] = float(parts[1])
    return figures, usage.ru_maxrss / 1024.0


def median(values):
    return statistics.median(values)


def app_env(data_file):
    home = tempfile.mkdtemp(dir=work)
    os.makedirs(os.path.join(home, "data", "followup"))
    if data_file:
        # The app saves what the rules add: every run starts from the same file.
        shutil.copy(data_file, os.path.join(home, "data", "followup", "followup.json"))
    return dict(os.environ, FOLLOWUP_BENCH="1", GSETTINGS_BACKEND="memory",
                GSETTINGS_SCHEMA_DIR=schema_dir, GSK_RENDERER="cairo", GTK_A11Y="none",
                GDK_BACKEND="x11", XDG_DATA_HOME=os.path.join(home, "data"),
                XDG_CONFIG_HOME=os.path.join(home, "config"),
                XDG_CACHE_HOME=os.path.join(home, "cache"))


figures = []


def report(name, value, unit):
    figures.append((name, value, unit))
    print(f"{name} {value:.2f} {unit}", flush=True)


try:
    files = {}
    for n in SIZES:
        path = os.path.join(work, f"jobs-{n}.json")
        subprocess.check_call([generator, path, str(n)])
        files[n] = path
        report(f"file-kib-per-job-{n}", os.path.getsize(path) / 1024.0 / n, "KiB")

    for n in SIZES:
        base_ff, base_rss, first, filled, rss = [], [], [], [], []
        for _ in range(RUNS):
            f, r = run_rss([baseline], app_env(None))
            base_ff.append(f["first-frame-ms"])
            base_rss.append(r)
            f, r = run_rss([followup], app_env(files[n]))
            first.append(f["first-frame-ms"])
            filled.append(f["filled-ms"])
            rss.append(r)
        b = median(base_ff)
        report(f"baseline-first-frame-ms-{n}", b, "ms")
        report(f"first-frame-ratio-{n}", median(first) / b, "x")
        report(f"filled-ratio-{n}", median(filled) / b, "x")
        report(f"filled-ms-{n}", median(filled), "ms")
        report(f"peak-rss-extra-mib-{n}", median(rss) - median(base_rss), "MiB")

    n = 10000
    parse, parse_rss, load, generate, save, block, rules = [], [], [], [], [], [], []
    rules_all, search_first, keystroke = [], [], []
    rules_block, rules_block_cpu, rules_ui = [], [], []
    search_fold, search_slice = [], []
    for _ in range(RUNS):
        f, r = run_rss([bench_store, "parse", files[n]])
        parse.append(f["parse-ms"])
        parse_rss.append(r)
        load.append(run_rss([bench_store, "load", files[n]])[0]["load-ms"])
        generate.append(run_rss([bench_store, "generate", files[n]])[0]["generate-ms"])
        f, _ = run_rss([bench_store, "save", files[n]])
        save.append(f["save-ms"])
        block.append(f["save-ui-block-ms"])
        f, _ = run_rss([bench_store, "rules", files[n]])
        rules.append(f["rules-ms"])
        rules_all.append(f["rules-all-ms"])
        f, _ = run_rss([bench_store, "rules-ui", files[n]], app_env(None))
        rules_block.append(f["rules-ui-block-ms"])
        rules_block_cpu.append(f["rules-ui-block-cpu-ms"])
        rules_ui.append(f["rules-ui-ms"])
        f, _ = run_rss([bench_store, "search", files[n]])
        search_first.append(f["search-first-ms"])
        keystroke.append(f["search-keystroke-ms"])
        search_fold.append(f["search-fold-ms"])
        search_slice.append(f["search-fold-slice-ms"])
    report(f"parse-ms-{n}", median(parse), "ms")
    report(f"json-parse-peak-rss-mib-{n}", median(parse_rss), "MiB")
    report(f"load-ratio-{n}", median(load) / median(parse), "x")
    report(f"save-ratio-{n}", median(save) / median(generate), "x")
    report(f"save-ui-block-ms-{n}", median(block), "ms")
    # After an edit, as the app re-runs them; and everything from scratch
    # (the first run after a load, or after a contact or setting changed).
    report(f"rules-ms-{n}", median(rules), "ms")
    report(f"rules-all-ms-{n}", median(rules_all), "ms")
    # The app's runner after a load, in idle slices: the longest stall of
    # the main loop it causes, and how long until it is done (its second
    # run, after its own changes, included).
    report(f"rules-ui-block-ms-{n}", median(rules_block), "ms")
    report(f"rules-ui-block-cpu-ms-{n}", median(rules_block_cpu), "ms")
    report(f"rules-ui-ms-{n}", median(rules_ui), "ms")
    # The longest keystroke of a typed query, every job matched; the first
    # one folds every job's text.
    report(f"search-keystroke-ms-{n}", median(keystroke), "ms")
    report(f"search-first-ms-{n}", median(search_first), "ms")
    # What the app folds ahead of need after a load, in idle slices.
    report(f"search-fold-ms-{n}", median(search_fold), "ms")
    report(f"search-fold-slice-ms-{n}", median(search_slice), "ms")

    # The fullest board column scrolled 120 px a frame (bench-scroll.c):
    # the main thread's busy time per scroll step, the frame alone, and
    # its CPU time, which other programs on the machine do not lengthen.
    scroll, scroll_work, scroll_cpu = [], [], []
    for _ in range(RUNS):
        f, _ = run_rss([bench_scroll, files[n]], app_env(None))
        scroll.append(f["scroll-frame-p95-ms"])
        scroll_work.append(f["scroll-work-p95-ms"])
        scroll_cpu.append(f["scroll-cpu-p95-ms"])
    report(f"scroll-frame-p95-ms-{n}", median(scroll), "ms")
    report(f"scroll-work-p95-ms-{n}", median(scroll_work), "ms")
    report(f"scroll-cpu-p95-ms-{n}", median(scroll_cpu), "ms")
    # A query typed into the real window's search entry letter by letter
    # (bench-search-ui.c): the main thread's work for each letter (the
    # search, the board's filters, the follow-ups view) and the frame
    # drawn after it; the first letter typed 1 s after the loaded board
    # was drawn, or at once.
    ui_first, ui_key, ui_delete, ui_first_now, ui_key_cpu = [], [], [], [], []
    for _ in range(RUNS):
        env = app_env(files[n])
        del env["FOLLOWUP_BENCH"]
        f, _ = run_rss([bench_search_ui, "1000"], env)
        ui_first.append(f["search-ui-first-ms"])
        ui_key.append(f["search-ui-keystroke-ms"])
        ui_delete.append(f["search-ui-delete-ms"])
        ui_key_cpu.append(f["search-ui-keystroke-cpu-ms"])
        env = app_env(files[n])
        del env["FOLLOWUP_BENCH"]
        f, _ = run_rss([bench_search_ui, "0"], env)
        ui_first_now.append(f["search-ui-first-ms"])
    report(f"search-ui-keystroke-ms-{n}", median(ui_key), "ms")
    report(f"search-ui-delete-ms-{n}", median(ui_delete), "ms")
    # The same, counting only the main thread's CPU time.
    report(f"search-ui-keystroke-cpu-ms-{n}", median(ui_key_cpu), "ms")
    report(f"search-ui-first-ms-{n}", median(ui_first), "ms")
    report(f"search-ui-first-at-load-ms-{n}", median(ui_first_now), "ms")
    # The same query typed while the follow-ups view is shown: a letter
    # that changes the rows on screen builds new rows.
    fu_key, fu_delete = [], []
    for _ in range(RUNS):
        env = app_env(files[n])
        del env["FOLLOWUP_BENCH"]
        f, _ = run_rss([bench_search_ui, "1000", "follow-ups"], env)
        fu_key.append(f["search-ui-keystroke-ms"])
        fu_delete.append(f["search-ui-delete-ms"])
    report(f"search-ui-follow-ups-keystroke-ms-{n}", median(fu_key), "ms")
    report(f"search-ui-follow-ups-delete-ms-{n}", median(fu_delete), "ms")
    # Edits as the views make them (a follow-up done, a job's notes), 4 s
    # after the loaded board was drawn (bench-edit-ui.c): the longest the
    # main loop was kept from running in the second after one, with the
    # board shown, in its CPU time too, and with the follow-ups view shown.
    edit, edit_cpu, edit_fu = [], [], []
    for _ in range(RUNS):
        env = app_env(files[n])
        del env["FOLLOWUP_BENCH"]
        f, _ = run_rss([bench_edit_ui, "4000"], env)
        edit.append(f["edit-ui-block-ms"])
        edit_cpu.append(f["edit-ui-block-cpu-ms"])
        env = app_env(files[n])
        del env["FOLLOWUP_BENCH"]
        f, _ = run_rss([bench_edit_ui, "4000", "follow-ups"], env)
        edit_fu.append(f["edit-ui-block-ms"])
    report(f"edit-ui-block-ms-{n}", median(edit), "ms")
    report(f"edit-ui-block-cpu-ms-{n}", median(edit_cpu), "ms")
    report(f"edit-ui-follow-ups-block-ms-{n}", median(edit_fu), "ms")
finally:
    shutil.rmtree(work, ignore_errors=True)
