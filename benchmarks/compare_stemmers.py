"""Compare our light stemmer with Tashaphyne's ArabicLightStemmer on an article's words.

Needs `pip install tashaphyne` (not a project dependency: it is only the yardstick).
Run: .venv/bin/python benchmarks/compare_stemmers.py [ARTICLE]
Prints the agreement rate over word tokens and the disagreements grouped by kind.
"""

from __future__ import annotations

import sys
from collections import Counter

import analysis
from analysis import paths


def classify(word: str, ours: str, theirs: str) -> str:
    if ours == theirs:
        return "agree"
    if theirs and ours.startswith(theirs):
        return "Tashaphyne also strips a suffix (ات ة ين ون ه ها ...)"
    if theirs and ours.endswith(theirs):
        return "Tashaphyne strips more at the front (a root letter or a verb prefix)"
    if theirs and theirs in ours:
        return "Tashaphyne strips at both ends"
    if len(theirs) > len(ours):
        return "we strip a clitic Tashaphyne keeps"
    return "other"


def main(path: str) -> None:
    from tashaphyne.stemming import ArabicLightStemmer

    stemmer = ArabicLightStemmer()
    tokens = analysis.tokenize(analysis.load_article(path))
    words = tokens[tokens["kind"] == "word"]
    kinds: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for token, ours in zip(words["token"], words["stem"]):
        stemmer.light_stem(token)
        theirs = analysis.normalize(stemmer.get_stem())
        kind = classify(token, ours, theirs)
        kinds[kind] += 1
        if kind != "agree" and len(examples.setdefault(kind, [])) < 6:
            examples[kind].append(f"{token}: ours {ours}, Tashaphyne {theirs}")
    total = sum(kinds.values())
    print(f"{total} word tokens; same stem: {kinds['agree'] / total:.1%}")
    for kind, n in kinds.most_common():
        if kind != "agree":
            print(f"  {n:4d} ({n / total:.1%})  {kind}")
            for example in examples[kind]:
                print(f"         {example}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(paths.REFERENCE_ARTICLE))
