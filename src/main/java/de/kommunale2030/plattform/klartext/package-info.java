/**
 * Bescheid-Klartext: from an official notice to a plain-German explanation. {@link Klartext} runs
 * the pipeline: the anonymiser replaces personal data by placeholders; {@link Notice} splits the
 * pseudonymised text into its parts and extracts the {@link Facts} deterministically; the deadline
 * rules ({@link Deadlines}, public holidays per Land) compute the last day to object and name their
 * assumption; the {@link BuiltInExplainer} writes the explanation — or a language model of the
 * {@code inference} module does, and the fact guard accepts its answer only if every amount, date,
 * deadline and placeholder matches the facts; the personal values are put back and the
 * {@link Readability} of both texts measured. Surfaces: {@code ./k2030 klartext}, {@code POST
 * /api/v1/klartext}, the page {@code /klartext}; each Kommune's choices in {@code klartext.settings}.
 * Nothing of a notice or an explanation is stored or logged.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Klartext", allowedDependencies = { "anonymization", "audit", "cli", "database", "identity", "inference", "protection", "tenancy" })
package de.kommunale2030.plattform.klartext;
