#!/usr/bin/env python3
"""Fills hocvuso_vi.ts from vi_ui.py and marks hocvuso_en.ts finished
(English = source). Run after lupdate; prints the sources it has no
translation for (add them to vi_ui.py) and exits 1 if any."""
import os, sys
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from vi_ui import VI  # noqa: E402

tsdir = os.path.dirname(here)

def english_plural(source):
    one = source.replace('(s)', '')
    return [one, source.replace('(s)', 's')]

def fill(path, lang):
    tree = ET.parse(path)
    missing = []
    for msg in tree.iter('message'):
        source = msg.find('source').text or ''
        tr = msg.find('translation')
        numerus = msg.get('numerus') == 'yes'
        if lang == 'vi':
            text = VI.get(source)
            if text is None:
                if tr.get('type') == 'unfinished' or not (tr.text or list(tr)):
                    missing.append(source)
                continue
            forms = [text]
        else:
            forms = english_plural(source) if numerus else [source]
        for child in list(tr):
            tr.remove(child)
        if numerus:
            tr.text = None
            for f in forms:
                ET.SubElement(tr, 'numerusform').text = f
        else:
            tr.text = forms[0]
        tr.attrib.pop('type', None)
    tree.write(path, encoding='utf-8', xml_declaration=True)
    with open(path, 'r+', encoding='utf-8') as f:
        body = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.seek(0); f.write(body); f.truncate()
    return missing

missing = fill(os.path.join(tsdir, 'hocvuso_vi.ts'), 'vi')
fill(os.path.join(tsdir, 'hocvuso_en.ts'), 'en')
for m in missing:
    print('no Vietnamese for:', repr(m))
sys.exit(1 if missing else 0)
