#!/usr/bin/env python3
"""Differential fuzzing of the front end against libprotoc's parser.

Mutates real .proto files (token and byte edits, or with --comments: comments and blank lines inserted between
declarations), then runs parse_oracle (libprotoc 3.21's Parser) and parse_check (protoforge) on the same files and
compares their output file by file: the error lines, or with --comments the comment attachment of every
declaration, or with --options the value of every option as protoc's UninterpretedOption holds it (both compared
only for files that parse without errors).

  fuzz-differential.py BUILD_BIN_DIR CORPUS_ROOT [--seed N] [--count N] [--comments | --options] [--check PATH]

CORPUS_ROOT needs a FILES.txt (googleapis layout). Exit status 1 if any file differs.
"""
import argparse, os, random, subprocess, sys, tempfile

SNIPPETS = [b"{", b"}", b";", b"=", b"-", b"(", b")", b"[", b"]", b"<", b">", b",", b".", b"\"", b"'", b"/*", b"//",
            b"*/", b"\n", b"\t", b"message", b"enum", b"optional", b"repeated", b"required", b"group", b"map",
            b"oneof", b"extend", b"extensions", b"reserved", b"max", b"to", b"option", b"default", b"json_name",
            b"stream", b"rpc", b"returns", b"service", b"import", b"public", b"weak", b"package", b"syntax",
            b"\"proto2\"", b"\"proto3\"", b"0", b"1", b"-1", b"0x", b"08", b"1e", b"1.5", b".5",
            b"99999999999999999999", b"inf", b"nan", b"true", b"\\", b"\\x", b"\\u12", b"\x00", b"\x01", b"\xc3\xa9",
            b"Foo", b"foo", b"int32", b"string", b"bytes", b"double", b"bool", b"uint32", b" "]
COMMENT_SNIPPETS = [b"// c\n", b"/* c */", b"/* a\n * b\n */", b"\n", b"\n\n", b"  ", b"//\n", b"/**/",
                    b"// x\n// y\n", b"/* x */\n", b"\t// t\n"]


def mutate(src, rng, comments):
    if comments:
        for _ in range(rng.randint(3, 12)):
            spots = [i for i in range(1, len(src)) if src[i - 1:i] in (b";", b"{", b"}", b"\n")]
            p = rng.choice(spots) if spots else 0
            src = src[:p] + rng.choice(COMMENT_SNIPPETS) + src[p:]
        return src
    for _ in range(rng.randint(1, 4)):
        op, p = rng.random(), rng.randint(0, len(src))
        if op < 0.35:
            src = src[:p] + rng.choice(SNIPPETS) + src[p:]
        elif op < 0.7:
            src = src[:p] + src[p + rng.randint(1, 12):]
        elif op < 0.8:
            src = src[:p]
        elif op < 0.9:
            q = rng.randint(0, len(src))
            src = src[:p] + src[q:q + rng.randint(1, 40)] + src[p:]
        else:
            src = src[:p] + bytes([rng.randint(0, 255)]) + src[p + 1:]
    return src


def by_file(lines):
    out = {}
    for line in lines:
        out.setdefault(line.split(":")[0].split(" ")[0], []).append(line)
    return out


def has_error(lines):
    return any(line.split(" ")[0].count(":") >= 2 for line in lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bin")
    ap.add_argument("corpus")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=500)
    ap.add_argument("--comments", action="store_true")
    ap.add_argument("--options", action="store_true")
    ap.add_argument("--check", help="parse_check binary (default BIN/parse_check), e.g. a sanitizer build")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    files = open(os.path.join(args.corpus, "FILES.txt")).read().split()
    with tempfile.TemporaryDirectory() as work:
        names = []
        for i in range(args.count):
            src = open(os.path.join(args.corpus, rng.choice(files)), "rb").read()
            name = "c%05d.proto" % i
            with open(os.path.join(work, name), "wb") as f:
                f.write(mutate(src, rng, args.comments))
            names.append(name)
        flags = ["-I" + work] + (["--comments"] if args.comments else []) + (["--options"] if args.options else [])
        oracle = subprocess.run([os.path.join(args.bin, "parse_oracle")] + flags + names, capture_output=True)
        check = subprocess.run([args.check or os.path.join(args.bin, "parse_check")] + flags + names,
                               capture_output=True)
        if check.returncode not in (0, 1):
            print("parse_check crashed:", check.stderr.decode("latin-1")[-2000:])
            return 1
    want = by_file(oracle.stdout.decode("latin-1").splitlines())
    got = by_file(check.stdout.decode("latin-1").splitlines())
    if args.comments or args.options:
        names = [n for n in names if not has_error(want.get(n, []))]
    bad = [n for n in names if sorted(want.get(n, [])) != sorted(got.get(n, []))]
    errors = sum(1 for lines in want.values() if has_error(lines))
    print("seed %d: %d files compared, %d of %d with errors, %d differ" % (args.seed, len(names), errors, args.count,
                                                                        len(bad)))
    for n in bad[:5]:
        a, b = set(want.get(n, [])), set(got.get(n, []))
        print("===", n, "\n protoc only:", sorted(a - b)[:4], "\n protoforge only:", sorted(b - a)[:4])
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
