/**
 * Protection at the edge of the platform: HTTPS with TLS 1.3 only, the server certificate,
 * security headers on every response, deny-by-default access rules and RFC 9457 problem
 * responses for refused requests. Later: WAF rules, rate limits and intrusion detection.
 * <p>
 * Modules declare who may call their endpoints with
 * {@link de.kommunale2030.plattform.protection.AccessRules} beans; a request that no rule names is
 * refused.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Protection", allowedDependencies = "secrets")
package de.kommunale2030.plattform.protection;
