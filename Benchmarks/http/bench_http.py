"""`make bench-http`: textbi's HTTP throughput side by side with the seed stack's stand-in
(../shared/peers/seed_fastapi) and a bare Hummingbird route, in one run, on this machine.

Each round starts every server in turn, alone, and loads it with the peer's own bench.sh (wrk -t1 -c64 -d10s,
2 s warm-up, POST {"message": MESSAGE} to query-sync and to the SSE stream read to [DONE]) and wrk on GET /health:
  textbi (result cache on), textbi --no-cache, the seed peer (1 worker), hello-bench (bare Hummingbird /health).
Then, on textbi alone, streams opened at once (Benchmarks/http/streams.py): 200 unmeasured, 200 ROUNDS times and
1,000 ROUNDS times (the median p99 of each is reported; the last 1,000 waits SETTLE seconds for RSS and descriptors).
Prints every run, the medians over the rounds, and the ratios the throughput issue sets as targets.

env: ROUNDS=3 PEER=../shared/peers/seed_fastapi MESSAGE=各部门员工人数 SETTLE=60 (seconds after the 1,000 streams)
     STREAMS_ONLY=1 skips the wrk rounds and runs only the concurrent streams
"""
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PEER = os.path.abspath(os.environ.get("PEER", os.path.join(ROOT, "..", "shared", "peers", "seed_fastapi")))
ROUNDS = int(os.environ.get("ROUNDS", "3"))
MESSAGE = os.environ.get("MESSAGE", "各部门员工人数")
SETTLE = float(os.environ.get("SETTLE", "60"))
TEXTBI = os.path.join(ROOT, ".build", "release", "textbi")
HELLO = os.path.join(ROOT, ".build", "release", "hello-bench")
PORT = 18960


def wait_healthy(url, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url + "/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not become healthy")


