package de.kommunale2030.plattform.identity;

/**
 * Roles of tenant accounts. The permissions behind them arrive with the identity issue.
 */
public enum Role {
    MANDANTEN_ADMIN
}
