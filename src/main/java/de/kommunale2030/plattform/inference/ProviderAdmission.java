package de.kommunale2030.plattform.inference;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether data may go to a provider: it processes in a member state of the EU or the EEA, the
 * operator attests that its contract excludes training and retention, and the transport is
 * encrypted unless the model runs on this machine. The same rule runs at start and before every call,
 * so that an object built around the start check still sends nothing to a refused provider.
 */
final class ProviderAdmission {

    /** The one accepted attestation. */
    static final String ATTESTATION = "no-training-no-retention";

    /** The 27 EU member states and the EEA states Iceland, Liechtenstein and Norway (ISO 3166-1 alpha-2). */
    static final Set<String> EU_AND_EEA = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
            "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI",
            "NO");

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern COUNTRY_SHAPE = Pattern.compile("[A-Z]{2}");

    /** Why a provider is refused: the reason and a message naming the setting, in English and German. */
    record Refusal(Outcome reason, String message) {
    }

    private ProviderAdmission() {
    }

    static Optional<Refusal> check(Provider provider) {
        var country = provider.country();
        if (country == null || !EU_AND_EEA.contains(country)) {
            return Optional.of(new Refusal(Outcome.JURISDICTION_REFUSED,
                    "k2030.inference.country (K2030_INFERENCE_COUNTRY) " + shown(country)
                            + ", but only member states of the EU and the EEA are allowed (ISO 3166-1 alpha-2, e.g. DE, FR, NO)"
                            + " / k2030.inference.country (K2030_INFERENCE_COUNTRY) " + gezeigt(country)
                            + ", zugelassen sind nur Mitgliedstaaten der EU und des EWR (ISO 3166-1 alpha-2, z. B. DE, FR, NO)"));
        }
        if (!ATTESTATION.equals(provider.attestation())) {
            return Optional.of(new Refusal(Outcome.NOT_ATTESTED,
                    "k2030.inference.attestation (K2030_INFERENCE_ATTESTATION) must be '" + ATTESTATION
                            + "': the operator attests that the provider's contract excludes training on and retention of prompts and answers"
                            + " / k2030.inference.attestation (K2030_INFERENCE_ATTESTATION) muss „" + ATTESTATION
                            + "“ lauten: der Betreiber bestätigt, dass der Vertrag des Anbieters Training mit und Speicherung von Anfragen und Antworten ausschließt"));
        }
        if (!"https".equals(provider.endpoint().getScheme()) && !loopback(provider.endpoint().getHost())) {
            return Optional.of(new Refusal(Outcome.INSECURE_TRANSPORT,
                    "k2030.inference.url (K2030_INFERENCE_URL) must use https; plain http is allowed only to this machine (localhost, 127.0.0.0/8, ::1)"
                            + " / k2030.inference.url (K2030_INFERENCE_URL) muss https verwenden; http ist nur zu diesem Rechner erlaubt (localhost, 127.0.0.0/8, ::1)"));
        }
        return Optional.empty();
    }

    /**
     * Loopback by name or literal only, never by a DNS lookup: a resolver must not be able to turn an
     * http URL into an allowed one.
     */
    static boolean loopback(String host) {
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (IPV4_LITERAL.matcher(host).matches()) {
            var octets = host.split("\\.");
            for (var octet : octets) {
                if (Integer.parseInt(octet) > 255) {
                    return false;
                }
            }
            return octets[0].equals("127");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            try {
                // In brackets only an IPv6 literal is accepted, so this parses and never resolves.
                return InetAddress.getByName(host).isLoopbackAddress();
            }
            catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    private static String shown(String country) {
        return country == null ? "is not set" : "is '" + printable(country) + "'";
    }

    private static String gezeigt(String country) {
        return country == null ? "ist nicht gesetzt" : "ist „" + printable(country) + "“";
    }

    /** A country code is no secret, but an arbitrary setting value is not echoed into a log. */
    private static String printable(String country) {
        return COUNTRY_SHAPE.matcher(country.toUpperCase(Locale.ROOT)).matches() ? country : "(no ISO code)";
    }
}
