"""Scores consentlint's findings against the corpus labels.

Kept apart from the runner (which checks out code and runs the tool) so that
the scoring rules are unit-tested on their own (test/bench/test_score.py).

The rules, from the labelling guide:
- a site labelled `ungated` (and not `exempt`) must be reported: found is a
  true positive, missed a false negative;
- a finding on a `gated`, `not-relevant` or `exempt` site, or on a line of a
  listed file that no site names, is a false positive (listed files are
  labelled exhaustively);
- a site matches a finding on its `line` or its `start-line`;
- several findings on one line count once;
- only warnings and errors are findings: notes are the inventory of
  strictly necessary processing, and suppressed results are not reported.
"""

from collections import defaultdict

# The check that reports a practice -> the label family it belongs to.
CHECK_FAMILY = {
    "consent-cookie": "cookie",
    "consent-ad-sdk": "ad-sdk",
    "consent-analytics-sdk": "analytics-sdk",
    "consent-personal-data": "personal-data",
    "privacy-data-flow": "personal-data",
}


def family(category):
    """'personal-data:location' -> 'personal-data'."""
    return category.split(":", 1)[0]


def findings_from_sarif(sarif, root_prefix=""):
    """(path, line, check) of every reported practice in a SARIF log.

    Paths are relative to the analysed checkout: %SRCROOT%-based URIs as
    they are, absolute file URIs with `root_prefix` removed.
    """
    out = []
    for run in sarif.get("runs", []):
        for res in run.get("results", []):
            check = res.get("ruleId", "")
            if check not in CHECK_FAMILY:
                continue
            if res.get("level", "warning") not in ("warning", "error"):
                continue
            if any(s.get("status", "accepted") == "accepted"
                   for s in res.get("suppressions", [])):
                continue
            for loc in res.get("locations", [])[:1]:
                phys = loc.get("physicalLocation", {})
                uri = phys.get("artifactLocation", {}).get("uri", "")
                line = phys.get("region", {}).get("startLine")
                if line is None:
                    continue
                out.append((normalise_uri(uri, root_prefix), int(line), check))
    return out


def normalise_uri(uri, root_prefix):
    from urllib.parse import unquote
    path = unquote(uri)
    if path.startswith("file://"):
        path = path[len("file://"):]
    if root_prefix and path.startswith(root_prefix.rstrip("/") + "/"):
        path = path[len(root_prefix.rstrip("/")) + 1:]
    return path[2:] if path.startswith("./") else path


class Score:
    """Counts for one repository or the whole corpus."""

    def __init__(self):
        self.tp = defaultdict(int)       # category -> ungated sites found
        self.fn = defaultdict(int)       # category -> ungated sites missed
        self.fp = defaultdict(int)       # reason -> false positives
        self.fp_by_family = defaultdict(int)
        self.gated = defaultdict(lambda: [0, 0])   # scope -> [kept quiet, all]
        self.exempt = [0, 0]             # [reported, all]
        self.category_mismatch = 0
        self.missed = []                 # (path, line, category, reason)
        self.false_positives = []        # (path, line, check, why)

    def add(self, other):
        for k, v in other.tp.items():
            self.tp[k] += v
        for k, v in other.fn.items():
            self.fn[k] += v
        for k, v in other.fp.items():
            self.fp[k] += v
        for k, v in other.fp_by_family.items():
            self.fp_by_family[k] += v
        for k, (a, b) in other.gated.items():
            self.gated[k][0] += a
            self.gated[k][1] += b
        self.exempt[0] += other.exempt[0]
        self.exempt[1] += other.exempt[1]
        self.category_mismatch += other.category_mismatch
        self.missed += other.missed
        self.false_positives += other.false_positives

    @property
    def true_positives(self):
        return sum(self.tp.values())

    @property
    def false_negatives(self):
        return sum(self.fn.values())

    @property
    def false_positive_count(self):
        return sum(self.fp.values())

    def precision(self):
        d = self.true_positives + self.false_positive_count
        return self.true_positives / d if d else None

    def recall(self, category=None):
        if category is None:
            tp, fn = self.true_positives, self.false_negatives
        else:
            tp, fn = self.tp[category], self.fn[category]
        return tp / (tp + fn) if tp + fn else None

    def f1(self):
        p, r = self.precision(), self.recall()
        if not p or not r:
            return None
        return 2 * p * r / (p + r)

    def categories(self):
        return sorted(set(self.tp) | set(self.fn))


def score_repo(labels, findings):
    """Scores one repository: `labels` is its sites.yaml (a dict),
    `findings` the (path, line, check) list of the run."""
    s = Score()
    # Context files are analysed (their functions, gates and sinks take part
    # in the cross-unit link) but not labelled: their findings are not scored.
    listed = {f["path"] for f in labels.get("files", []) if not f.get("context")}
    by_line = defaultdict(list)          # (path, line) -> sites
    for site in labels.get("sites", []):
        by_line[(site["path"], int(site["line"]))].append(site)
        if site.get("start-line"):
            by_line[(site["path"], int(site["start-line"]))].append(site)

    reported = defaultdict(set)          # (path, line) -> checks
    for path, line, check in findings:
        if path in listed:
            reported[(path, line)].add(check)

    matched_lines = set()
    for site in labels.get("sites", []):
        keys = [(site["path"], int(site["line"]))]
        if site.get("start-line"):
            keys.append((site["path"], int(site["start-line"])))
        hits = [k for k in keys if k in reported]
        checks = set().union(*(reported[k] for k in hits)) if hits else set()
        cat = site["category"]
        verdict = site["verdict"]
        exempt = bool(site.get("exempt"))
        if exempt:
            s.exempt[1] += 1
            if hits:
                s.exempt[0] += 1
        elif verdict == "ungated":
            if hits:
                s.tp[cat] += 1
                if family(cat) not in {CHECK_FAMILY[c] for c in checks}:
                    s.category_mismatch += 1
            else:
                s.fn[cat] += 1
                s.missed.append((site["path"], site["line"], cat,
                                 site.get("reason", "")))
        elif verdict == "gated":
            scope = (site.get("gate") or {}).get("scope", "unknown")
            s.gated[scope][1] += 1
            if not hits:
                s.gated[scope][0] += 1
        matched_lines.update(hits)

    # False positives: one per reported line that is not an ungated site.
    for key, checks in sorted(reported.items()):
        sites = by_line.get(key, [])
        if any(x["verdict"] == "ungated" and not x.get("exempt")
               for x in sites):
            continue
        if not sites:
            why = "unlabelled"
        elif any(x.get("exempt") for x in sites):
            why = "exempt"
        elif any(x["verdict"] == "gated" for x in sites):
            why = "gated"
        else:
            why = "look-alike"
        s.fp[why] += 1
        for c in sorted(checks)[:1]:
            s.fp_by_family[CHECK_FAMILY[c]] += 1
        s.false_positives.append((key[0], key[1], ",".join(sorted(checks)),
                                  why))
    return s


def fmt(x):
    return "-" if x is None else "%.2f" % x
