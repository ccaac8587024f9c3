"""The timing rule every PyTorch peer shares with `swiftgan-bench`: a warm-up
of 3 calls and a fifth of the time, then five timed windows of a fifth of the
time each; the median of their calls per second."""
import statistics
import time


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
