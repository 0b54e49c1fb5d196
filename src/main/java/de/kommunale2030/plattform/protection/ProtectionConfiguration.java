package de.kommunale2030.plattform.protection;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import de.kommunale2030.plattform.secrets.SecretStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.ssl.SslBundleRegistrar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundleKey;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(TlsSettings.class)
class ProtectionConfiguration {

    /** Name of the SSL bundle the web server uses ({@code server.ssl.bundle}). */
    static final String SERVER_BUNDLE = "k2030-server";

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
            + "object-src 'none'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

    @Bean
    ServerCertificate serverCertificate(TlsSettings settings, SecretStore secrets) {
        // read by the JDK when the first TLS context is built, which happens after the beans of this class
        System.setProperty("jdk.tls.namedGroups", String.join(",", settings.namedGroups()));
        if (settings.keystore() != null && !settings.keystore().toString().isBlank()) {
            return ServerCertificate.configured(settings.keystore(), settings.keystorePassword());
        }
        return ServerCertificate.generatedIn(settings.generatedDirectory(), secrets.getOrCreate("tls-keystore"));
    }

    @Bean
    SslBundleRegistrar serverSslBundle(ServerCertificate certificate, TlsSettings settings) {
        return registry -> registry.registerBundle(SERVER_BUNDLE,
                SslBundle.of(SslStoreBundle.of(certificate.keyStore(), certificate.password(), null),
                        SslBundleKey.of(certificate.password(), certificate.alias()),
                        SslOptions.of(settings.cipherSuites().toArray(String[]::new),
                                settings.protocols().toArray(String[]::new))));
    }

    @Bean
    TransportSecurity transportSecurity(ServerCertificate certificate, TlsSettings settings) {
        return new TransportSecurity(settings.protocols(), settings.cipherSuites(), certificate.generated(),
                certificate.validUntil(), settings.hstsMaxAge().toSeconds());
    }

    @Bean
    @ConditionalOnWebApplication
    Http2Limits http2Limits() {
        return new Http2Limits();
    }

    @Bean
    AccessRules healthAccess() {
        return AccessRules.of(AccessRule.open(HttpMethod.GET, "/actuator/health"));
    }

    @Bean
    SecurityFilterChain platformSecurity(HttpSecurity http, List<AccessRules> accessRules,
            List<AuthenticationFilters> authenticationFilters, TlsSettings settings, JsonMapper json,
            ApplicationEventPublisher events) throws Exception {
        var problems = new ProblemResponses(json, events);
        var rules = accessRules.stream().flatMap(module -> module.rules().stream()).toList();
        http.authorizeHttpRequests(requests -> {
            requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
            for (var rule : rules) {
                var matched = rule.method() == null ? requests.requestMatchers(rule.pattern())
                        : requests.requestMatchers(rule.method(), rule.pattern());
                switch (rule.permission()) {
                    case AccessRule.ANYONE -> matched.permitAll();
                    case AccessRule.SIGNED_IN -> matched.authenticated();
                    default -> matched.hasAuthority(rule.permission());
                }
            }
            requests.anyRequest().denyAll();
        })
            .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems.authenticationRequired())
                .accessDeniedHandler(problems.accessDenied()))
            .csrf(csrf -> csrf.ignoringRequestMatchers(ProtectionConfiguration::carriesBearerToken))
            .httpBasic(AbstractHttpConfigurer::disable)
            .formLogin(AbstractHttpConfigurer::disable)
            .requestCache(AbstractHttpConfigurer::disable)
            .headers(headers -> headers
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(settings.hstsMaxAge().toSeconds()))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
        authenticationFilters.stream()
            .flatMap(contribution -> contribution.filters().stream())
            .forEach(filter -> http.addFilterBefore(filter, AuthorizationFilter.class));
        return http.build();
    }

    private static boolean carriesBearerToken(HttpServletRequest request) {
        var authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
