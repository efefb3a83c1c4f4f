#!/usr/bin/env python3
"""manifest test: the Flatpak manifest, as flatpak-builder itself reads it,
has the app id, a recent GNOME runtime, the right command, finish-args no
wider than a GNOME app needs, and builds the app with meson, last."""
import json
import os
import subprocess
import sys
import tempfile

manifest, builder = sys.argv[1], sys.argv[2]
APP_ID = "com.example.FollowUp"
ALLOWED_ARGS = {"--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"}

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


# flatpak-builder writes .flatpak-builder/ where it stands: run it in a
# throwaway folder so the source tree stays clean.
with tempfile.TemporaryDirectory() as tmp:
    out = subprocess.run([builder, "--show-manifest", os.path.abspath(manifest)],
                         cwd=tmp, capture_output=True, text=True)
if out.returncode != 0:
    print(out.stderr, file=sys.stderr)
    sys.exit("flatpak-builder could not read the manifest")

m = json.loads(out.stdout)
check(m.get("id") == APP_ID, f"id is {m.get('id')!r}, not {APP_ID}")
check(m.get("runtime") == "org.gnome.Platform", f"runtime is {m.get('runtime')!r}")
check(m.get("sdk") == "org.gnome.Sdk", f"sdk is {m.get('sdk')!r}")
try:
    version = int(str(m.get("runtime-version")).split(".")[0])
except ValueError:
    version = 0
check(version >= 48, f"runtime-version {m.get('runtime-version')!r} is older than 48")
check(m.get("command") == "followup", f"command is {m.get('command')!r}")

args = m.get("finish-args", [])
wider = [a for a in args if a not in ALLOWED_ARGS]
check(not wider, f"finish-args wider than needed: {wider}")
check("--socket=wayland" in args and "--socket=fallback-x11" in args,
      "finish-args lack the wayland / fallback-x11 sockets")

modules = m.get("modules", [])
check(len(modules) > 0, "no modules")
if modules:
    app = modules[-1]
    check(isinstance(app, dict) and app.get("name") == "followup",
          "the app module is not the last module")
    if isinstance(app, dict):
        check(app.get("buildsystem") == "meson", "the app module is not built with meson")
        check(app.get("run-tests") is True, "the app module does not run its tests")
        config = app.get("config-opts", [])
        check("-Dui_tests=false" in config,
              "the app module's tests include suites that need a display or bus")

for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
