package de.kommunale2030.plattform.identity;

import java.io.PrintStream;
import java.util.LinkedHashMap;

import de.kommunale2030.plattform.cli.CommandHandler;
import de.kommunale2030.plattform.cli.CommandLineInterface;
import de.kommunale2030.plattform.cli.Invocation;
import de.kommunale2030.plattform.tenancy.Ags;
import de.kommunale2030.plattform.tenancy.TenantAlreadyExists;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./k2030 tenant create --ags AGS --name NAME --admin USERNAME}: prints
 * {@code {"tenantId":…,"ags":…,"admin":…,"initialPassword":…}}.
 */
@Component
class TenantCreateCommand implements CommandHandler {

    private final TenantOnboarding onboarding;
    private final JsonMapper json;

    TenantCreateCommand(TenantOnboarding onboarding, JsonMapper json) {
        this.onboarding = onboarding;
        this.json = json;
    }

    @Override
    public String command() {
        return "tenant create";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        Ags ags;
        Username admin;
        try {
            ags = Ags.of(invocation.option("ags"));
            admin = Username.of(invocation.option("admin"));
        }
        catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return CommandLineInterface.USAGE;
        }
        try {
            var onboarded = onboarding.onboard(ags, invocation.option("name"), admin);
            var result = new LinkedHashMap<String, String>();
            result.put("tenantId", onboarded.tenant().id().toString());
            result.put("ags", onboarded.tenant().ags().value());
            result.put("admin", onboarded.admin().value());
            result.put("initialPassword", onboarded.initialPassword());
            out.println(json.writeValueAsString(result));
            return CommandLineInterface.OK;
        }
        catch (TenantAlreadyExists e) {
            err.println(e.getMessage());
            return CommandLineInterface.FAILURE;
        }
        catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return CommandLineInterface.USAGE;
        }
    }
}
