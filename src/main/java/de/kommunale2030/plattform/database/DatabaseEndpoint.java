package de.kommunale2030.plattform.database;

/**
 * Where and as whom to connect. Passwords stay inside this module.
 */
record DatabaseEndpoint(String jdbcUrl, Credentials application, Credentials migration, boolean embedded) {

    record Credentials(String user, String password) {

        @Override
        public String toString() {
            return "Credentials[user=" + user + "]";
        }
    }
}
