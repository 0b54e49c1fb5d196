package de.kommunale2030.plattform.web;

import java.util.Locale;

import de.kommunale2030.plattform.protection.AccessRule;
import de.kommunale2030.plattform.protection.AccessRules;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(HostingSettings.class)
class WebConfiguration {

    @Bean
    AccessRules publicPageAccess() {
        return AccessRules.of(AccessRule.open(HttpMethod.GET, "/"), AccessRule.open(HttpMethod.GET, "/datenschutz"),
                AccessRule.open(HttpMethod.GET, "/css/**"), AccessRule.open(HttpMethod.GET, "/favicon.svg"),
                AccessRule.open("/error"));
    }

    /** The platform speaks German to everybody, whatever the browser's language. */
    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(Locale.GERMANY);
    }
}
