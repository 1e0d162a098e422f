"""Generate README.md (and README_files/) from nbs/index.ipynb without Quarto; `--check` fails if they are out of sync.

nbdev's own `nbdev_readme` needs Quarto, which CI machines cannot install. This does the same job with nbconvert:
hidden cells (`#| hide`) are dropped and `#|` directive lines are removed from the cells that stay."""
import sys, tempfile, filecmp, shutil
from pathlib import Path
import nbformat
from nbconvert import MarkdownExporter
from nbconvert.preprocessors import TagRemovePreprocessor
from nbconvert.writers import FilesWriter

root = Path(__file__).resolve().parent.parent

def render(out_dir: Path):
    nb = nbformat.read(root/'nbs'/'index.ipynb', as_version=4)
    keep = []
    for c in nb.cells:
        lines = c.source.splitlines()
        directives = [l for l in lines if l.startswith('#|')]
        flat = [d.replace(' ', '') for d in directives]
        if '#|hide' in flat or '#|include:false' in flat: continue
        if '#|echo:false' in flat or '#|hide_input' in flat: c.metadata.setdefault('tags', []).append('remove_input')
        c.source = '\n'.join(l for l in lines if not l.startswith('#|')).strip('\n')
        if c.cell_type == 'code': c.outputs = [o for o in c.get('outputs', []) if o.get('output_type') != 'stream' or o.get('name') != 'stderr']
        keep.append(c)
    nb.cells = keep
    exporter = MarkdownExporter()
    exporter.register_preprocessor(TagRemovePreprocessor(remove_input_tags=('remove_input',), enabled=True), enabled=True)
    body, res = exporter.from_notebook_node(nb, resources={'output_files_dir': 'README_files', 'unique_key': 'README'})
    FilesWriter(build_directory=str(out_dir)).write(body.rstrip() + '\n', res, notebook_name='README')

def files(d: Path): return sorted(p.relative_to(d) for p in [d/'README.md', *sorted((d/'README_files').glob('*'))] if p.exists())

if __name__ == '__main__':
    if '--check' in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            render(Path(tmp))
            new, old = files(Path(tmp)), files(root)
            bad = [str(f) for f in set(new) | set(old) if f not in new or f not in old or not filecmp.cmp(Path(tmp)/f, root/f, shallow=False)]
            if bad: sys.exit(f"README out of sync with nbs/index.ipynb ({', '.join(sorted(bad))}): run `python .ci/make_readme.py` and commit")
            print("README.md is in sync with nbs/index.ipynb")
    else:
        shutil.rmtree(root/'README_files', ignore_errors=True)
        render(root); print("wrote README.md from nbs/index.ipynb")
