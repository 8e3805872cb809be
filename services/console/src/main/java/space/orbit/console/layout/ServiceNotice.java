package space.orbit.console.layout;

import java.util.function.Function;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;

import space.orbit.console.api.ServiceProblemException;
import space.orbit.console.api.ServiceUnavailableException;

/**
 * A banner at the top of a view saying what went wrong with a service: that it is down,
 * or the detail of the problem it answered; never a stack trace.
 */
public class ServiceNotice extends Div {

	public ServiceNotice(String id) {
		setId(id);
		getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
			.set("border-radius", "var(--lumo-border-radius-m)")
			.set("background", "var(--lumo-error-color-10pct)")
			.set("color", "var(--lumo-error-text-color)");
		setVisible(false);
	}

	/**
	 * Shows what a failed call means; returns false for an exception it does not know.
	 */
	public boolean show(RuntimeException failure) {
		if (failure instanceof ServiceUnavailableException down) {
			show(down.getMessage());
			getElement().setAttribute("data-kind", "unavailable");
			return true;
		}
		if (failure instanceof ServiceProblemException problem) {
			show("The " + problem.service() + " refused: " + problem.problem().message());
			getElement().setAttribute("data-kind", "problem");
			return true;
		}
		return false;
	}

	/**
	 * Shows each error of a problem at the field its pointer names ({@code fieldAt}
	 * answers null for a pointer no field shows); the problem's detail in the banner when
	 * none could be placed.
	 */
	public void showAtFields(ServiceProblemException problem, Function<String, HasValidation> fieldAt) {
		boolean placed = false;
		for (var error : problem.problem().errors()) {
			HasValidation field = fieldAt.apply(String.valueOf(error.pointer()));
			if (field != null) {
				field.setErrorMessage(error.detail());
				field.setInvalid(true);
				placed = true;
			}
		}
		if (!placed) {
			show(problem);
		}
	}

	public void show(String text) {
		setText(text);
		setVisible(true);
	}

	public void clear() {
		setText("");
		getElement().removeAttribute("data-kind");
		setVisible(false);
	}

}
