#!/usr/bin/env python3
"""Fill translations/kindred_<lang>.ts from tools/i18n/translations.json.

Usage (from the repository root):  python3 tools/i18n/apply_translations.py

translations.json maps each source text (exactly as in the .ts, XML-unescaped) to
{"de": "...", "fr": "..."}; numerus messages map to {"de": [forms...], "fr": [forms...]}.
The same source in several contexts shares one translation.

The .ts files are edited textually so the layout lupdate writes is kept byte for byte
outside the <translation> elements that change. Messages found in the dictionary are
filled and lose type="unfinished"; unknown ones are left as they are. Obsolete and
vanished messages are not touched. Running the script again changes nothing.
"""
import json
import re
import sys
from pathlib import Path

LANGS = ("de", "fr")
ROOT = Path.cwd()
TS_PATTERN = "translations/kindred_{lang}.ts"
DICTIONARY = Path(__file__).resolve().parent / "translations.json"

MESSAGE_RE = re.compile(r"(?P<open><message\b(?P<attrs>[^>]*)>)(?P<body>.*?)(?P<close></message>)", re.S)
SOURCE_RE = re.compile(r"<source>(?P<text>.*?)</source>", re.S)
TRANSLATION_RE = re.compile(
    r"(?P<indent>[ \t]*)<translation\b(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)", re.S)
NUMERUSFORM_RE = re.compile(r"<numerusform\b[^>]*?(?:/>|>(?P<text>.*?)</numerusform>)", re.S)
ENTITY_RE = re.compile(r"&(lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);")
PLACEHOLDER_RE = re.compile(r"%(?:L?[1-9][0-9]?|n|v|m)")
NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


def unescape(text):
    def entity(m):
        name = m.group(1)
        if name in NAMED:
            return NAMED[name]
        return chr(int(name[2:], 16) if name[1] in "xX" else int(name[1:]))
    return ENTITY_RE.sub(entity, text)


def escape(text):
    """Escape the way lupdate does."""
    out = []
    for ch in text:
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append("&apos;")
        elif (ord(ch) < 0x20 or (ord(ch) > 0x7F and ch.isspace())) and ch not in "\n\t":
            out.append("&#x%x;" % ord(ch))  # control characters and e.g. no-break spaces
        else:
            out.append(ch)
    return "".join(out)


def placeholders(text):
    return sorted(PLACEHOLDER_RE.findall(text))


def attr(attrs, name):
    m = re.search(r'\b%s="([^"]*)"' % name, attrs)
    return m.group(1) if m else None


def without_unfinished(attrs):
    return re.sub(r'\s*\btype="unfinished"', "", attrs)


def is_filled(translation, numerus):
    """Whether an existing <translation> counts as done (finished and non-empty)."""
    if attr(translation.group("attrs"), "type") is not None:
        return False
    text = translation.group("text") or ""
    if numerus:
        forms = [m.group("text") or "" for m in NUMERUSFORM_RE.finditer(text)]
        return bool(forms) and all(f.strip() for f in forms)
    return bool(text.strip())


def render(translation, value, numerus):
    indent = translation.group("indent")
    attrs = without_unfinished(translation.group("attrs"))
    if not numerus:
        return "%s<translation%s>%s</translation>" % (indent, attrs, escape(value))
    inner = "".join("\n%s    <numerusform>%s</numerusform>" % (indent, escape(f)) for f in value)
    return "%s<translation%s>%s\n%s</translation>" % (indent, attrs, inner, indent)


def process(lang, dictionary, warnings):
    path = ROOT / TS_PATTERN.format(lang=lang)
    with path.open(encoding="utf-8", newline="") as f:
        original = f.read()
    total = 0
    done = 0
    missing = []

    def fill(message):
        nonlocal total, done
        body = message.group("body")
        source_match = SOURCE_RE.search(body)
        translation = TRANSLATION_RE.search(body)
        if not source_match or not translation:
            return message.group(0)
        if attr(translation.group("attrs"), "type") in ("obsolete", "vanished"):
            return message.group(0)
        total += 1
        source = unescape(source_match.group("text"))
        numerus = attr(message.group("attrs"), "numerus") == "yes"
        value = dictionary.get(source, {}).get(lang)
        if numerus:
            existing = len(list(NUMERUSFORM_RE.finditer(translation.group("text") or "")))
            ok = (isinstance(value, list) and value and all(isinstance(f, str) and f for f in value)
                  and (existing == 0 or existing == len(value)))
            if value is not None and not ok:
                warnings.append("%s: numerus translation of %r needs %d non-empty forms" % (
                    lang, source, existing or 2))
        else:
            ok = isinstance(value, str) and value != ""
            if value is not None and not ok:
                warnings.append("%s: translation of %r must be a non-empty string" % (lang, source))
        if ok:
            for form in (value if numerus else [value]):
                if numerus and "%n" not in form and "%n" in source:
                    warnings.append("%s: %r lacks %%n in %r" % (lang, source, form))
                expected = [p for p in placeholders(source) if not (numerus and p == "%n")]
                got = [p for p in placeholders(form) if not (numerus and p == "%n")]
                if expected != got:
                    warnings.append("%s: placeholders differ for %r: %r" % (lang, source, form))
            done += 1
            start, end = translation.span()
            return message.group("open") + body[:start] + render(translation, value, numerus) + \
                body[end:] + message.group("close")
        if is_filled(translation, numerus):
            done += 1  # translated by hand (e.g. in Linguist) and not in the dictionary: keep it
        elif source not in missing:
            missing.append(source)
        return message.group(0)

    updated = MESSAGE_RE.sub(fill, original)
    if updated != original:
        path.write_text(updated, encoding="utf-8", newline="")
    listed = "; ".join(repr(s) for s in missing) if missing else "none"
    print("%s: %d of %d translated; missing: %s" % (lang, done, total, listed))
    return not missing


def main():
    dictionary = json.loads(DICTIONARY.read_text(encoding="utf-8"))
    warnings = []
    complete = all([process(lang, dictionary, warnings) for lang in LANGS])
    for w in warnings:
        print("warning: " + w, file=sys.stderr)
    return 0 if complete and not warnings else 1


if __name__ == "__main__":
    sys.exit(main())
