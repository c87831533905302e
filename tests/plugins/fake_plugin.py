#!/usr/bin/env python3
"""A protoc plugin for tests that misbehaves on request. PLUGIN_MODE picks the answer (see MODES); the request is
saved to PLUGIN_REQUEST_OUT when set. PLUGIN_FEATURES (default 3) and PLUGIN_EDITIONS ("MIN,MAX", unset: none)
set what the response declares. The response is encoded by hand: this must not depend on any protobuf library."""
import os
import signal
import sys


def varint(n):
    out = bytearray()
    while True:
        low = n & 0x7F
        n >>= 7
        if n:
            out.append(low | 0x80)
        else:
            out.append(low)
            return bytes(out)


def length_delimited(number, data):
    if isinstance(data, str):
        data = data.encode()
    return varint(number << 3 | 2) + varint(len(data)) + data


def number_field(number, value):
    return varint(number << 3) + varint(value)


def generated_file(name, content, insertion_point=None):
    body = length_delimited(1, name)
    if insertion_point is not None:
        body += length_delimited(2, insertion_point)
    body += length_delimited(15, content)
    return length_delimited(15, body)


MODES = {
    "files": lambda: generated_file("a.txt", "alpha\n") + generated_file("b/c.txt", "gamma\n"),
    "continued": lambda: generated_file("a.txt", "first half, ") + generated_file("", "second half\n"),
    "dup": lambda: generated_file("a.txt", "1\n") + generated_file("a.txt", "2\n"),
    "abs": lambda: generated_file("/tmp/protoforge-escape.txt", "x\n"),
    "dotdot": lambda: generated_file("../escape.txt", "x\n"),
    "error": lambda: length_delimited(1, "the schema is not to my liking"),
    "insert": lambda: generated_file("a.txt", "head\n  // @@protoc_insertion_point(here)\ntail\n")
    + generated_file("a.txt", "inserted 1\n\ninserted 2\n", "here")
    + generated_file("a.txt", "inserted 3\n", "here"),
    "insert_inline": lambda: generated_file("a.txt", "x = /* @@protoc_insertion_point(v) */ 1;\n")
    + generated_file("a.txt", "2 + ", "v"),
    "insert_no_newline": lambda: generated_file("a.txt", "head\n  // @@protoc_insertion_point(here)\n")
    + generated_file("a.txt", "abc\ndef", "here"),
    "insert_missing_file": lambda: generated_file("nope.txt", "x\n", "here"),
    "insert_missing_point": lambda: generated_file("a.txt", "head\n") + generated_file("a.txt", "x\n", "there"),
    "insert_into_cpp": lambda: generated_file("simple.pf.h", "// added by a plugin\n", "none_such"),
    "empty_name": lambda: generated_file("", "x\n"),
}

request = sys.stdin.buffer.read()
if os.environ.get("PLUGIN_REQUEST_OUT"):
    with open(os.environ["PLUGIN_REQUEST_OUT"], "wb") as f:
        f.write(request)
mode = os.environ.get("PLUGIN_MODE", "files")
if mode == "crash":
    sys.stderr.write("boom: something broke\n")
    sys.exit(3)
if mode == "signal":
    os.kill(os.getpid(), signal.SIGKILL)
if mode == "garbage":
    sys.stdout.buffer.write(b"\xff\xff\xff\xffgarbage")
    sys.exit(0)
response = number_field(2, int(os.environ.get("PLUGIN_FEATURES", "3")))
if os.environ.get("PLUGIN_EDITIONS"):
    low, high = os.environ["PLUGIN_EDITIONS"].split(",")
    response += number_field(3, int(low)) + number_field(4, int(high))
response += MODES[mode]()
sys.stdout.buffer.write(response)
