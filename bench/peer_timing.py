"""The timing rule every PyTorch peer shares with `swiftgan-bench`: a warm-up
of 3 calls and a fifth of the time, then five timed windows of a fifth of the
time each; the median of their calls per second."""
import argparse
import json
import statistics
import time

import torch


def median_rate(body, seconds):
    warm_calls, warm_start = 0, time.perf_counter()
    while warm_calls < 3 or time.perf_counter() - warm_start < seconds / 5:
        body()
        warm_calls += 1
    rates = []
    for _ in range(5):
        calls, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds / 5:
            body()
            calls += 1
        rates.append(calls / (time.perf_counter() - start))
    return statistics.median(rates)


def run_step_cases(cases, steps_per_call):
    """The command line of the step peers: `--threads`, `--seconds`, `--case`
    (repeatable; all by default); one JSON line of steps per second per case,
    a call being `steps_per_call` steps of the case's step function."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--case", action="append")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    for name in args.case or list(cases):
        one_step = cases[name]()

        def body():
            for _ in range(steps_per_call):
                one_step()
        print(json.dumps({"case": name, "engine": f"torch {torch.__version__}", "threads": args.threads,
                          "steps_per_s": round(median_rate(body, args.seconds) * steps_per_call, 3)}), flush=True)
