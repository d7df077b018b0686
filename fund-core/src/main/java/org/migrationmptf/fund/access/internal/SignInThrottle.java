package org.migrationmptf.fund.access.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per key (an account, a client address) and, past a threshold, makes the next
 * attempt wait: {@code base} after the threshold-th failure, doubling with each further failure, never
 * more than {@code cap}. An attempt made while a key waits is answered "try again later" without a
 * password check, and does not count. A success clears the key; a key with no failure for {@code
 * forgetAfter} starts again from zero.
 *
 * <p>The delay, not a lock, bounds guessing: after the cap an attacker gets one guess per cap
 * interval per key, and a user whose account was attacked waits at most one cap interval. The counts
 * live in this server's memory (a restart clears them; several servers behind a balancer each count
 * their own), see docs/adr/0007.
 */
final class SignInThrottle {

    private final int threshold;
    private final Duration base;
    private final Duration cap;
    private final Duration forgetAfter;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    SignInThrottle(int threshold, Duration base, Duration cap, Duration forgetAfter) {
        this.threshold = threshold;
        this.base = base;
        this.cap = cap;
        this.forgetAfter = forgetAfter;
    }

    private record Failures(int count, Instant last) {}

    /** How long {@code key} must still wait at {@code now}, if it must. */
    Optional<Duration> waitFor(String key, Instant now) {
        Failures f = current(key, now);
        if (f == null || f.count() < threshold) {
            return Optional.empty();
        }
        Instant until = f.last().plus(delayAfter(f.count()));
        return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** Counts a failure; true if this failure made the key wait (the threshold was just reached). */
    boolean failed(String key, Instant now) {
        Failures updated = failures.compute(key, (k, old) -> {
            Failures f = old == null || old.last().plus(forgetAfter).isBefore(now) ? null : old;
            return new Failures(f == null ? 1 : f.count() + 1, now);
        });
        if (failures.size() > 100_000) {
            failures.entrySet()
                    .removeIf(e -> e.getValue().last().plus(forgetAfter).isBefore(now));
        }
        return updated.count() == threshold;
    }

    void succeeded(String key) {
        failures.remove(key);
    }

    Duration delayAfter(int count) {
        int doublings = Math.min(count - threshold, 20);
        Duration delay = base.multipliedBy(1L << Math.max(doublings, 0));
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    private Failures current(String key, Instant now) {
        Failures f = failures.get(key);
        return f == null || f.last().plus(forgetAfter).isBefore(now) ? null : f;
    }
}
