#!/usr/bin/env python3
"""Checks a website built by `pact site` without a browser.

Every page parses as HTML5 (html5lib, strict); every link and src is relative and resolves
to a file of the site (and its #fragment to an id there); nothing refers to another site;
there is no script; every feed parses with feedparser and every calendar with icalendar;
every priorities.json is JSON; no private e-mail or phone of the fixtures appears anywhere,
while the public ones do (so the search is known to work).

Usage: check_site.py SITE FIXTURES
Exits 1 naming every problem, and when a tool it needs is missing.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

try:
    import feedparser
    import html5lib
    import icalendar
except ImportError as error:  # a missing tool is a failure, never a skip
    print(f"check_site: missing Python package: {error.name}; pip install html5lib feedparser icalendar",
          file=sys.stderr)
    sys.exit(1)

problems = []


def problem(text):
    problems.append(text)


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.refs = []
        self.ids = set()
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts += 1
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if name in ("href", "src", "srcset", "action", "poster", "data") and value is not None:
                self.refs.append((tag, name, value))

    handle_startendtag = handle_starttag


def site_files(site):
    for folder, _, names in os.walk(site):
        for name in names:
            path = os.path.join(folder, name)
            yield os.path.relpath(path, site)


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    site, fixtures = sys.argv[1], sys.argv[2]
    files = sorted(site_files(site))
    pages = [f for f in files if f.endswith(".html")]
    if not pages:
        problem(f"{site}: no pages")
    parsed = {}
    for page in pages:
        with open(os.path.join(site, page), "rb") as handle:
            data = handle.read()
        parser = html5lib.HTMLParser(strict=True)
        try:
            parser.parse(data)
        except Exception as error:  # html5lib raises ParseError at the first error
            problem(f"{page}: not valid HTML5: {error} (at {parser.errors[:1]})")
        text = data.decode("utf-8")
        links = Links()
        links.feed(text)
        parsed[page] = links
        if links.scripts:
            problem(f"{page}: has a <script> element")
        if not text.startswith("<!DOCTYPE html>") or '<html lang="en-GB">' not in text:
            problem(f"{page}: does not start <!DOCTYPE html> with lang en-GB")
    checked = 0
    for page, links in parsed.items():
        for tag, name, value in links.refs:
            parts = urlsplit(value)
            if parts.scheme or parts.netloc or value.startswith("/"):
                problem(f"{page}: <{tag} {name}=\"{value}\"> is not a relative link")
                continue
            target = page if not parts.path else os.path.normpath(
                os.path.join(os.path.dirname(page), unquote(parts.path)))
            if target.startswith(".."):
                problem(f"{page}: {value} leads outside the site")
                continue
            if not os.path.isfile(os.path.join(site, target)):
                problem(f"{page}: {value} does not resolve (no {target})")
                continue
            if parts.fragment and target.endswith(".html"):
                ids = parsed[target].ids if target in parsed else set()
                if parts.fragment not in ids:
                    problem(f"{page}: {value}: no id {parts.fragment} in {target}")
            checked += 1
    if checked == 0:
        problem("no links were checked")
    for name in files:
        path = os.path.join(site, name)
        with open(path, "rb") as handle:
            data = handle.read()
        if name.endswith(".css"):
            css = data.decode("utf-8")
            if re.search(r"url\(|@import|https?:", css):
                problem(f"{name}: refers to another file or site")
        if name.endswith(".html") and re.search(rb"(href|src)=\"(https?:)?//", data):
            problem(f"{name}: links to another site")
    feeds = [f for f in files if f.endswith("feed.xml")]
    calendars = [f for f in files if f.endswith(".ics")]
    priorities = [f for f in files if f.endswith("priorities.json")]
    if not feeds or not calendars or not priorities:
        problem("a panel lacks its feed, calendar or priorities")
    for name in feeds:
        feed = feedparser.parse(os.path.join(site, name))
        if feed.bozo:
            problem(f"{name}: feedparser: {feed.bozo_exception}")
        if feed.version != "atom10":
            problem(f"{name}: not Atom 1.0 ({feed.version})")
        ids = [entry.get("id") for entry in feed.entries]
        # One entry per newsletter page of the panel, the latest 12: none for a panel that
        # has not met.
        folder = os.path.dirname(name)
        newsletters = [f for f in files if f.startswith(folder + "/meetings/")
                       and 'id="newsletter"' in open(os.path.join(site, f), encoding="utf-8").read()]
        if len(feed.entries) != min(12, len(newsletters)) or len(set(ids)) != len(ids):
            problem(f"{name}: {len(feed.entries)} entries ({len(set(ids))} ids) for "
                    f"{len(newsletters)} newsletters")
        for entry in feed.entries:
            if not entry.get("updated") or not entry.get("link") or not entry.get("content"):
                problem(f"{name}: entry {entry.get('id')} lacks updated, link or content")
    for name in calendars:
        with open(os.path.join(site, name), "rb") as handle:
            try:
                calendar = icalendar.Calendar.from_ical(handle.read())
                if calendar.name != "VCALENDAR":
                    problem(f"{name}: not a VCALENDAR")
            except Exception as error:
                problem(f"{name}: icalendar: {error}")
    for name in priorities:
        with open(os.path.join(site, name), encoding="utf-8") as handle:
            try:
                if not isinstance(json.load(handle), list):
                    problem(f"{name}: not a JSON array")
            except ValueError as error:
                problem(f"{name}: not JSON: {error}")
    private_contacts(site, files, fixtures)
    for text in problems:
        print("check_site: " + text, file=sys.stderr)
    print(f"check_site: {len(pages)} pages, {checked} links, {len(feeds)} feeds, "
          f"{len(calendars)} calendars: {len(problems)} problems")
    return 1 if problems else 0


def private_contacts(site, files, fixtures):
    """No private e-mail or phone of any fixture member appears in the site."""
    private, public = set(), set()
    for folder, _, names in os.walk(fixtures):
        if os.path.basename(folder) != "members":
            continue
        for name in names:
            with open(os.path.join(folder, name), encoding="utf-8") as handle:
                member = json.load(handle)
            details = {member[k] for k in ("email", "phone") if member.get(k)}
            (public if member.get("public") and not member.get("leftOn") else private).update(details)
    if not private or not public:
        problem(f"{fixtures}: expected members with private and with public contacts")
    contents = b"".join(open(os.path.join(site, f), "rb").read() for f in files)
    for detail in sorted(private):
        if detail.encode() in contents:
            problem(f"private contact {detail} appears in the site")
    for detail in sorted(public):
        if detail.encode() not in contents:
            problem(f"public contact {detail} is missing, so the search cannot be trusted")
    print(f"check_site: {len(private)} private contacts searched for, none may appear")


if __name__ == "__main__":
    sys.exit(main())
