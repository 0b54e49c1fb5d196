package de.kommunale2030.plattform.identity;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets at most a fixed number of Argon2id computations run at once; the others wait in arrival order.
 *
 * <p>Each computation holds 19 MiB for about 45 ms of CPU. Unbounded, a burst of sign-ins on 200 request
 * threads would hold almost 4 GiB and share two cores between dozens of hashes, each evicting the others'
 * memory from the caches. With one permit per core, memory stays bounded and throughput is higher
 * (docs/performance.md).
 */
final class BoundedPasswordHashing implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;

    BoundedPasswordHashing(PasswordEncoder delegate, int concurrentHashes) {
        if (concurrentHashes < 1) {
            throw new IllegalArgumentException("at least one concurrent password hash is needed");
        }
        this.delegate = delegate;
        this.permits = new Semaphore(concurrentHashes, true);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bounded(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return bounded(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private <T> T bounded(Supplier<T> computation) {
        permits.acquireUninterruptibly();
        try {
            return computation.get();
        } finally {
            permits.release();
        }
    }
}
