/** {@code ./k2030 klartext}: explaining notices on the command line, without database or server. */
package de.kommunale2030.plattform.klartext.cli;
