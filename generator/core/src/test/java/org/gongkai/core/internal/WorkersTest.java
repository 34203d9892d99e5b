package org.gongkai.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class WorkersTest {
    @Test
    void everyElementOnceAndTheCallerReturnsOnlyWhenAllAreDone() {
        List<Integer> elements = IntStream.range(0, 2_000).boxed().toList();
        ConcurrentHashMap<Integer, Integer> seen = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        Optional<Throwable> failed = Workers.each(elements, 3, "test", e -> {
            seen.merge(e, 1, Integer::sum);
            done.incrementAndGet();
        });
        assertTrue(failed.isEmpty());
        assertEquals(2_000, done.get());
        assertEquals(2_000, seen.size());
        assertTrue(seen.values().stream().allMatch(c -> c == 1));
    }

    @Test
    void theFailureReportedIsTheFirstInTheListsOrderAndTheRestStillRun() {
        List<Integer> elements = IntStream.range(0, 500).boxed().toList();
        AtomicInteger done = new AtomicInteger();
        Optional<Throwable> failed = Workers.each(elements, 2, "test", e -> {
            done.incrementAndGet();
            if (e == 490 || e == 17 || e == 250) {
                throw new IllegalStateException("element " + e);
            }
        });
        assertEquals("element 17", failed.orElseThrow().getMessage());
        assertEquals(500, done.get());
    }
}
