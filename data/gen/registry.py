#!/usr/bin/env python3
"""data/gen/registry.py SPECDIR — writes data/document.csv, data/rule.csv and
test/data/rule-ids.txt from the spec's tables:

  document.csv   40-deadlines-hotline-documents.md §(e) (the single source),
                 checked against 10 §6 and 30 §5 (same dates, else it stops)
  rule.csv       one row per rule ID of 10 §7, 30 §6 and 40 §(g), combined
                 cells ("HL-16/17", "CRED-02, -04", "GA-44..49", "CA-6.1 …
                 CA-6.6") split into one ID each; an ID listed twice keeps
                 its first row (10, then 30, then 40)
  rule-ids.txt   the IDs, for test/05-registry.sql

Run from the repository root: python3 data/gen/registry.py ../shared/spec
"""
import csv, re, sys

spec = sys.argv[1] if len(sys.argv) > 1 else '../shared/spec'

def read(name):
    with open(f'{spec}/{name}', encoding='utf-8') as f:
        return f.read().split('\n')

def table_after(lines, heading_re, stop_re=r'^## '):
    """rows (lists of cells) of every table between a heading and the next stop heading"""
    rows, on = [], False
    for ln in lines:
        if re.match(heading_re, ln):
            on = True
            continue
        if on and re.match(stop_re, ln):
            break
        if on and ln.startswith('|') and not re.match(r'^\|[-| ]+\|$', ln):
            cells = [c.strip() for c in ln.strip().strip('|').split('|')]
            rows.append(cells)
    return rows

def nul(v):
    v = v.strip()
    return '' if v in ('NULL', '') else v

# ---- documents -------------------------------------------------------------
L40 = read('40-deadlines-hotline-documents.md')
docs = [r for r in table_after(L40, r'^## \(e\)') if r[0] != 'docno']
assert len(docs) == 48, len(docs)
by_no = {}
for r in docs:
    assert len(r) == 9, r
    assert r[0] not in by_no, r[0]
    by_no[r[0]] = r
# the family files' lists must agree on the dates
for name, head, cols in (('10-maintenance-fund-and-rental.md', r'^## 6\. `jdz\.document`', 9),
                         ('30-subsidies-loans-escrow.md', r'^## 5\. Documents', 8)):
    for r in table_after(read(name), head):
        if r[0] == 'docno':
            continue
        d = by_no.get(r[0])
        if d is None:
            sys.exit(f'{name}: {r[0]} is not in the 40 registry')
        mine = (nul(r[3]), nul(r[4])) + ((nul(r[6]), nul(r[7])) if cols == 9 else (nul(r[5]), nul(r[6])))
        theirs = (nul(d[3]), nul(d[4]), nul(d[6]), nul(d[7]))
        if mine != theirs:
            sys.exit(f'{name}: {r[0]} dates {mine} differ from the registry {theirs}')
        if r[1] != d[1] or r[2] != d[2]:
            print(f'note: {name}: {r[0]} title/issuer differ; the registry (40 §e) decides', file=sys.stderr)
with open('data/document.csv', 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['docno', 'title', 'issuer', 'issued_on', 'effective_from', 'expires_on',
                'repealed_by', 'repealed_on', 'note'])
    for r in docs:
        w.writerow([nul(c) for c in r])

# ---- rules -------------------------------------------------------------------
def expand(cell):
    """'HL-16/17' -> HL-16, HL-17; 'CRED-02, -04' -> ...; 'GA-44..49'; 'CA-6.1 … CA-6.6'"""
    cell = re.sub(r'\([^)]*\)', '', cell).strip()
    m = re.match(r'^([A-Z0-9-]+?-)(\d+)\.(\d+) … \1\2\.(\d+)$', cell)
    if m:
        return [f'{m[1]}{m[2]}.{i}' for i in range(int(m[3]), int(m[4]) + 1)]
    m = re.match(r'^([A-Z0-9-]+?-)(\d+)\.\.(\d+)$', cell)
    if m:
        w = len(m[2])
        return [f'{m[1]}{i:0{w}d}' for i in range(int(m[2]), int(m[3]) + 1)]
    out, last = [], None
    for tok in re.split(r'\s*(?:,|/)\s*', cell):
        tok = tok.strip()
        if not tok:
            continue
        if re.match(r'^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-[0-9A-Za-z.]+$', tok) and not tok.startswith('-'):
            last = tok
            out.append(tok)
        elif last and tok.startswith('-'):
            new = last[:last.rindex('-')] + tok
            out.append(new)
            last = new
        elif last and re.match(r'^\d+[a-z]?$', tok):
            new = last[:last.rindex('-') + 1] + tok
            out.append(new)
            last = new
        elif last and re.match(r'^[a-z]$', tok):
            new = last[:-1] + tok
            out.append(new)
            last = new
        else:
            sys.exit(f'cannot split rule cell {cell!r} at {tok!r}')
    return out

rules = {}          # rule_id -> (family, docno, article, summary)
order = []
dups = []
def add(rid, fam, docno, art, summ, src):
    if rid in rules:
        dups.append(f'{rid} ({src}; kept {rules[rid][0]})')
        return
    rules[rid] = (fam, docno, art, summ)
    order.append(rid)

