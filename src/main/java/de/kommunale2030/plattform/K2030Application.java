package de.kommunale2030.plattform;

import de.kommunale2030.plattform.cli.CommandLineInterface;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(systemName = "Kommunale 2030 Plattform")
public class K2030Application {

    public static void main(String[] args) {
        CommandLineInterface.main(K2030Application.class, args);
    }
}
