package de.kommunale2030.plattform.inference;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * A configured provider as the gateway calls it.
 *
 * @param id       host and port: names the provider in metadata and logs without any path or key
 * @param endpoint the chat-completions URL
 * @param model    the model name
 * @param apiKey   bearer token or {@code null}
 * @param country  ISO 3166-1 alpha-2 code as configured, upper case, or {@code null}
 * @param attestation the operator's attestation as configured, or {@code null}
 */
record Provider(String id, URI endpoint, String model, String apiKey, String country, String attestation) {

    static final String CHAT_COMPLETIONS = "/v1/chat/completions";

    Provider {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(model, "model");
    }

    /** The provider of configured settings; {@link InferenceSettings#configured()} must hold. */
    static Provider of(InferenceSettings settings) {
        var base = URI.create(settings.url());
        var country = settings.country() == null ? null : settings.country().toUpperCase(Locale.ROOT);
        return new Provider(id(base), endpoint(base), settings.model(), settings.apiKey(), country,
                settings.attestation());
    }

    /**
     * Host and port, the form in which audit entries and logs name a provider. An audit resource id
     * starts with a letter or digit and admits {@code ._:-} besides, so an IPv6 literal loses its
     * brackets and gets a prefix ({@code ipv6-::1:8000}).
     */
    static String id(URI base) {
        var host = base.getHost().startsWith("[") ? "ipv6-" + base.getHost().substring(1, base.getHost().length() - 1)
                : base.getHost();
        var port = base.getPort() != -1 ? base.getPort() : "https".equalsIgnoreCase(base.getScheme()) ? 443 : 80;
        return host + ":" + port;
    }

    /**
     * {@code {url}/v1/chat/completions}. A URL that already ends in {@code /v1} (the form in which
     * OpenAI's SDKs and most providers document their base URL) gets {@code /chat/completions} only,
     * so that either form of the same provider reaches the same endpoint.
     */
    static URI endpoint(URI base) {
        var path = base.getRawPath() == null ? "" : base.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        var completions = path.endsWith("/v1") ? path + "/chat/completions" : path + CHAT_COMPLETIONS;
        return URI.create(base.getScheme().toLowerCase(Locale.ROOT) + "://" + base.getRawAuthority() + completions);
    }

    /** Without the API key, of which only its presence shows. */
    @Override
    public String toString() {
        return "Provider[id=" + id + ", endpoint=" + endpoint + ", model=" + model + ", apiKey="
                + (apiKey == null ? "unset" : "set") + ", country=" + country + ", attestation=" + attestation + "]";
    }
}
