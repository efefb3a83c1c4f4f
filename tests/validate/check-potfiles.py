#!/usr/bin/env python3
"""potfiles test: every source file with translatable strings is listed in
po/POTFILES.in, and every file listed there exists."""
import os
import re
import sys

top = sys.argv[1]
listed = set()
with open(os.path.join(top, "po", "POTFILES.in"), encoding="utf-8") as f:
    for line in f:
        line = line.strip()
        if line and not line.startswith("#"):
            listed.add(line)

C_MARK = re.compile(r'(?<![A-Za-z0-9_])(_|N_|C_|NC_|Q_|g_dngettext|ngettext|g_dpgettext2)\s*\(')
UI_MARK = re.compile(r'translatable="yes"')
XML_MARK = re.compile(r'<(summary|description|name|p|li|caption)\b|gettext-domain=')
DESKTOP_MARK = re.compile(r'^(Name|GenericName|Comment|Keywords)=', re.M)

failures = []
for sub in ("src", "data"):
    for dirpath, dirnames, filenames in os.walk(os.path.join(top, sub)):
        for name in filenames:
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, top)
            try:
                text = open(path, encoding="utf-8").read()
            except (UnicodeDecodeError, OSError):
                continue
            if name.endswith((".c", ".h")):
                marked = C_MARK.search(text)
            elif name.endswith(".ui"):
                marked = UI_MARK.search(text)
            elif name.endswith((".metainfo.xml.in.in", ".metainfo.xml.in", ".gschema.xml")):
                marked = XML_MARK.search(text)
            elif name.endswith((".desktop.in.in", ".desktop.in")):
                marked = DESKTOP_MARK.search(text)
            else:
                marked = None
            if marked and rel not in listed:
                failures.append(f"{rel} has translatable strings but is not in po/POTFILES.in")

for rel in sorted(listed):
    if not os.path.exists(os.path.join(top, rel)):
        failures.append(f"po/POTFILES.in lists {rel}, which does not exist")

for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
