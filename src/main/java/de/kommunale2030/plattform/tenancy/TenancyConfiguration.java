package de.kommunale2030.plattform.tenancy;

import javax.sql.DataSource;

import de.kommunale2030.plattform.database.ModuleSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

@Configuration(proxyBeanMethods = false)
class TenancyConfiguration {

    @Bean
    ModuleSchema tenancySchema() {
        return new ModuleSchema("tenancy", 10);
    }

    /** Replaces Spring Boot's transaction manager: no transaction of the platform runs unbound. */
    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new TenantBindingTransactionManager(dataSource);
    }
}
