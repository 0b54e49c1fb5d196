package de.kommunale2030.plattform.audit;

import de.kommunale2030.plattform.database.ModuleSchema;
import de.kommunale2030.plattform.identity.Permission;
import de.kommunale2030.plattform.protection.AccessRule;
import de.kommunale2030.plattform.protection.AccessRules;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditSettings.class)
class AuditConfiguration {

    @Bean
    ModuleSchema auditSchema() {
        return new ModuleSchema("audit", 30);
    }

    @Bean
    CheckpointFile checkpointFile(AuditSettings settings, JsonMapper json) {
        return new CheckpointFile(settings.checkpointDirectory(), json);
    }

    @Bean
    SchedulingConfigurer auditPruning(AuditRetention retention, AuditSettings settings) {
        return registrar -> registrar.addFixedDelayTask(
                new FixedDelayTask(retention::pruneExpired, settings.pruneEvery(), settings.pruneEvery()));
    }

    @Bean
    AccessRules auditAccess() {
        var read = Permission.AUDIT_READ.key();
        return AccessRules.of(AccessRule.requires(HttpMethod.GET, "/api/v1/audit/verification", read),
                AccessRule.requires(HttpMethod.GET, "/api/v1/audit/entries", read),
                AccessRule.requires(HttpMethod.GET, "/api/v1/audit/signing-key", read),
                AccessRule.requires(HttpMethod.GET, "/api/v1/audit/retention", read),
                AccessRule.requires(HttpMethod.PUT, "/api/v1/audit/retention", Permission.PRIVACY_MANAGE.key()),
                AccessRule.requires(HttpMethod.GET, "/api/v1/audit/export", Permission.AUDIT_EXPORT.key()),
                AccessRule.requires(HttpMethod.GET, "/verwaltung/protokoll", read),
                AccessRule.requires(HttpMethod.GET, "/verwaltung/protokoll/pruefung", read));
    }

    @Bean
    @ConditionalOnWebApplication
    WebMvcConfigurer readAuditing(AuditLog log) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new ReadAuditing(log));
            }
        };
    }

    /** First of all filters, so that every entry of a request, even a refused sign-in, carries its id. */
    @Bean
    @ConditionalOnWebApplication
    FilterRegistrationBean<RequestIds> requestIds() {
        var registration = new FilterRegistrationBean<>(new RequestIds());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
