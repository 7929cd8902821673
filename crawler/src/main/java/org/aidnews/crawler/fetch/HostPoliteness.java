package org.aidnews.crawler.fetch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * At most one request at a time per host, and a minimum gap between the end of one request and the start of
 * the next. Keyed by scheme+host+port ("origin"), not by registrable domain as crawler4j does: two demo sites
 * on one IP but different ports are two hosts, and so are www.x.gov.cn and wjw.x.gov.cn.
 *
 * <pre>{@code
 * try (HostPoliteness.Slot slot = politeness.acquire("http://example.org", 1000)) {
 *     ... one request ...
 * }
 * }</pre>
 */
public final class HostPoliteness {

    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    private static final class Host {
        final ReentrantLock lock = new ReentrantLock(true);
        long nextAllowedNanos = System.nanoTime();
    }

    /** Held while one request to the host is in flight. */
    public final class Slot implements AutoCloseable {
        private final Host host;
        private final long gapNanos;
        private long holdOffNanos;

        private Slot(Host host, long gapNanos) {
            this.host = host;
            this.gapNanos = gapNanos;
        }

        /** The host asked for a pause (Retry-After): the next request waits at least this long instead of the gap. */
        public void holdOff(long millis) {
            holdOffNanos = Math.max(holdOffNanos, TimeUnit.MILLISECONDS.toNanos(Math.max(0, millis)));
        }

        @Override
        public void close() {
            host.nextAllowedNanos = System.nanoTime() + Math.max(gapNanos, holdOffNanos);
            host.lock.unlock();
        }
    }

    /** Waits until the host is free and its gap has passed. */
    public Slot acquire(String origin, long gapMillis) throws InterruptedException {
        Host host = hosts.computeIfAbsent(origin, k -> new Host());
        host.lock.lockInterruptibly();
        try {
            long wait = host.nextAllowedNanos - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        } catch (InterruptedException e) {
            host.lock.unlock();
            throw e;
        }
        return new Slot(host, TimeUnit.MILLISECONDS.toNanos(Math.max(0, gapMillis)));
    }
}
