package de.kommunale2030.plattform.protection;

import org.apache.coyote.http2.Http2Protocol;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/**
 * Tomcat's HTTP/2 overhead protection closes a connection whose non-final DATA frames are small on
 * average (below 1024 bytes by default), a defence against floods of tiny frames (CVE-2019-9518).
 * The JDK's HTTP client splits an upload at its buffer boundaries into frames of one or two bytes
 * between full ones, and so lost every upload of a few MiB over HTTP/2 (measured: uploads pass up
 * to a threshold of 64 bytes, fail at 128). Tomcat lowers the overhead count by 20 for every DATA
 * frame and raises it by threshold ÷ average when a frame and the one before it average less than
 * the threshold; at 32 an empty or one-byte frame still adds 32, a net 12, so a run of them closes
 * the connection while an upload's few tiny frames between full ones do not ({@code Http2OverheadTests}).
 */
final class Http2Limits implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final int OVERHEAD_DATA_THRESHOLD = 32;

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            for (var upgrade : connector.findUpgradeProtocols()) {
                if (upgrade instanceof Http2Protocol http2) {
                    http2.setOverheadDataThreshold(OVERHEAD_DATA_THRESHOLD);
                }
            }
        });
    }
}
