package de.kommunale2030.plattform;

import java.util.concurrent.atomic.AtomicInteger;

final class TestAgs {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 500_000));

    private TestAgs() {
    }

    static String next() {
        return "09" + String.format("%06d", NEXT.incrementAndGet() % 1_000_000);
    }
}
