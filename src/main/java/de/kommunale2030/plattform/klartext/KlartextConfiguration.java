package de.kommunale2030.plattform.klartext;

import de.kommunale2030.plattform.database.ModuleSchema;
import de.kommunale2030.plattform.identity.Permission;
import de.kommunale2030.plattform.inference.LanguageModels;
import de.kommunale2030.plattform.protection.AccessRule;
import de.kommunale2030.plattform.protection.AccessRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KlartextSettings.class)
class KlartextConfiguration {

    @Bean
    ModuleSchema klartextSchema() {
        return new ModuleSchema("klartext", 60);
    }

    @Bean
    Klartext klartext(LanguageModels models) {
        return new Klartext(models);
    }

    @Bean
    AccessRules klartextAccessRules() {
        var manage = Permission.SETTINGS_MANAGE.key();
        var use = Permission.KLARTEXT_USE.key();
        return AccessRules.of(AccessRule.requires(HttpMethod.GET, "/api/v1/settings/klartext", manage),
                AccessRule.requires(HttpMethod.PUT, "/api/v1/settings/klartext", manage),
                AccessRule.requires(HttpMethod.GET, "/verwaltung/klartext", manage),
                AccessRule.requires(HttpMethod.POST, "/verwaltung/klartext", manage),
                AccessRule.requires(HttpMethod.POST, "/api/v1/klartext", use),
                AccessRule.requires(HttpMethod.GET, "/klartext", use),
                AccessRule.requires(HttpMethod.POST, "/klartext", use),
                AccessRule.open(HttpMethod.GET, "/js/klartext.js"));
    }
}
