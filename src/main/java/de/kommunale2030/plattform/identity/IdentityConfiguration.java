package de.kommunale2030.plattform.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

import de.kommunale2030.plattform.database.ModuleSchema;
import de.kommunale2030.plattform.protection.AccessRule;
import de.kommunale2030.plattform.protection.AccessRules;
import de.kommunale2030.plattform.protection.AuthenticationFilters;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.SessionIdGenerator;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(IdentitySettings.class)
class IdentityConfiguration {

    /** Argon2id above Keycloak's default of 7 MiB: 19 MiB memory, 2 iterations (OWASP's first profile). */
    static final int ARGON2_MEMORY_KIB = 19 * 1024;
    static final int ARGON2_ITERATIONS = 2;

    @Bean
    ModuleSchema identitySchema() {
        return new ModuleSchema("identity", 20);
    }

    @Bean
    PasswordEncoder passwordEncoder(IdentitySettings settings) {
        return new BoundedPasswordHashing(new Argon2PasswordEncoder(16, 32, 1, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS),
                settings.concurrentPasswordHashes() > 0 ? settings.concurrentPasswordHashes()
                        : Runtime.getRuntime().availableProcessors());
    }

    /** Session attributes as JSON of known types: Spring Session JDBC would Java-deserialise them otherwise. */
    @Bean("springSessionConversionService")
    GenericConversionService springSessionConversionService(JsonMapper json) {
        return new SessionAttributeCodec(json).conversionService();
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.withShippedList();
    }

    @Bean
    SecretBox identitySecretBox(IdentityKeys keys) {
        return new SecretBox(keys.mfaSecretKey());
    }

    @Bean
    RecoveryCodes recoveryCodes(IdentityKeys keys) {
        return new RecoveryCodes(keys.recoveryCodeKey());
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** 256-bit session ids instead of Spring Session's UUIDs (122 random bits). */
    @Bean
    SessionIdGenerator sessionIdGenerator() {
        var random = new SecureRandom();
        return () -> {
            var bytes = new byte[32];
            random.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        };
    }

    @Bean
    AccessRules signInAccess() {
        return AccessRules.of(AccessRule.open(HttpMethod.GET, "/api/v1/session/csrf"),
                AccessRule.open(HttpMethod.POST, "/api/v1/session"),
                AccessRule.open(HttpMethod.DELETE, "/api/v1/session"),
                AccessRule.open(HttpMethod.POST, "/api/v1/session/password"),
                AccessRule.open(HttpMethod.POST, "/api/v1/session/mfa/enrollment"),
                AccessRule.open(HttpMethod.POST, "/api/v1/session/mfa/enrollment/confirm"),
                AccessRule.open(HttpMethod.POST, "/api/v1/session/mfa"),
                AccessRule.signedIn(HttpMethod.GET, "/api/v1/me"), AccessRule.signedIn(HttpMethod.POST, "/api/v1/me/password"),
                AccessRule.open("/anmelden"),
                AccessRule.open("/anmelden/passwort"), AccessRule.open("/anmelden/zweiter-faktor"),
                AccessRule.open("/anmelden/zweiter-faktor/einrichten"), AccessRule.open(HttpMethod.POST, "/abmelden"),
                AccessRule.signedIn(HttpMethod.GET, "/konto"));
    }

    @Bean
    AccessRules userAdministrationAccess() {
        var manage = Permission.USER_MANAGE.key();
        return AccessRules.of(AccessRule.requires(HttpMethod.POST, "/api/v1/users", manage),
                AccessRule.requires(HttpMethod.GET, "/api/v1/users", manage),
                AccessRule.requires(HttpMethod.GET, "/api/v1/users/{id}", manage),
                AccessRule.requires(HttpMethod.PATCH, "/api/v1/users/{id}", manage),
                AccessRule.requires(HttpMethod.POST, "/api/v1/users/{id}/deactivation", manage),
                AccessRule.requires(HttpMethod.POST, "/api/v1/users/{id}/mfa-reset", manage),
                AccessRule.requires(HttpMethod.POST, "/api/v1/org-units", manage),
                AccessRule.requires(HttpMethod.GET, "/api/v1/org-units", manage),
                AccessRule.requires(HttpMethod.GET, "/verwaltung/benutzer", manage),
                AccessRule.requires(HttpMethod.POST, "/verwaltung/benutzer", manage),
                AccessRule.requires(HttpMethod.POST, "/verwaltung/benutzer/{id}/deaktivieren", manage),
                AccessRule.requires(HttpMethod.POST, "/verwaltung/benutzer/{id}/zweiter-faktor", manage),
                AccessRule.requires(HttpMethod.POST, "/verwaltung/organisationseinheiten", manage));
    }

    @Bean
    AccessRules tenantRegisterAccess() {
        var manage = Permission.TENANT_MANAGE.key();
        return AccessRules.of(AccessRule.requires(HttpMethod.GET, "/api/v1/tenants", manage),
                AccessRule.requires(HttpMethod.POST, "/api/v1/tenants", manage));
    }

    @Bean
    AccessRules settingsAccess() {
        var manage = Permission.SETTINGS_MANAGE.key();
        return AccessRules.of(AccessRule.requires(HttpMethod.GET, "/api/v1/settings/sessions", manage),
                AccessRule.requires(HttpMethod.PUT, "/api/v1/settings/sessions", manage));
    }

    @Bean
    AccessRules tokenAccess() {
        var manage = Permission.TOKEN_MANAGE.key();
        return AccessRules.of(AccessRule.requires(HttpMethod.POST, "/api/v1/tokens", manage),
                AccessRule.requires(HttpMethod.GET, "/api/v1/tokens", manage),
                AccessRule.requires(HttpMethod.DELETE, "/api/v1/tokens/{id}", manage));
    }

    @Bean
    @ConditionalOnWebApplication
    AuthenticationFilters apiTokenAuthentication(ApiTokens tokens, ApplicationEventPublisher events, Clock clock) {
        return new AuthenticationFilters(List.of(new ApiTokenFilter(tokens, events, clock)));
    }
}
