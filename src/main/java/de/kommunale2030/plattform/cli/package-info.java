/**
 * The {@code ./k2030} command line: parses and validates commands before anything starts, runs
 * {@code serve} as the HTTPS platform, standalone commands (offline checks) without any context,
 * and every other command in a context without a web server. Modules contribute commands as
 * {@link de.kommunale2030.plattform.cli.CommandHandler} beans, standalone ones through the
 * {@link java.util.ServiceLoader}.
 * <p>
 * Standard output carries only a command's result (JSON or text); messages and logs go to
 * standard error. Exit codes: 0 success, 1 failure, 2 unknown command or bad options.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package de.kommunale2030.plattform.cli;
