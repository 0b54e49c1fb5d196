package de.kommunale2030.plattform.inference;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

/**
 * The language-model provider and how the gateway treats it. Whether the provider may be used at all
 * (country, attestation, transport) is not decided here but by {@link ProviderAdmission}, at start
 * and again before every call.
 *
 * @param url             base URL of an OpenAI-compatible endpoint ({@code https://host[:port][/path]});
 *                        unset means no provider, only the built-in engine
 * @param model           the model name sent with every request; required with a URL
 * @param apiKey          sent as bearer token when set; never logged
 * @param country         ISO 3166-1 alpha-2 code of the country where the provider processes the data
 * @param attestation     {@value ProviderAdmission#ATTESTATION}: the operator attests that the provider's
 *                        contract excludes training on and retention of prompts and answers
 * @param connectTimeout  how long a connection may take to open
 * @param requestTimeout  how long one attempt may take, until the whole answer has arrived
 * @param retries         further attempts after a 429, a 5xx or an I/O failure
 * @param backoff         pause before the first retry; it doubles for each further one
 * @param circuitFailures failed calls in a row after which the provider gets no more calls
 * @param circuitCoolDown how long it then gets none, before one trial call may go through
 * @param maxAnswerSize   larger response bodies are refused
 */
@ConfigurationProperties(InferenceSettings.PREFIX)
public record InferenceSettings(String url, String model, String apiKey, String country, String attestation,
        @DefaultValue("5s") Duration connectTimeout, @DefaultValue("60s") Duration requestTimeout,
        @DefaultValue("2") int retries, @DefaultValue("500ms") Duration backoff, @DefaultValue("5") int circuitFailures,
        @DefaultValue("30s") Duration circuitCoolDown, @DefaultValue("64KB") DataSize maxAnswerSize) {

    static final String PREFIX = "k2030.inference";
    private static final int MAX_RETRIES = 10;
    private static final Pattern API_KEY_SHAPE = Pattern.compile("[\\x21-\\x7E]{1,4096}");

    public InferenceSettings {
        url = blankToNull(url);
        model = blankToNull(model);
        apiKey = blankToNull(apiKey);
        country = blankToNull(country);
        attestation = blankToNull(attestation);
        if (url != null) {
            requireUsableUrl(url);
            if (model == null) {
                throw new IllegalArgumentException(
                        "k2030.inference.model (K2030_INFERENCE_MODEL) is required when a provider URL is set"
                                + " / k2030.inference.model (K2030_INFERENCE_MODEL) muss gesetzt sein, wenn eine Anbieter-URL gesetzt ist");
            }
        }
        // A header value must be visible ASCII; the HTTP client's complaint about anything else could quote it.
        if (apiKey != null && !API_KEY_SHAPE.matcher(apiKey).matches()) {
            throw new IllegalArgumentException("k2030.inference.api-key (K2030_INFERENCE_API_KEY) must consist of"
                    + " visible ASCII characters / darf nur sichtbare ASCII-Zeichen enthalten");
        }
        requirePositive(connectTimeout, "connect-timeout");
        requirePositive(requestTimeout, "request-timeout");
        requirePositive(backoff, "backoff");
        requirePositive(circuitCoolDown, "circuit-cool-down");
        if (retries < 0 || retries > MAX_RETRIES) {
            throw new IllegalArgumentException("k2030.inference.retries must be between 0 and " + MAX_RETRIES);
        }
        if (circuitFailures < 1) {
            throw new IllegalArgumentException("k2030.inference.circuit-failures must be at least 1");
        }
        if (maxAnswerSize == null || maxAnswerSize.toBytes() < 1 || maxAnswerSize.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("k2030.inference.max-answer-size must be between 1 B and 2 GB");
        }
    }

    /**
     * The settings from environment variables ({@code K2030_INFERENCE_URL}, {@code K2030_INFERENCE_MODEL},
     * {@code K2030_INFERENCE_REQUEST_TIMEOUT} …) with the same names, conversions and defaults as the
     * server's binding, for the command line, which runs without a Spring context.
     */
    public static InferenceSettings fromEnvironment(Map<String, String> environment) {
        // Under this name Spring maps k2030.inference.api-key to K2030_INFERENCE_API_KEY, as for the real environment.
        @SuppressWarnings({ "unchecked", "rawtypes" })
        var source = new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                (Map) Map.copyOf(environment));
        return new Binder(ConfigurationPropertySources.from(source)).bindOrCreate(PREFIX, Bindable.of(InferenceSettings.class));
    }

    /** Whether a provider is configured at all. */
    public boolean configured() {
        return url != null;
    }

    /** Everything but the API key, of which only its presence shows. */
    @Override
    public String toString() {
        return "InferenceSettings[url=" + url + ", model=" + model + ", apiKey=" + (apiKey == null ? "unset" : "set")
                + ", country=" + country + ", attestation=" + attestation + ", connectTimeout=" + connectTimeout
                + ", requestTimeout=" + requestTimeout + ", retries=" + retries + ", backoff=" + backoff
                + ", circuitFailures=" + circuitFailures + ", circuitCoolDown=" + circuitCoolDown
                + ", maxAnswerSize=" + maxAnswerSize + "]";
    }

    private static void requireUsableUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        }
        catch (URISyntaxException e) {
            throw new IllegalArgumentException(urlProblem("is not a valid URL / ist keine gültige URL"));
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new IllegalArgumentException(urlProblem("must be an absolute http(s) URL with a host"
                    + " / muss eine absolute http(s)-URL mit Host sein"));
        }
        // Credentials belong in the API key, which is never logged; the URL is.
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(urlProblem("must not contain user info, a query or a fragment"
                    + " / darf keine Zugangsdaten, keine Query und kein Fragment enthalten"));
        }
    }

    private static String urlProblem(String problem) {
        return "k2030.inference.url (K2030_INFERENCE_URL) " + problem;
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("k2030.inference." + name + " must be positive");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
