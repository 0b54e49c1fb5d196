/**
 * The server-rendered German user interface (Thymeleaf): base layout, style sheet, message
 * bundle, the public start page and the page "Datenschutz & Sicherheit", whose statements are
 * rendered from the running system's configuration and database catalog wherever the system knows
 * the fact itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web",
        allowedDependencies = { "protection", "tenancy", "database" })
package de.kommunale2030.plattform.web;