def start(kind, database):
    url = f"http://127.0.0.1:{PORT}"
    if kind.startswith("textbi"):
        command = [TEXTBI, "serve", "--port", str(PORT), "--database", database]
        if kind == "textbi-nocache":
            command.append("--no-cache")
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elif kind == "peer":
        env = dict(os.environ, PORT=str(PORT), WORKERS="1")
        process = subprocess.Popen([os.path.join(PEER, "run.sh")], env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
    else:
        process = subprocess.Popen([HELLO, str(PORT)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_healthy(url)
    return url, process


def wait_idle(pid, seconds=30):
    """Waits until the server has used no CPU for a second: the rollups serve builds or refreshes at start-up are
    done, so the streams measure the server at rest, not beside its start-up work."""
    def ticks():
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    deadline, last = time.time() + seconds, ticks()
    while time.time() < deadline:
        time.sleep(1)
        now = ticks()
        if now - last <= 1:
            return
        last = now


def stop(process):
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def parse(line):
    return {k: (float(v) if re.fullmatch(r"[0-9.]+", v) else v) for k, v in re.findall(r"(\w+)=(\S+)", line)}


def bench_endpoints(url):
    """The peer's bench.sh: query-sync and the SSE stream."""
    out = subprocess.run([os.path.join(PEER, "bench.sh"), url], capture_output=True, text=True,
                         env=dict(os.environ, MESSAGE=MESSAGE))
    if out.returncode != 0:
        raise RuntimeError(out.stderr + out.stdout)
    results = {}
    result_dir = re.search(r"raw output in (\S+)", out.stdout).group(1)
    for line in open(os.path.join(result_dir, "results.txt")):
        r = parse(line)
        results[r["label"]] = r
    return results


def bench_health(url):
    out = subprocess.run(["wrk", "-t1", "-c64", "-d10s", "--latency", url + "/health"], capture_output=True, text=True)
    rps = float(re.search(r"Requests/sec:\s+([0-9.]+)", out.stdout).group(1))
    errors = re.search(r"Socket errors: (.*)", out.stdout)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out.stdout)
    return {"rps": rps, "errors": (errors.group(1) if errors else "none"), "non2xx": int(non2xx.group(1)) if non2xx else 0}


def errors(r):
    return int(sum(r.get(k, 0) for k in ("status_errors", "connect_errors", "read_errors", "write_errors", "timeouts")))


def main():
    if not os.path.isdir(PEER):
        sys.exit(f"bench-http: the seed peer is not at {PEER} (set PEER=...)")
    subprocess.run([os.path.join(PEER, "setup.sh")], check=True, stdout=subprocess.DEVNULL)
    if subprocess.run(["which", "wrk"], capture_output=True).returncode != 0:
        subprocess.run(["bash", "-c", "apt-get update -qq && apt-get install -y -qq wrk"], check=True)
    database = os.path.join(tempfile.mkdtemp(prefix="textbi-bench-http-"), "sample.sqlite")
    subprocess.run([TEXTBI, "migrate", "--database", database], cwd=ROOT, check=True, capture_output=True)

    if os.environ.get("STREAMS_ONLY") != "1":
        wrk_rounds(database)
    concurrent_streams(database)


def wrk_rounds(database):
    runs = {}
    for round_ in range(1, ROUNDS + 1):
        for kind in ("textbi", "textbi-nocache", "peer", "hello"):
            url, process = start(kind, database)
            try:
                if kind != "hello":
                    for label, r in bench_endpoints(url).items():
                        runs.setdefault((kind, label), []).append(r)
                        print(f"round {round_} {kind:15} {label:11} {r['rps']:9.0f} req/s  p50 {r['p50_ms']:7.2f} ms  "
                              f"p99 {r['p99_ms']:8.2f} ms  errors {errors(r)}", flush=True)
                if kind != "peer":
                    h = bench_health(url)
                    runs.setdefault((kind, "health"), []).append(h)
                    print(f"round {round_} {kind:15} {'health':11} {h['rps']:9.0f} req/s  socket errors {h['errors']}  "
                          f"non-2xx {h['non2xx']}", flush=True)
            finally:
                stop(process)

    median = {key: statistics.median(r["rps"] for r in rs) for key, rs in runs.items()}
    print(f"\nmedians of {ROUNDS} rounds (req/s):")
    for (kind, label), value in sorted(median.items()):
        print(f"  {kind:15} {label:11} {value:9.0f}")
    peer_sync, peer_sse = median[("peer", "query-sync")], median[("peer", "query-sse")]
    print("\nratios (medians):")
    print(f"  query-sync, cache on   {median[('textbi', 'query-sync')] / peer_sync:5.1f}x the seed peer   (target 20x)")
    print(f"  query-sync, --no-cache {median[('textbi-nocache', 'query-sync')] / peer_sync:5.1f}x the seed peer   (target 3x)")
    print(f"  SSE, cache on          {median[('textbi', 'query-sse')] / peer_sse:5.1f}x the seed peer   (target 20x)")
    print(f"  SSE, --no-cache        {median[('textbi-nocache', 'query-sse')] / peer_sse:5.1f}x the seed peer   (target 3x)")
    print(f"  /health                {median[('textbi', 'health')] / median[('hello', 'health')] * 100:5.0f}% of bare Hummingbird (target 60%)")


def concurrent_streams(database):
    url, process = start("textbi", database)

    def burst(streams, settle):
        out = subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "http", "streams.py"), "--url", url,
                              "--pid", str(process.pid), "--streams", str(streams), "--settle", str(settle),
                              "--message", MESSAGE], capture_output=True, text=True, check=True)
        return json.loads(out.stdout)

    try:
        wait_idle(process.pid)
        # One unmeasured burst first, as wrk's rounds warm up for 2 s: the first burst after start-up also pays for
        # the answer's first run (the other 199 wait for it) and for the allocator's and thread pool's growth.
        print(f"\n200 streams at once, warm-up (not counted): {json.dumps(burst(200, 0))}")
        runs = [burst(200, 0) for _ in range(ROUNDS)]
        for r in runs:
            print(f"200 streams at once: {json.dumps(r)}")
        p99 = statistics.median(r["first_event_p99_ms"] for r in runs)
        errors = sum(r["errors"] for r in runs)
        print(f"  200 streams, median of {len(runs)}: first event p99 {p99:.1f} ms (target < 20 ms), errors {errors}")
        # 1,000 at once ROUNDS times; the last waits SETTLE seconds after, for RSS and descriptors.
        big = [burst(1000, SETTLE if n == ROUNDS - 1 else 0) for n in range(ROUNDS)]
        for r in big:
            print(f"\n1000 streams at once: {json.dumps(r)}")
        r = big[-1]
        rss = r["rss_mb"]
        p99 = statistics.median(b["first_event_p99_ms"] for b in big)
        errors = sum(b["errors"] for b in big)
        before, peak = big[0]["rss_mb"]["before"], max(b["rss_mb"]["peak"] for b in big)
        print(f"  1000 streams, median of {len(big)}: errors {errors}, first event p99 {p99:.1f} ms (target < 100 ms), "
              f"peak RSS {peak:.1f} MB (target < 150), RSS {SETTLE:g} s after the last {rss[f'after_{SETTLE}s']:.1f} MB "
              f"vs {before:.1f} before the first (target within 1.5x), fds {r['fds'][f'after_{SETTLE}s']} vs {big[0]['fds']['before']} before")
    finally:
        stop(process)


if __name__ == "__main__":
    main()