# 10 §7
L10 = read('10-maintenance-fund-and-rental.md')
for r in table_after(L10, r'^## 7\. Rule mapping'):
    if r[0] == 'rule_id':
        continue
    rid = r[0]
    if rid.startswith('PRH'):
        fam, dn = 'public_rental_housing', '景府办发〔2023〕7号'
    else:
        fam, dn = 'maintenance_fund', '景府发〔2023〕11号'
    for i in expand(rid):
        add(i, fam, dn, r[1], r[2], '10 §7')

# 30 §6
abbrev = {'14号': '景府发〔2023〕14号', '15号': '景府发〔2023〕15号', '46号': '景府办字〔2020〕46号',
          '17号': '景金字〔2020〕17号', '18号': '景金字〔2020〕18号', '103号': '景人社字〔2020〕103号',
          '36号': '景府字〔2020〕36号', '13号': '景工强市小组办字〔2020〕13号',
          '19号': '景工强市小组办字〔2020〕19号', '176号': '景发改投资字〔2020〕176号',
          '45号': '景府办字〔2020〕45号', '122号': '景建发〔2020〕122号'}
L30 = read('30-subsidies-loans-escrow.md')
for r in table_after(L30, r'^## 6\. Rule mapping'):
    if r[0] == 'rule':
        continue
    rid, fam, docart, impl = r[0], r[1], r[2], r[3]
    m = re.match(r'^(景[^〔]*〔\d{4}〕\d+号)\s*(.*)$', docart)
    if m:
        dn, art = m[1], m[2]
    else:
        m = re.match(r'^(\d+号)(?:, \d+号)?\s*(.*)$', docart)
        if m:
            dn, art = abbrev[m[1]], m[2]
        else:
            dn, art = '', docart          # seed 002, a national law, a news item
    for i in expand(rid):
        add(i, fam, dn, art, impl.replace('`', ''), '30 §6')

# 40 §(g): family and document from the file's family table
fam40 = [('HL-', 'hotline', '景府办发〔2022〕7号'), ('SAT-', 'hotline', '景府办字〔2022〕47号'),
         ('DG-', 'digital_plan', '景府办字〔2022〕45号'), ('CA-', 'civil_affairs', '景民字〔2022〕95号'),
         ('AG-', 'agriculture', '景农字〔2022〕148号'), ('CN-', 'counsellors', '景府字〔2022〕136号'),
         ('GA-', 'aviation', '景府办发〔2023〕9号'), ('DS-', 'data_sharing', '景府办发〔2023〕10号'),
         ('QG-', 'venues', '景府办字〔2023〕51号'), ('IP-', 'ip_pilot', '景府办字〔2023〕52号'),
         ('UAI-', 'archives', '景府发〔2023〕12号'), ('UA-', 'archives', '景府发〔2023〕12号'),
         ('CRED-', 'credit', '景发改体改字〔2020〕181号'), ('CONS-', 'construction_safety', '景建发〔2020〕156号'),
         ('CITY-', 'city_management', '景城管发〔2020〕39号'), ('FIRE-', 'fire', '景府办发〔2020〕4号'),
         ('S003-DEL-', 'delegated_powers', '景府发〔2022〕9号'), ('S003-TL-', 'delegated_powers', '景府发〔2022〕9号'),
         ('S003-MTG-', 'delegated_powers', ''), ('S003-MIN-', 'mineral_plan', '景府发〔2022〕10号'),
         ('S003-AWD-', 'awards', '景府字〔2022〕160号'), ('S003-SVC-', 'gov_services', '景府办字〔2022〕48号'),
         ('S003-DOC-', 'documents', ''), ('DOC-', 'documents', ''), ('LPI-', 'documents', '景府发〔2023〕14号'),
         ('GEN-', 'documents', ''), ('ESC-', 'documents', '景建发〔2020〕122号'), ('PRH-', 'documents', '景府办发〔2023〕7号')]
documents_family = {'HL-30': '景府办发〔2022〕7号', 'CA-25': '景民字〔2022〕95号'}
for r in table_after(L40, r'^## \(g\)'):
    if r[0] == 'rule':
        continue
    for i in expand(r[0]):
        if i in documents_family:
            fam, dn = 'documents', documents_family[i]
        else:
            hit = [(f, d) for p, f, d in fam40 if i.startswith(p)]
            if not hit:
                sys.exit(f'40 §(g): no family for {i}')
            fam, dn = hit[0]
        add(i, fam, dn, '', r[1].replace('`', ''), '40 §(g)')

for rid, (fam, dn, art, summ) in rules.items():
    if dn and dn not in by_no:
        print(f'note: {rid} cites {dn}, not in the registry', file=sys.stderr)
with open('data/rule.csv', 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['rule_id', 'family', 'docno', 'article', 'summary'])
    for rid in order:
        w.writerow([rid, *rules[rid]])
with open('test/data/rule-ids.txt', 'w', encoding='utf-8') as f:
    f.write(''.join(i + '\n' for i in sorted(order)))
print(f'{len(docs)} documents, {len(order)} rules; listed twice, first kept: {", ".join(dups) or "none"}', file=sys.stderr)
