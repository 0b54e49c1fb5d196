package de.kommunale2030.plattform.privacy;

import de.kommunale2030.plattform.database.ModuleSchema;
import de.kommunale2030.plattform.identity.Permission;
import de.kommunale2030.plattform.protection.AccessRule;
import de.kommunale2030.plattform.protection.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    @Bean
    ModuleSchema privacySchema() {
        return new ModuleSchema("privacy", 45);
    }

    /** Whoever may read personal data needs to know the purposes to name. */
    @Bean
    AccessRules privacyAccess() {
        return AccessRules.of(AccessRule.requires(HttpMethod.GET, "/api/v1/purposes", Permission.PERSON_READ.key()));
    }
}
