#!/usr/bin/env python3
"""Makes a hostile copy of a sample panel: titles, notes and names holding HTML, Markdown
and control characters, as a hand edit or another tool could leave them.

Usage: hostile_panel.py FIXTURE COPY
"""
import glob
import json
import os
import shutil
import sys

HOSTILE = ("<script>alert('x')</script> **bold** [link](http://example.com) "
           "<img src=x onerror=alert(1)> & &amp; \u0007bell \u001b[31mred\u0000 # heading")


def edit(path, change):
    with open(path, encoding="utf-8") as handle:
        record = json.load(handle)
    change(record)
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(record, handle, indent=2, sort_keys=True, ensure_ascii=False)
        handle.write("\n")


def main():
    source, copy = sys.argv[1], sys.argv[2]
    shutil.copytree(source, copy)
    edit(os.path.join(copy, "panel.json"), lambda r: r.update(name="Hostile " + HOSTILE))
    for path in glob.glob(os.path.join(copy, "priorities", "*.json")):
        edit(path, lambda r: r.update(title=r["title"] + " " + HOSTILE))
    for path in glob.glob(os.path.join(copy, "actions", "*.json")):
        def change(record):
            record["title"] = HOSTILE + " " + record["title"]
            for update in record.get("updates", []):
                if update.get("note"):
                    update["note"] = update["note"] + " " + HOSTILE
        edit(path, change)
    for path in glob.glob(os.path.join(copy, "meetings", "*.json")):
        edit(path, lambda r: r.update(venue=HOSTILE))


if __name__ == "__main__":
    main()
