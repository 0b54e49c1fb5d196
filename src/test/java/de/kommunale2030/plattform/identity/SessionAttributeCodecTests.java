package de.kommunale2030.plattform.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import de.kommunale2030.plattform.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.servlet.FlashMap;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Session attributes round-trip as JSON of the known types; anything else is refused when stored,
 * and stored bytes in any other format — above all a Java serialisation stream — read as absent
 * without being deserialised.
 */
class SessionAttributeCodecTests {

    /** Set when a Java-serialised object is brought back to life; the codec must never do that. */
    static final AtomicBoolean REVIVED = new AtomicBoolean();

    /** Stands for a gadget: code that runs during Java deserialisation. */
    static final class Gadget implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        @Serial
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            REVIVED.set(true);
        }
    }

    final SessionAttributeCodec codec = new SessionAttributeCodec(JsonMapper.builder().build());

    @Test
    void theKnownAttributesRoundTrip() {
        var signIn = PlatformAuthentication.started(new TenantId(UUID.randomUUID()), UUID.randomUUID(), SignInStage.AUTHENTICATED,
                EnumSet.of(Role.SACHBEARBEITUNG, Role.AUDIT), Instant.parse("2026-11-27T10:00:00Z"), Duration.ofMinutes(30),
                Duration.ofHours(10));
        var context = (SecurityContext) codec.decode(codec.encode(new SecurityContextImpl(signIn)));
        var restored = (PlatformAuthentication) context.getAuthentication();
        assertThat(restored).isEqualTo(signIn);
        assertThat(restored.tenant()).isEqualTo(signIn.tenant());
        assertThat(restored.roles()).isEqualTo(signIn.roles());
        assertThat(restored.idleTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(restored.deadline()).isEqualTo(Instant.parse("2026-11-27T20:00:00Z"));
        assertThat(restored.getAuthorities()).isEqualTo(signIn.getAuthorities()).isNotEmpty();
        assertThat(restored.isAuthenticated()).isTrue();

        var pending = signIn.advancedTo(SignInStage.MFA_REQUIRED);
        var half = (PlatformAuthentication) ((SecurityContext) codec.decode(codec.encode(new SecurityContextImpl(pending))))
            .getAuthentication();
        assertThat(half.isAuthenticated()).as("a sign-in that is not complete stays so").isFalse();
        assertThat(half.getAuthorities()).isEmpty();
        assertThat(((SecurityContext) codec.decode(codec.encode(new SecurityContextImpl()))).getAuthentication()).isNull();

        var token = (CsrfToken) codec.decode(codec.encode(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "abc-123")));
        assertThat(List.of(token.getHeaderName(), token.getParameterName(), token.getToken()))
            .containsExactly("X-CSRF-TOKEN", "_csrf", "abc-123");
        assertThat((byte[]) codec.decode(codec.encode(new byte[] { 0, 1, (byte) 0xff }))).containsExactly(0, 1, 0xff);

        var flash = new FlashMap();
        flash.setTargetRequestPath("/vorgaenge/1");
        flash.addTargetRequestParam("zweck", "grundsteuer");
        flash.put("doneKey", "records.case.closed");
        flash.startExpirationPeriod(180);
        @SuppressWarnings("unchecked")
        var maps = (List<FlashMap>) codec.decode(codec.encode(List.of(flash)));
        assertThat(maps).hasSize(1);
        assertThat(maps.getFirst().get("doneKey")).isEqualTo("records.case.closed");
        assertThat(maps.getFirst().getTargetRequestPath()).isEqualTo("/vorgaenge/1");
        assertThat(maps.getFirst().getTargetRequestParams().getFirst("zweck")).isEqualTo("grundsteuer");
        assertThat(maps.getFirst().getExpirationTime()).isEqualTo(flash.getExpirationTime());
    }

    @Test
    void otherTypesAreNotStored() {
        assertThatThrownBy(() -> codec.encode(new HashMap<>())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.encode(new Gadget())).isInstanceOf(IllegalArgumentException.class);
        var withObject = new FlashMap();
        withObject.put("person", new Gadget());
        assertThatThrownBy(() -> codec.encode(List.of(withObject))).isInstanceOf(IllegalArgumentException.class);
        var foreign = new SecurityContextImpl(new org.springframework.security.authentication.TestingAuthenticationToken("x", "y"));
        assertThatThrownBy(() -> codec.encode(foreign)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aJavaSerialisationStreamIsNeverDeserialised() throws IOException {
        var stream = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(stream)) {
            out.writeObject(new Gadget());
        }
        REVIVED.set(false);
        assertThat(codec.decode(stream.toByteArray())).isNull();
        assertThat(REVIVED).as("no object was revived").isFalse();
        for (var stored : List.of("", "{", "[]", "{\"type\":\"gadget\"}", "{\"type\":\"security-context\",\"signIn\":{}}",
                "{\"type\":\"bytes\",\"value\":\"%%%\"}", "{\"type\":\"csrf-token\",\"token\":1}")) {
            assertThat(codec.decode(stored.getBytes(StandardCharsets.UTF_8))).as(stored).isNull();
        }
    }
}
