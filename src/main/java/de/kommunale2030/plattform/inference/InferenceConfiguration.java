package de.kommunale2030.plattform.inference;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InferenceSettings.class)
class InferenceConfiguration {

    /** Fails the start when the configured provider may not be used; closed with the context. */
    @Bean
    LanguageModels languageModels(InferenceSettings settings, ObjectProvider<Clock> clock) {
        return new LanguageModels(settings, clock.getIfAvailable(Clock::systemUTC));
    }
}
