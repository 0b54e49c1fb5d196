package de.kommunale2030.plattform.protection;

import org.apache.coyote.http2.Http2Protocol;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/**
 * Tomcat's HTTP/2 overhead protection closes a connection whose non-final DATA frames are small on
 * average (below 1024 bytes by default), a defence against floods of tiny frames (CVE-2019-9518).
 * The JDK's HTTP client splits an upload at its buffer boundaries into frames of one or two bytes
 * between full ones, and so lost every upload of a few MiB over HTTP/2. With a threshold of one
 * byte only empty frames count, which is the flood the protection exists for.
 */
final class Http2Limits implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final int OVERHEAD_DATA_THRESHOLD = 1;

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
