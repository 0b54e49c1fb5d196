/**
 * Inference: the only way out of the process to a language model. An EU-only gateway to
 * OpenAI-compatible chat-completion endpoints, either a model on the same host (vLLM, Ollama) or a
 * provider in a member state of the EU or the EEA whose contract excludes training on and retention
 * of customer data (ADR 0016).
 * <p>
 * {@link de.kommunale2030.plattform.inference.LanguageModels} checks before every call what it
 * already checked at start (jurisdiction, the operator's attestation, an encrypted transport) and
 * scans every outgoing payload with the anonymiser: a payload in which it still finds personal data
 * is not sent. Callers pass pseudonymised text only and keep the way back themselves. Timeouts,
 * retries with exponential backoff and a circuit breaker per provider bound what a slow or failing
 * provider costs; the caller falls back to its built-in engine on any
 * {@link de.kommunale2030.plattform.inference.LanguageModelFailure}.
 * <p>
 * Nothing of a prompt or an answer is stored, logged, counted or put into an exception message;
 * {@link de.kommunale2030.plattform.inference.Call} carries metadata only. The gateway is a plain
 * object that the command line builds from the environment
 * ({@link de.kommunale2030.plattform.inference.InferenceSettings#fromEnvironment}); the platform
 * creates it as a bean from {@code k2030.inference.*}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inference", allowedDependencies = { "anonymization" })
package de.kommunale2030.plattform.inference;
