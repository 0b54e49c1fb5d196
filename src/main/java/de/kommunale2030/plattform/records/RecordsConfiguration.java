package de.kommunale2030.plattform.records;

import de.kommunale2030.plattform.database.ModuleSchema;
import de.kommunale2030.plattform.identity.Permission;
import de.kommunale2030.plattform.protection.AccessRule;
import de.kommunale2030.plattform.protection.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class RecordsConfiguration {

    @Bean
    ModuleSchema recordsSchema() {
        return new ModuleSchema("records", 50);
    }

    @Bean
    AccessRules recordsAccessRules() {
        var read = Permission.PERSON_READ.key();
        return AccessRules.of(AccessRule.requires(HttpMethod.POST, "/api/v1/persons", Permission.PERSON_WRITE.key()),
                AccessRule.requires(HttpMethod.POST, "/api/v1/persons/search", read),
                AccessRule.requires(HttpMethod.GET, "/api/v1/persons/{id}", read),
                AccessRule.requires(HttpMethod.POST, "/api/v1/persons/{id}/erasure", Permission.PRIVACY_MANAGE.key()),
                AccessRule.requires(HttpMethod.GET, "/api/v1/case-categories", Permission.CASE_READ.key()),
                AccessRule.requires(HttpMethod.POST, "/api/v1/cases", Permission.CASE_WRITE.key()),
                AccessRule.requires(HttpMethod.GET, "/api/v1/cases", Permission.CASE_READ.key()),
                AccessRule.requires(HttpMethod.GET, "/api/v1/cases/{id}", Permission.CASE_READ.key()),
                AccessRule.requires(HttpMethod.POST, "/api/v1/cases/{id}/close", Permission.CASE_WRITE.key()),
                AccessRule.requires(HttpMethod.POST, "/api/v1/cases/{id}/documents", Permission.DOCUMENT_WRITE.key()),
                AccessRule.requires(HttpMethod.GET, "/api/v1/cases/{id}/documents", Permission.DOCUMENT_READ.key()),
                AccessRule.requires(HttpMethod.GET, "/api/v1/documents/{id}", Permission.DOCUMENT_READ.key()),
                AccessRule.requires(HttpMethod.GET, "/personen", read),
                AccessRule.requires(HttpMethod.POST, "/personen/suche", read),
                AccessRule.requires(HttpMethod.POST, "/personen", Permission.PERSON_WRITE.key()),
                AccessRule.requires(HttpMethod.GET, "/personen/{id}", read),
                AccessRule.requires(HttpMethod.POST, "/personen/{id}/loeschen", Permission.PRIVACY_MANAGE.key()),
                AccessRule.requires(HttpMethod.GET, "/vorgaenge", Permission.CASE_READ.key()),
                AccessRule.requires(HttpMethod.GET, "/vorgaenge/neu", Permission.CASE_WRITE.key()),
                AccessRule.requires(HttpMethod.POST, "/vorgaenge", Permission.CASE_WRITE.key()),
                AccessRule.requires(HttpMethod.GET, "/vorgaenge/{id}", Permission.CASE_READ.key()),
                AccessRule.requires(HttpMethod.POST, "/vorgaenge/{id}/abschliessen", Permission.CASE_WRITE.key()),
                AccessRule.requires(HttpMethod.POST, "/vorgaenge/{id}/dokumente", Permission.DOCUMENT_WRITE.key()),
                AccessRule.requires(HttpMethod.GET, "/dokumente/{id}", Permission.DOCUMENT_READ.key()));
    }
}
