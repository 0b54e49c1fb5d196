package de.kommunale2030.plattform.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedPasswordHashingTests {

    @Test
    void aThirdHashWaitsUntilOneOfTwoRunningHashesEnds() throws Exception {
        var running = new AtomicInteger();
        var entered = new Semaphore(0);
        var release = new CountDownLatch(1);
        var finishedOne = new Semaphore(0);
        var hashing = new BoundedPasswordHashing(new BlockingEncoder(running, entered, release), 2);

        var threads = new ArrayList<Thread>();
        for (int i = 0; i < 3; i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                hashing.matches("passwort", "hash");
                finishedOne.release();
            }));
        }
        entered.acquire(2);
        awaitOneWaitingForAPermit(threads);
        assertThat(running.get()).isEqualTo(2);
        assertThat(entered.availablePermits()).isZero();

        release.countDown();
        entered.acquire();
        finishedOne.acquire(3);
        for (var thread : threads) {
            thread.join();
        }
        assertThat(running.get()).isZero();
    }

    @Test
    void needsAtLeastOnePermit() {
        assertThatThrownBy(() -> new BoundedPasswordHashing(new BlockingEncoder(new AtomicInteger(), new Semaphore(0),
                new CountDownLatch(0)), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Two threads sit inside the encoder; the third must be parked in the semaphore, not in the encoder. */
    private static void awaitOneWaitingForAPermit(ArrayList<Thread> threads) throws InterruptedException {
        for (int attempt = 0; attempt < 500; attempt++) {
            long parked = threads.stream()
                .filter(thread -> thread.getState() == Thread.State.WAITING && Arrays.stream(thread.getStackTrace())
                            .anyMatch(frame -> frame.getClassName().equals(Semaphore.class.getName())))
                .count();
            if (parked == 1) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no sign-in waited for a permit");
    }

    private record BlockingEncoder(AtomicInteger running, Semaphore entered, CountDownLatch release) implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            running.incrementAndGet();
            entered.release();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return false;
        }
    }
}
