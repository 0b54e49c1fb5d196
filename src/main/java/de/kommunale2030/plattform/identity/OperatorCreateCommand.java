package de.kommunale2030.plattform.identity;

import java.io.PrintStream;
import java.util.LinkedHashMap;

import de.kommunale2030.plattform.cli.CommandHandler;
import de.kommunale2030.plattform.cli.CommandLineInterface;
import de.kommunale2030.plattform.cli.Invocation;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./k2030 operator create --username USERNAME}: prints {@code {"username":…,"initialPassword":…}}.
 * The operator signs in with "BETRIEB" instead of an AGS.
 */
@Component
class OperatorCreateCommand implements CommandHandler {

    private final OperatorOnboarding onboarding;
    private final JsonMapper json;

    OperatorCreateCommand(OperatorOnboarding onboarding, JsonMapper json) {
        this.onboarding = onboarding;
        this.json = json;
    }

    @Override
    public String command() {
        return "operator create";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        Username username;
        try {
            username = Username.of(invocation.option("username"));
        }
        catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return CommandLineInterface.USAGE;
        }
        try {
            var operator = onboarding.create(username);
            var result = new LinkedHashMap<String, String>();
            result.put("username", operator.username().value());
            result.put("initialPassword", operator.initialPassword());
            out.println(json.writeValueAsString(result));
            return CommandLineInterface.OK;
        }
        catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return CommandLineInterface.FAILURE;
        }
    }
}
