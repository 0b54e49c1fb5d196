package de.kommunale2030.plattform.secrets;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecretsSettings.class)
class SecretsConfiguration {

    @Bean
    SecretStore secretStore(SecretsSettings settings) {
        return SecretStore.inDirectory(settings.directory());
    }
}
