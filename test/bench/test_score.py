"""Unit tests of the corpus scorer (bench/corpus/score.py)."""
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..",
                                "bench", "corpus"))
import score  # noqa: E402

LABELS = {
    "files": [{"path": "a.cpp"}, {"path": "b.m"}],
    "sites": [
        {"path": "a.cpp", "line": 10, "category": "analytics-sdk",
         "verdict": "ungated"},
        {"path": "a.cpp", "line": 20, "category": "cookie",
         "verdict": "ungated"},
        {"path": "a.cpp", "line": 30, "category": "analytics-sdk",
         "verdict": "gated", "gate": {"kind": "app-opt-in", "scope": "local"}},
        {"path": "a.cpp", "line": 40, "category": "cookie",
         "verdict": "not-relevant"},
        {"path": "a.cpp", "line": 50, "category": "cookie",
         "verdict": "ungated", "exempt": True},
        {"path": "b.m", "line": 7, "start-line": 5,
         "category": "personal-data:location", "verdict": "ungated"},
        {"path": "b.m", "line": 9, "category": "ad-sdk", "verdict": "gated",
         "gate": {"kind": "att", "scope": "caller"}},
    ],
}


class ScoreRepo(unittest.TestCase):
    def test_counts(self):
        found = [
            ("a.cpp", 10, "consent-analytics-sdk"),
            ("a.cpp", 10, "consent-analytics-sdk"),  # a duplicate counts once
            ("a.cpp", 30, "consent-analytics-sdk"),  # gated: false positive
            ("a.cpp", 40, "consent-cookie"),         # look-alike
            ("a.cpp", 50, "consent-cookie"),         # exempt
            ("a.cpp", 60, "consent-cookie"),         # unlabelled
            ("b.m", 5, "consent-personal-data"),     # start line matches
            ("c.cpp", 1, "consent-cookie"),          # not a listed file
        ]
        s = score.score_repo(LABELS, found)
        self.assertEqual(s.true_positives, 2)
        self.assertEqual(s.false_negatives, 1)          # the cookie at 20
        self.assertEqual(dict(s.fp), {"gated": 1, "look-alike": 1,
                                      "exempt": 1, "unlabelled": 1})
        self.assertAlmostEqual(s.precision(), 2 / 6)
        self.assertAlmostEqual(s.recall(), 2 / 3)
        self.assertEqual(s.recall("cookie"), 0.0)
        self.assertEqual(s.recall("personal-data:location"), 1.0)
        self.assertEqual(s.gated["local"], [0, 1])
        self.assertEqual(s.gated["caller"], [1, 1])
        self.assertEqual(s.exempt, [1, 1])
        self.assertEqual(s.missed[0][:3], ("a.cpp", 20, "cookie"))

    def test_category_mismatch_still_found(self):
        s = score.score_repo(LABELS, [("a.cpp", 20, "consent-ad-sdk")])
        self.assertEqual(s.tp["cookie"], 1)
        self.assertEqual(s.category_mismatch, 1)

    def test_nothing_found(self):
        s = score.score_repo(LABELS, [])
        self.assertIsNone(s.precision())
        self.assertEqual(s.recall(), 0.0)
        self.assertIsNone(s.f1())

    def test_context_files_are_not_scored(self):
        labels = dict(LABELS, files=LABELS["files"] + [{"path": "c.cpp",
                                                        "context": True}])
        s = score.score_repo(labels, [("c.cpp", 3, "consent-cookie"),
                                      ("a.cpp", 60, "consent-cookie")])
        self.assertEqual(s.false_positive_count, 1)

    def test_totals_add_up(self):
        a = score.score_repo(LABELS, [("a.cpp", 10, "consent-analytics-sdk")])
        b = score.score_repo(LABELS, [("a.cpp", 60, "consent-cookie")])
        t = score.Score()
        t.add(a)
        t.add(b)
        self.assertEqual(t.true_positives, 1)
        self.assertEqual(t.false_negatives, 5)
        self.assertEqual(t.false_positive_count, 1)


class Sarif(unittest.TestCase):
    def test_reads_results(self):
        sarif = {"runs": [{"results": [
            {"ruleId": "consent-cookie", "level": "warning",
             "locations": [{"physicalLocation": {
                 "artifactLocation": {"uri": "src/a%20b.cpp",
                                      "uriBaseId": "%SRCROOT%"},
                 "region": {"startLine": 3}}}]},
            {"ruleId": "consent-cookie", "level": "note",   # inventory
             "locations": [{"physicalLocation": {
                 "artifactLocation": {"uri": "src/x.cpp"},
                 "region": {"startLine": 4}}}]},
            {"ruleId": "consent-ad-sdk", "level": "warning",
             "suppressions": [{"kind": "inSource"}],
             "locations": [{"physicalLocation": {
                 "artifactLocation": {"uri": "src/x.cpp"},
                 "region": {"startLine": 5}}}]},
            {"ruleId": "policy-undisclosed-practice", "level": "warning",
             "locations": [{"physicalLocation": {
                 "artifactLocation": {"uri": "src/x.cpp"},
                 "region": {"startLine": 6}}}]},
            {"ruleId": "consent-analytics-sdk",
             "locations": [{"physicalLocation": {
                 "artifactLocation": {"uri": "file:///tmp/tree/src/y.cpp"},
                 "region": {"startLine": 7}}}]},
        ]}]}
        self.assertEqual(score.findings_from_sarif(sarif, "/tmp/tree"),
                         [("src/a b.cpp", 3, "consent-cookie"),
                          ("src/y.cpp", 7, "consent-analytics-sdk")])


if __name__ == "__main__":
    unittest.main()
