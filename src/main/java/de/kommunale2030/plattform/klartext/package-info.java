/**
 * Bescheid-Klartext: from an official notice to a plain-German explanation (product capability
 * map). So far the deadline rules an explanation states as computed: when a posted notice counts
 * as announced (Bekanntgabe), when a period ends, and the public holidays of each Land that move
 * an end to the next working day.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Klartext", allowedDependencies = { "anonymization", "audit", "database", "identity", "inference", "protection", "tenancy" })
package de.kommunale2030.plattform.klartext;
