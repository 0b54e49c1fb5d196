import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The load client of bench/persons.py: reads persons with signed-in sessions that persons.py
 * prepared, one thread and one kept-alive HTTP/1.1 connection per session, for a number of
 * seconds. Java instead of Python so that the client takes less of the CPU the server needs.
 * Usage (persons.py runs it): java bench/PersonReads.java SESSIONS-FILE SECONDS
 * The file's first line is the port; every further line is "cookie TAB purpose TAB id,id,…".
 */
public class PersonReads {

    record Session(String cookie, String purpose, String[] persons) {
    }

    public static void main(String[] args) throws Exception {
        var lines = Files.readAllLines(Path.of(args[0]));
        var port = Integer.parseInt(lines.getFirst().strip());
        var seconds = Integer.parseInt(args[1]);
        var sessions = lines.subList(1, lines.size()).stream()
            .filter(line -> !line.isBlank())
            .map(line -> line.split("\t"))
            .map(parts -> new Session(parts[0], parts[1], parts[2].split(",")))
            .toList();
        var tls = SSLContext.getInstance("TLS");
        // the self-signed localhost certificate of a local benchmark
        tls.init(null, new TrustManager[] { new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String type) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String type) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        } }, new SecureRandom());

        var latencies = new ArrayList<long[]>();
        var failures = new AtomicLong();
        var deadline = System.nanoTime() + seconds * 1_000_000_000L;
        var threads = new ArrayList<Thread>();
        var started = System.nanoTime();
        for (var session : sessions) {
            var mine = new long[200_000];
            latencies.add(mine);
            threads.add(Thread.ofPlatform().start(() -> read(session, tls, port, deadline, mine, failures)));
        }
        for (var thread : threads) {
            thread.join();
        }
        var duration = (System.nanoTime() - started) / 1e9;
        var all = latencies.stream().flatMapToLong(array -> Arrays.stream(array).filter(nanos -> nanos > 0)).sorted().toArray();
        System.out.printf("person reads: %d in %.1f s = %.0f per second, %d failed%n", all.length, duration, all.length / duration,
                failures.get());
        if (all.length > 0) {
            System.out.printf("latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", percentile(all, 0.50), percentile(all, 0.95),
                    percentile(all, 0.99));
        }
    }

    private static void read(Session session, SSLContext tls, int port, long deadline, long[] latencies, AtomicLong failures) {
        try (var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls).build()) {
            var count = 0;
            while (System.nanoTime() < deadline) {
                var person = session.persons()[ThreadLocalRandom.current().nextInt(session.persons().length)];
                var request = HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/api/v1/persons/" + person))
                    .header("Cookie", session.cookie())
                    .header("X-Purpose", session.purpose())
                    .header("Accept", "application/json")
                    .GET()
                    .build();
                var begin = System.nanoTime();
                var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                var elapsed = System.nanoTime() - begin;
                if (response.statusCode() == 200 && count < latencies.length) {
                    latencies[count++] = elapsed;
                }
                else {
                    failures.incrementAndGet();
                }
            }
        }
        catch (Exception e) {
            failures.incrementAndGet();
            System.err.println("client stopped: " + e);
        }
    }

    private static double percentile(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))] / 1e6;
    }
}
