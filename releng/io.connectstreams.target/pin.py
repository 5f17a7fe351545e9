#!/usr/bin/env python3
# Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
# SPDX-License-Identifier: EPL-2.0
"""Writes io.connectstreams.target, the pinned target platform, from roots.target.xml and what a build resolved.

Every bundle a test runtime or the demo product used is listed at the exact version it resolved to, with
includeDependencyDepth="none", so nothing can drift when new versions appear on Maven Central. Roots are always
kept. Each resolved artifact goes into the location of roots.target.xml whose label its groupId is assigned to
(LOCATION_OF_GROUP); the locations keep their bnd instructions and excludes.

usage (from the repository root, after a full build with the unpinned roots; see docs/dependencies.md):
    python3 releng/io.connectstreams.target/pin.py ~/.m2/repository
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LOCATION_OF_GROUP = [  # (groupId prefix, location label); first match wins
    ('org.junit', 'JUnit 5'), ('org.opentest4j', 'JUnit 5'), ('org.apiguardian', 'JUnit 5'),
    ('com.google.code.gson', 'Third-party libraries'), ('com.googlecode.libphonenumber', 'Third-party libraries'),
    ('dev.onvoid.webrtc', 'Third-party libraries'),
    ('org.eclipse.jetty', 'Third-party libraries'), ('org.slf4j', 'Third-party libraries'),
    ('org.apache.aries.spifly', 'Third-party libraries'), ('org.ow2.asm', 'Third-party libraries'),
    ('', 'Eclipse 4.34 platform'),
]


def resolved_gavs(repo):
    repo = os.path.abspath(os.path.expanduser(repo)).rstrip('/') + '/'
    gavs = set()

    def from_path(path):
        path = re.sub(r'^reference:file:', '', path.replace('\\:', ':')).split('@')[0]
        if not path.startswith(repo):
            return
        parts = path[len(repo):].split('/')
        if parts[-2].startswith('bnd-'):  # wrapped by Tycho: .../<version>/bnd-<hash>/<file>
            parts = parts[:-2] + parts[-1:]
        group, artifact, version, name = '.'.join(parts[:-3]), parts[-3], parts[-2], parts[-1]
        prefix = f'{artifact}-{version}-'
        classifier = name[len(prefix):-4] if name.startswith(prefix) else ''
        gavs.add((group, artifact, version, classifier))

    for ini in glob.glob(os.path.join(ROOT, 'tests/*/target/work/configuration/config.ini')):
        for line in open(ini):
            if line.startswith('osgi.bundles='):
                for entry in line.strip()[len('osgi.bundles='):].split(','):
                    from_path(entry)
    content = os.path.join(ROOT, 'releng/io.connectstreams.repository/target/targetPlatformRepository/content.xml')
    for unit in ET.parse(content).getroot().iter('unit'):
        props = {p.get('name'): p.get('value') for p in unit.findall('./properties/property')}
        group = props.get('maven-wrapped-groupId') or props.get('maven-groupId')
        if not group or group.startswith('io.connectstreams'):
            continue
        gavs.add((group, props.get('maven-wrapped-artifactId') or props.get('maven-artifactId'),
                  props.get('maven-wrapped-version') or props.get('maven-version'),
                  props.get('maven-wrapped-classifier') or props.get('maven-classifier') or ''))
    return {g for g in gavs if g[0] != 'org.eclipse.tycho' and not g[0].startswith('io.connectstreams')}


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    overrides = {}
    for line in open(os.path.join(HERE, 'pin-overrides.properties')):
        line = line.strip()
        if line and not line.startswith('#'):
            key, value = line.split('=', 1)
            overrides[key.strip().replace('\\:', ':')] = value.strip()
    roots = ET.parse(os.path.join(HERE, 'roots.target.xml')).getroot()
    gavs = resolved_gavs(sys.argv[1])
    by_location = {}
    for location in roots.iter('location'):
        for dep in location.iter('dependency'):
            gavs.add((dep.findtext('groupId'), dep.findtext('artifactId'), dep.findtext('version'),
                      dep.findtext('classifier') or ''))
    newest = {}
    for g, a, v, c in gavs:  # one version per artifact: the override, else the one the runtime used
        key = (g, a, c)
        version = overrides.get(f'{g}:{a}', v)
        if key not in newest or version_key(version) > version_key(newest[key]):
            newest[key] = version
    for (g, a, c), v in newest.items():
        label = next(label for prefix, label in LOCATION_OF_GROUP if g.startswith(prefix))
        by_location.setdefault(label, []).append((g, a, v, c))

    text = open(os.path.join(HERE, 'roots.target.xml')).read()
    text = re.sub(r'<!-- The ROOTS.*?-->\n', PINNED_COMMENT, text, flags=re.S)
    text = text.replace('includeDependencyDepth="infinite"', 'includeDependencyDepth="none"')
    for label, entries in by_location.items():
        lines = ''.join(
            f'        <dependency><groupId>{g}</groupId><artifactId>{a}</artifactId><version>{v}</version>'
            + (f'<classifier>{c}</classifier>' if c else '') + '<type>jar</type></dependency>\n'
            for g, a, v, c in sorted(entries))
        text = re.sub(r'(<location [^>]*label="' + re.escape(label) + r'"[^>]*>\s*<dependencies>\n).*?(\s*</dependencies>)',
                      lambda m: m.group(1) + lines.rstrip('\n') + m.group(2), text, flags=re.S)
    open(os.path.join(HERE, 'io.connectstreams.target'), 'w').write(text)
    print(f'pinned {sum(len(e) for e in by_location.values())} artifacts in {len(by_location)} locations')


def version_key(version):
    return [int(p) if p.isdigit() else -1 for p in re.split(r'[.\-]', version)]


PINNED_COMMENT = ('<!-- GENERATED by pin.py from roots.target.xml: do not edit by hand (docs/dependencies.md).\n'
                  '     Every bundle at one exact version, includeDependencyDepth="none": nothing drifts. -->\n')

if __name__ == '__main__':
    main()
