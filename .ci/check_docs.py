"""Docs rules CI enforces: a title and description per notebook, one h1 per rendered page, imports only of lower-numbered
notebooks' modules, nothing cited outside the repository. Usage: python .ci/check_docs.py [nbs] [_proc]"""
import json, re, sys
from pathlib import Path

def md_cells(p): return [''.join(c['source']) for c in json.loads(Path(p).read_text())['cells'] if c['cell_type'] == 'markdown']
def code_cells(p): return [''.join(c['source']) for c in json.loads(Path(p).read_text())['cells'] if c['cell_type'] == 'code']
def h1_count(p):
    n = 0
    for src in md_cells(p):
        fence = False
        for line in src.splitlines():
            if line.startswith('```'): fence = not fence
            elif not fence and re.match(r'# \S', line): n += 1
    return n

def check(nbs='nbs', proc='_proc'):
    errors, nbs = [], Path(nbs)
    paths = sorted(p for p in nbs.glob('*.ipynb') if not p.name.startswith(('_', '.')))
    module_of = {}   # bcl_nb module -> notebook number
    for p in paths:
        m = re.match(r'(\d+)_', p.name)
        for src in code_cells(p):
            d = re.search(r'^#\|\s*default_exp\s+(\S+)', src, re.M)
            if d and m: module_of[d.group(1)] = int(m.group(1))
    for p in paths:
        md = md_cells(p)
        lines = md[0].strip().splitlines() if md else []
        if not lines or not re.match(r'# \S', lines[0]) or len(lines) < 2 or not any(l.startswith('> ') for l in lines[1:3]):
            errors.append(f"{p}: the first markdown cell must be '# Title' followed by a '> description' line")
        if h1_count(p) > 1: errors.append(f"{p}: {h1_count(p)} markdown lines render as h1 headings (only the title may)")
        m = re.match(r'(\d+)_', p.name)
        if m:
            for src in code_cells(p):
                for mod in re.findall(r'(?:from|import)\s+bcl_nb\.(\w+)', src):
                    if module_of.get(mod, -1) >= int(m.group(1)) and mod in module_of and module_of[mod] != int(m.group(1)):
                        errors.append(f"{p}: imports bcl_nb.{mod} from a higher-numbered notebook ({module_of[mod]:02d})")
    for p in list(paths) + [Path('README.md')]:
        if p.exists() and re.search(r'bcl-math\.md|\.\./shared', p.read_text()): errors.append(f"{p}: cites a file outside the repository")
    proc = Path(proc)
    if proc.is_dir():
        for p in sorted(proc.glob('*.ipynb')):
            if h1_count(p) > 1: errors.append(f"{p}: the processed notebook renders {h1_count(p)} h1 headings")
    return errors

if __name__ == '__main__':
    errs = check(*sys.argv[1:])
    print('\n'.join(errs) if errs else 'docs checks: ok')
    sys.exit(1 if errs else 0)
