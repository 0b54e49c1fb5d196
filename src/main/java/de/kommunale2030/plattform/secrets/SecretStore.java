package de.kommunale2030.plattform.secrets;

import java.nio.file.Path;

/**
 * Named secrets that exist once per installation. A secret that does not exist yet is generated
 * from a cryptographically strong random source and kept, so every later start and every other
 * process on the same data directory sees the same value.
 */
public interface SecretStore {

    /**
     * @param name lower-case letters, digits and dashes; names the secret, never its value
     * @return the secret, created on first use (256 bits of entropy, URL-safe Base64)
     */
    String getOrCreate(String name);

    /**
     * The store the platform uses, for code that runs before the application context exists
     * (the database starts while the context is still being built). Same files, same values.
     */
    static SecretStore inDirectory(Path directory) {
        return new FileSecretStore(directory, System::getenv);
    }
}
