package de.kommunale2030.plattform.tenancy;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Binds the tenant of {@link TenantContext} to each transaction as its first statement. The
 * setting is transaction-local ({@code set_config(…, true)}), so it disappears at commit or
 * rollback and a pooled connection never carries one tenant into another's transaction.
 */
final class TenantBindingTransactionManager extends JdbcTransactionManager {

    TenantBindingTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        try (var statement = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
            statement.setString(1, TenantContext.current().map(TenantId::toString).orElse(""));
            statement.execute();
        }
    }
}
