#!/usr/bin/env python3
"""Builds the card-number finder's language model and dictionary from Debian's pocketsphinx-en-us.

The finder listens with a small vocabulary: the digit words, and the most frequent English words
as the "garbage" that ordinary speech is recognised as (so that "to", "for" or "ate" in a
sentence stay words and do not become digits). A digit is likely after a digit: a card number is
read as a run. Everything comes from the stock model, so the output is reproducible:

    sphinx_lm_convert -i /usr/share/pocketsphinx/model/en-us/en-us.lm.bin -o en-us.arpa -ofmt arpa
    ./make_digit_lm.py en-us.arpa /usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict

(sphinx_lm_convert 0.8 stops with an error after the unigrams, which are all this reads.)
"""
import argparse
import math

DIGITS = ["zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
REPEATS = ["double", "triple"]  # "double five": how people read 55


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("arpa")
    parser.add_argument("dict")
    parser.add_argument("--words", type=int, default=500, help="ordinary words kept")
    parser.add_argument("--digit-mass", type=float, default=0.05,
                        help="unigram probability of all digit words together")
    parser.add_argument("--next-digit", type=float, default=0.7,
                        help="probability that a digit follows a digit")
    parser.add_argument("--out", default=".")
    args = parser.parse_args()

    pronounced = set()
    pronunciations = []
    with open(args.dict, encoding="utf-8") as f:
        for line in f:
            word = line.split()[0]
            pronounced.add(word.split("(")[0])
            pronunciations.append((word.split("(")[0], line))

    unigrams = []
    in_unigrams = False
    with open(args.arpa, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("\\1-grams:"):
                in_unigrams = True
                continue
            if line.startswith("\\2-grams:"):
                break
            parts = line.split()
            if not in_unigrams or len(parts) < 2:
                continue
            word = parts[1]
            if word.isalpha() and word.islower() and word in pronounced:
                unigrams.append((float(parts[0]), word))
    unigrams.sort(key=lambda u: (-u[0], u[1]))
    special = set(DIGITS + REPEATS)
    words = [w for _, w in unigrams if w not in special][: args.words]
    weight = {w: 10 ** p for p, w in unigrams}

    end_mass = 0.05
    word_total = sum(weight[w] for w in words)
    p = {w: weight[w] / word_total * (1 - args.digit_mass - end_mass) for w in words}
    digit_words = DIGITS + REPEATS
    for d in DIGITS:
        p[d] = args.digit_mass * 0.95 / len(DIGITS)
    for r in REPEATS:
        p[r] = args.digit_mass * 0.05 / len(REPEATS)
    p["</s>"] = end_mass

    bigrams = {}
    for d in DIGITS:
        after = {n: args.next_digit / len(DIGITS) for n in DIGITS}
        for r in REPEATS:
            after[r] = 0.02
        bigrams[d] = after
    for r in REPEATS:
        bigrams[r] = {n: 0.9 / len(DIGITS) for n in DIGITS}
    backoff = {}
    for h, after in bigrams.items():
        backoff[h] = (1 - sum(after.values())) / (1 - sum(p[w] for w in after))

    with open(f"{args.out}/digits.lm", "w", encoding="utf-8") as out:
        out.write("\\data\\\n")
        out.write(f"ngram 1={len(p) + 1}\n")
        out.write(f"ngram 2={sum(len(a) for a in bigrams.values())}\n\n\\1-grams:\n")
        out.write("-99.0000\t<s>\t0.0000\n")
        for w in sorted(p):
            bo = math.log10(backoff[w]) if w in backoff else 0.0
            out.write(f"{math.log10(p[w]):.4f}\t{w}\t{bo:.4f}\n")
        out.write("\n\\2-grams:\n")
        for h in sorted(bigrams):
            for w in sorted(bigrams[h]):
                out.write(f"{math.log10(bigrams[h][w]):.4f}\t{h} {w}\n")
        out.write("\n\\end\\\n")
    wanted = set(p) - {"</s>"}
    with open(f"{args.out}/digits.dict", "w", encoding="utf-8") as out:
        for word, line in pronunciations:
            if word in wanted:
                out.write(line)


if __name__ == "__main__":
    main()
