#!/usr/bin/env python3
"""Dump the unfinished messages of a Qt .ts file, or fill them from a mapping.

  tsfill.py dump linda_ar.ts todo.json     # [{"context", "source", "numerus"}, ...]
  tsfill.py fill linda_ar.ts mapping.json  # {"source": "translation" or [plural forms]}

A mapping key may also be "context\\u0004source" to translate one context only.
Filled messages lose type="unfinished"; plural messages need as many forms as
the .ts file lists <numerusform> elements (six for Arabic). Entries already
translated are changed only when the mapping names them.
"""
import json
import sys
import xml.etree.ElementTree as ET


def element_text(element):
    """Returns the text of element with <byte value="xd"/> turned into characters."""
    text = element.text or ''
    for child in element:
        if child.tag == 'byte':
            value = child.get('value')
            text += chr(int(value[1:], 16) if value.startswith('x') else int(value))
        text += child.tail or ''
    return text


def set_element_text(element, text):
    """Sets text, writing control characters as <byte value="..."/> as lupdate does."""
    for child in list(element):
        if child.tag == 'byte':
            element.remove(child)
    element.text = ''
    last = None
    for char in text:
        if ord(char) < 0x20 and char not in '\n\t':
            last = ET.SubElement(element, 'byte', value='x' + format(ord(char), 'x'))
            last.tail = ''
        elif last is None:
            element.text += char
        else:
            last.tail += char


def messages(root):
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            yield name, message


def dump(ts_path, out_path):
    root = ET.parse(ts_path).getroot()
    todo = []
    for name, message in messages(root):
        if message.find('translation').get('type') == 'unfinished':
            todo.append({'context': name, 'source': element_text(message.find('source')),
                         'numerus': message.get('numerus') == 'yes'})
    with open(out_path, 'w', encoding='utf-8') as out:
        json.dump(todo, out, ensure_ascii=False, indent=1)
    print(f'{len(todo)} unfinished message(s) written to {out_path}')


def fill(ts_path, mapping_path):
    with open(mapping_path, encoding='utf-8') as source:
        mapping = json.load(source)
    tree = ET.parse(ts_path)
    filled = 0
    missing = []
    for name, message in messages(tree.getroot()):
        source = element_text(message.find('source'))
        translation = message.find('translation')
        value = mapping.get(f'{name}\u0004{source}', mapping.get(source))
        if value is None:
            if translation.get('type') == 'unfinished':
                missing.append(f'{name}: {source!r}')
            continue
        forms = translation.findall('numerusform')
        if message.get('numerus') == 'yes':
            if not isinstance(value, list) or len(value) != len(forms):
                sys.exit(f'{name}: {source!r} needs {len(forms)} plural forms, got {value!r}')
            for form, text in zip(forms, value):
                set_element_text(form, text)
        else:
            set_element_text(translation, value)
        translation.attrib.pop('type', None)
        filled += 1
    with open(ts_path, 'w', encoding='utf-8') as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(tree.getroot(), encoding='unicode'))
        out.write('\n')
    print(f'{filled} message(s) filled, {len(missing)} still unfinished')
    for line in missing:
        print('  ' + line)


if __name__ == '__main__':
    if len(sys.argv) != 4 or sys.argv[1] not in ('dump', 'fill'):
        sys.exit(__doc__)
    (dump if sys.argv[1] == 'dump' else fill)(sys.argv[2], sys.argv[3])
