package de.kommunale2030.plattform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Facts only the operator knows, stated on the transparency page.
 *
 * @param location where the platform and its data are hosted, e.g. "Rechenzentrum in Deutschland"
 * @param operator who operates the installation
 */
@ConfigurationProperties("k2030.hosting")
record HostingSettings(String location, String operator) {

    public boolean locationStated() {
        return location != null && !location.isBlank();
    }

    public boolean operatorStated() {
        return operator != null && !operator.isBlank();
    }
}
