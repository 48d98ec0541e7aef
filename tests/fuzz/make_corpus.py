#!/usr/bin/env python3
"""Assembles the seed corpora of the fuzz targets at run time (nothing large is copied into the repository).

Usage: make_corpus.py OUT_DIR [SHARED_DIR]

OUT_DIR/<target>/ receives small seeds from tests/fixtures, sample_data, slices of SHARED_DIR/data (default: the
checkout's ../shared) and the example bodies of SHARED_DIR/reference/ad-platform-apis.md, section by section.
Existing files are kept (the fuzzers add what they learn to the same folders)."""
import csv
import hashlib
import io
import json
import os
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SLICE = 16 * 1024  # bytes of each data file: enough for headers, a few hundred rows and every value shape

# ad-platform-apis.md section number -> the target that parses its bodies
SECTIONS = {
    1: "fuzz_meta_insights",
    2: "fuzz_google_ads_stream",
    3: "fuzz_tiktok_report",
    4: "fuzz_yandex_direct_report",
    5: "fuzz_telegram_ads",
    6: "fuzz_vk_ads",
    8: "fuzz_llm_reply",
}


def put(out: Path, target: str, data: bytes) -> None:
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def head(path: Path, limit: int = SLICE) -> bytes:
    data = path.read_bytes()[:limit]
    cut = data.rfind(b"\n")  # whole lines only, so the slice is still a well-formed file
    return data[: cut + 1] if cut > 0 and len(data) == limit else data


def csv_files(shared: Path):
    for folder in (REPO / "tests" / "fixtures", REPO / "sample_data", shared / "data"):
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.suffix.lower() in (".csv", ".tsv"):
                    yield path


def cells(data: bytes, limit: int = 150):
    text = data.decode("utf-8", errors="replace")
    dialect = "excel-tab" if text.count("\t") > text.count(",") else "excel"
    if text.count(";") > text.count(","):
        dialect = None
    seen = set()
    reader = csv.reader(io.StringIO(text), delimiter=";") if dialect is None else csv.reader(io.StringIO(text), dialect)
    try:
        for row in reader:
            for cell in row:
                if cell not in seen:
                    seen.add(cell)
                    yield cell, dialect is None
                    if len(seen) >= limit:
                        return
    except csv.Error:
        return


def reference_blocks(reference: Path):
    section = 0
    block = None
    for line in reference.read_text(encoding="utf-8").splitlines(keepends=True):
        m = re.match(r"^## (\d+)\.", line)
        if m:
            section = int(m.group(1))
        if line.startswith("```"):
            if block is None:
                block = []
            else:
                yield section, "".join(block)
                block = None
            continue
        if block is not None:
            block.append(line)
        elif section in SECTIONS:
            for inline in re.findall(r"`(\{[^`]*\})`", line):  # inline bodies and JSON headers
                yield section, inline


def main() -> int:
    out = Path(sys.argv[1])
    shared = Path(sys.argv[2]) if len(sys.argv) > 2 else REPO.parent / "shared"
    for path in csv_files(shared):
        put(out, "fuzz_csv_reader", head(path, 4096))  # small seeds keep the reader + layout detection fast
        for cell, comma in cells(head(path)):
            for mode in ((1 if comma else 0), 2, 4):
                put(out, "fuzz_value_parser", bytes([mode]) + cell.encode("utf-8"))
    reference = shared / "reference" / "ad-platform-apis.md"
    if reference.is_file():
        for section, body in reference_blocks(reference):
            target = SECTIONS.get(section)
            if not target:
                continue
            # Request examples carry headers; the body after the blank line is what a parser may see too.
            parts = [body] + ([body.split("\n\n", 1)[1]] if "\n\n" in body else [])
            for part in parts:
                data = part.encode("utf-8")
                if target == "fuzz_yandex_direct_report":
                    for mode in (0, 1, 3, 5):
                        put(out, target, bytes([mode]) + data)
                    if "\t" in part:
                        put(out, "fuzz_csv_reader", data)
                else:
                    put(out, target, data)
                if target == "fuzz_llm_reply":
                    try:  # the model's text inside a chat completion is what extractJsonObject reads
                        for choice in json.loads(part).get("choices", []):
                            content = choice.get("message", {}).get("content")
                            if content:
                                put(out, target, content.encode("utf-8"))
                                put(out, target, ("Sure!\n```json\n" + content + "\n```\n").encode("utf-8"))
                                put(out, target, ("<think>plan</think>" + content).encode("utf-8"))
                    except (ValueError, AttributeError):
                        pass
    counts = {d.name: len(list(d.iterdir())) for d in sorted(out.iterdir()) if d.is_dir()}
    print("seed corpora:", ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
