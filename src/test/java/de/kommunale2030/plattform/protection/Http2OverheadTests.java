package de.kommunale2030.plattform.protection;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLSocket;

import de.kommunale2030.plattform.PlatformClient;
import de.kommunale2030.plattform.PlatformTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP/2 frames written by hand over TLS: the pattern in which the JDK's HTTP client sends an
 * upload (full DATA frames with one- or two-byte frames between them) keeps the connection open,
 * while a run of empty DATA frames — the flood Tomcat's overhead protection exists for — still
 * makes the server close it.
 */
class Http2OverheadTests extends PlatformTest {

    private static final int DATA = 0x0;
    private static final int HEADERS = 0x1;
    private static final int SETTINGS = 0x4;
    private static final int PING = 0x6;
    private static final int GOAWAY = 0x7;
    private static final int END_HEADERS = 0x4;
    private static final int ACK = 0x1;

    enum Ending {
        STILL_OPEN, CLOSED
    }

    @Test
    void anUploadsSmallFramesPassButAFloodOfEmptyFramesClosesTheConnection() throws IOException {
        var upload = new ArrayList<byte[]>();
        for (int i = 0; i < 3; i++) {
            upload.add(new byte[16_384]);
            upload.add(new byte[2]);
        }
        assertThat(send(upload)).isEqualTo(Ending.STILL_OPEN);

        var flood = new ArrayList<byte[]>();
        for (int i = 0; i < 300; i++) {
            flood.add(new byte[0]);
        }
        assertThat(send(flood)).isEqualTo(Ending.CLOSED);
    }

    /** Opens a request stream, sends the DATA frames, then a PING: answered means the connection lives. */
    private Ending send(List<byte[]> dataFrames) throws IOException {
        var client = new PlatformClient(DATA_DIRECTORY, port);
        try (var socket = (SSLSocket) client.tls().getSocketFactory().createSocket("localhost", port)) {
            var parameters = socket.getSSLParameters();
            parameters.setApplicationProtocols(new String[] { "h2" });
            socket.setSSLParameters(parameters);
            socket.setSoTimeout(10_000);
            socket.startHandshake();
            assertThat(socket.getApplicationProtocol()).isEqualTo("h2");
            var out = socket.getOutputStream();
            var in = new DataInputStream(socket.getInputStream());
            out.write("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            frame(out, SETTINGS, 0, 0, new byte[0]);
            frame(out, HEADERS, END_HEADERS, 1, requestHeaders());
            for (var payload : dataFrames) {
                frame(out, DATA, 0, 1, payload);
            }
            frame(out, PING, 0, 0, new byte[8]);
            out.flush();
            while (true) {
                int length;
                try {
                    length = in.readUnsignedShort() << 8 | in.readUnsignedByte();
                }
                catch (IOException closed) {
                    return Ending.CLOSED;
                }
                var type = in.readUnsignedByte();
                var flags = in.readUnsignedByte();
                in.readInt();
                in.readNBytes(length);
                if (type == GOAWAY) {
                    return Ending.CLOSED;
                }
                if (type == SETTINGS && (flags & ACK) == 0) {
                    frame(out, SETTINGS, ACK, 0, new byte[0]);
                    out.flush();
                }
                if (type == PING && (flags & ACK) != 0) {
                    return Ending.STILL_OPEN;
                }
            }
        }
        catch (SocketTimeoutException silent) {
            throw new AssertionError("The server neither answered the PING nor closed the connection", silent);
        }
    }

    /** HPACK without Huffman coding: POST https://localhost/api/v1/session, names from the static table. */
    private static byte[] requestHeaders() {
        var block = new java.io.ByteArrayOutputStream();
        block.write(0x83); // :method POST
        block.write(0x87); // :scheme https
        literal(block, 0x04, "/api/v1/session"); // :path
        literal(block, 0x01, "localhost"); // :authority
        return block.toByteArray();
    }

    private static void literal(java.io.ByteArrayOutputStream block, int nameIndex, String value) {
        var bytes = value.getBytes(StandardCharsets.US_ASCII);
        block.write(nameIndex);
        block.write(bytes.length);
        block.writeBytes(bytes);
    }

    private static void frame(OutputStream out, int type, int flags, int stream, byte[] payload) throws IOException {
        out.write(new byte[] { (byte) (payload.length >>> 16), (byte) (payload.length >>> 8), (byte) payload.length,
                (byte) type, (byte) flags, (byte) (stream >>> 24), (byte) (stream >>> 16), (byte) (stream >>> 8), (byte) stream });
        out.write(payload);
    }
}
