package de.kommunale2030.plattform.database;

import java.util.List;


import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import de.kommunale2030.plattform.secrets.SecretStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
class DatabaseConfiguration {

    /**
     * Usually started already by {@link DatabaseStartup} while the context was being built; opened
     * here only where that listener does not run.
     */
    @Bean(destroyMethod = "close")
    PlatformDatabase platformDatabase(ObjectProvider<DatabaseStartup> startup, DatabaseSettings settings,
            SecretStore secrets) {
        var started = startup.getIfAvailable();
        return started != null ? started.await() : PlatformDatabase.open(settings, secrets);
    }

    /**
     * The only DataSource the platform uses at run time. Schemas are migrated before it exists, so
     * no request can see a half-migrated database.
     */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(PlatformDatabase database, List<ModuleSchema> schemas, DatabaseSettings settings) {
        database.migrate(schemas);
        var endpoint = database.endpoint();
        var config = new HikariConfig();
        config.setPoolName("k2030-app");
        config.setJdbcUrl(endpoint.jdbcUrl());
        config.setUsername(endpoint.application().user());
        config.setPassword(endpoint.application().password());
        config.setMaximumPoolSize(settings.poolSize());
        config.addDataSourceProperty("ApplicationName", "k2030");
        // JDBC batches become multi-row INSERTs: a thousand audit entries cost a few statements, not a thousand
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }

    @Bean
    DatabaseDescription databaseDescription(PlatformDatabase database) {
        var endpoint = database.endpoint();
        return new DatabaseDescription(endpoint.embedded(), endpoint.application().user(), endpoint.migration().user());
    }

}
