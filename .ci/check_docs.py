"""Docs and structure rules CI enforces: a title and description per notebook, one h1 per rendered page, notebook numbers that follow
the import order (in the notebooks and in the exported package), no export cell over 40 lines but documented dataclasses, no library
module that imports the reporting module, nothing cited outside the repository. Usage: python .ci/check_docs.py [nbs] [_proc] [lib]"""
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

MAX_EXPORT_LINES = 40             # an export cell a reader can hold in mind (fastcore's median is 6); dataclasses of fields excepted
REPORT_MODULE = 'report'          # composes prose from results; the library returns numbers and never imports it

def is_export(src): return re.match(r'#\|\s*export\b', src) is not None
def is_dataclass_cell(src): return re.search(r'^@dataclass', src, re.M) is not None

def check_cells(p):
    "Export cells over MAX_EXPORT_LINES lines (documented dataclasses excepted)."
    names = lambda src: ', '.join(re.findall(r'^(?:def|class)\s+(\w+)', src, re.M)[:3]) or src.splitlines()[1][:40]
    return [f"{p}: the export cell of {names(src)} has {len(src.splitlines())} lines (at most {MAX_EXPORT_LINES}: split it, each part followed by its check)"
            for src in code_cells(p) if is_export(src) and not is_dataclass_cell(src) and len(src.splitlines()) > MAX_EXPORT_LINES]

def check_followed(p):
    "Export cells that define something and are not followed by an example or check before the next export cell."
    cells, errors = code_cells(p), []
    for i, src in enumerate(cells):
        if not is_export(src) or is_dataclass_cell(src) or not re.search(r'^(?:def|class|@)', src, re.M): continue
        rest = [c for c in cells[i + 1:]]   # methods added by later `@patch` export cells belong to this definition
        nxt = next((j for j, c in enumerate(rest) if is_export(c) and not re.search(r'^@patch', c, re.M)), len(rest))
        if not any(not re.fullmatch(r'\s*show_doc\([^)]*\)\s*', c) and 'nbdev_export()' not in c for c in rest[:nxt]):
            names = ', '.join(re.findall(r'^(?:def|class)\s+(\w+)', src, re.M)[:3])
            errors.append(f"{p}: the export cell of {names} is not followed by an example or check")
    return errors

def check_package(module_of, lib):
    "The exported package: every module comes from a numbered notebook and imports only lower-numbered modules (never the report)."
    errors = []
    for f in sorted(Path(lib).glob('*.py')):
        mod = f.stem
        if mod.startswith('_'): continue
        if mod not in module_of: errors.append(f"{f}: no numbered notebook exports it (run nbdev_export, delete stale modules)"); continue
        for imp in re.findall(r'^\s*from\s+(?:\.|bcl_nb\.)(\w+)\s+import', f.read_text(), re.M):
            if imp == REPORT_MODULE and mod != REPORT_MODULE: errors.append(f"{f}: imports bcl_nb.{REPORT_MODULE} (library code returns numbers; prose is composed in the report)")
            elif imp in module_of and module_of[imp] >= module_of[mod] and imp != mod:
                errors.append(f"{f}: imports bcl_nb.{imp} (notebook {module_of[imp]:02d}) from notebook {module_of[mod]:02d}: numbers must follow imports")
    return errors

def check(nbs='nbs', proc='_proc', lib='bcl_nb'):
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
        errors += check_cells(p) + check_followed(p)
        m = re.match(r'(\d+)_', p.name)
        if m:
            for src in code_cells(p):
                for mod in re.findall(r'(?:from|import)\s+bcl_nb\.(\w+)', src):
                    if module_of.get(mod, -1) >= int(m.group(1)) and mod in module_of and module_of[mod] != int(m.group(1)):
                        errors.append(f"{p}: imports bcl_nb.{mod} from a higher-numbered notebook ({module_of[mod]:02d})")
    if Path(lib).is_dir(): errors += check_package(module_of, lib)
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
