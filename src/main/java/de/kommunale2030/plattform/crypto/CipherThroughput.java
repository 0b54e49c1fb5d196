package de.kommunale2030.plattform.crypto;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Single-thread throughput of {@link FieldCipher}, for the performance notes and for judging
 * changes to the cipher code; not used by the platform itself. Counts plaintext bytes, megabytes
 * being 10^6 bytes, and includes everything a caller pays: key setup, nonce, envelope.
 */
final class CipherThroughput {

    /**
     * @param payloadBytes              plaintext size of each value
     * @param encryptMegabytesPerSecond plaintext encrypted per second
     * @param decryptMegabytesPerSecond plaintext decrypted per second
     */
    record Result(int payloadBytes, double encryptMegabytesPerSecond, double decryptMegabytesPerSecond) {
    }

    private CipherThroughput() {
    }

    /**
     * Runs encryption and decryption each for {@code duration} to warm up (JIT compilation and the
     * AES and GHASH intrinsics), then each for {@code duration} measured.
     */
    static Result measure(int payloadBytes, Duration duration) {
        if (payloadBytes < 0) {
            throw new IllegalArgumentException("payloadBytes must not be negative");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be positive");
        }
        var key = Keys.generate();
        var cell = new CellAddress(new UUID(0, 1), "throughput", "payload", "1");
        var plaintext = new byte[payloadBytes];
        Keys.RANDOM.nextBytes(plaintext);
        var envelope = FieldCipher.encrypt(key, 1, cell, plaintext);
        Supplier<byte[]> encryption = () -> FieldCipher.encrypt(key, 1, cell, plaintext);
        Supplier<byte[]> decryption = () -> FieldCipher.decrypt(key, cell, envelope);
        try {
            megabytesPerSecond(payloadBytes, duration, encryption);
            megabytesPerSecond(payloadBytes, duration, decryption);
            double encrypt = megabytesPerSecond(payloadBytes, duration, encryption);
            double decrypt = megabytesPerSecond(payloadBytes, duration, decryption);
            if (!Arrays.equals(decryption.get(), plaintext)) {
                throw new IllegalStateException("decryption returned other bytes than were encrypted");
            }
            return new Result(payloadBytes, encrypt, decrypt);
        }
        finally {
            Keys.wipe(key);
        }
    }

    private static double megabytesPerSecond(int payloadBytes, Duration duration, Supplier<byte[]> operation) {
        // reading the clock costs about as much as encrypting a few bytes, so small values are timed in batches
        int batch = Math.max(1, 65_536 / Math.max(1, payloadBytes));
        long operations = 0;
        long outputBytes = 0;
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        long now;
        do {
            for (int i = 0; i < batch; i++) {
                outputBytes += operation.get().length;
            }
            operations += batch;
            now = System.nanoTime();
        } while (now < deadline);
        // using the results keeps the JIT from discarding the work
        if (outputBytes < operations * (long) payloadBytes) {
            throw new IllegalStateException("an operation returned fewer bytes than it was given");
        }
        return operations * (double) payloadBytes / ((now - start) / 1e9) / 1e6;
    }
}
