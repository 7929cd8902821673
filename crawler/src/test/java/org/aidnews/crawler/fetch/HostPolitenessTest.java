package org.aidnews.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class HostPolitenessTest {

    @Test
    @SuppressWarnings("try")
    void oneRequestAtATimePerHostWithTheGapBetween() throws Exception {
        HostPoliteness p = new HostPoliteness();
        List<long[]> spans = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 6; i++) {
            pool.submit(() -> {
                try (HostPoliteness.Slot s = p.acquire("http://h.test", 150)) {
                    long start = System.nanoTime();
                    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    Thread.sleep(20);
                    inFlight.decrementAndGet();
                    spans.add(new long[] {start, System.nanoTime()});
                }
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
        assertThat(maxInFlight.get()).isEqualTo(1);
        List<long[]> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> Long.compare(a[0], b[0]));
        for (int i = 1; i < sorted.size(); i++) {
            long gapMs = TimeUnit.NANOSECONDS.toMillis(sorted.get(i)[0] - sorted.get(i - 1)[1]);
            assertThat(gapMs).as("gap %d", i).isGreaterThanOrEqualTo(145);
        }
    }

    @Test
    @SuppressWarnings("try")
    void otherHostsDoNotWait() throws Exception {
        HostPoliteness p = new HostPoliteness();
        try (HostPoliteness.Slot s = p.acquire("http://a.test", 5000)) {
            // held
        }
        long t0 = System.nanoTime();
        try (HostPoliteness.Slot s = p.acquire("http://b.test", 5000)) {
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(1000);
        }
    }
}
