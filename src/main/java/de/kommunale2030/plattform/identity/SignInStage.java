package de.kommunale2030.plattform.identity;

/**
 * Where a sign-in stands. Only {@link #AUTHENTICATED} grants any permission.
 */
enum SignInStage {
    PASSWORD_CHANGE_REQUIRED,
    MFA_ENROLLMENT_REQUIRED,
    MFA_REQUIRED,
    AUTHENTICATED
}
