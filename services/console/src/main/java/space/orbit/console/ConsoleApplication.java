package space.orbit.console;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The operator console: a Vaadin UI over the services' HTTP APIs, dark like the dashboard
 * (operators watch both for hours, often side by side).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@ColorScheme(ColorScheme.Value.DARK)
public class ConsoleApplication implements AppShellConfigurator {

	public static void main(String[] args) {
		SpringApplication.run(ConsoleApplication.class, args);
	}

}
