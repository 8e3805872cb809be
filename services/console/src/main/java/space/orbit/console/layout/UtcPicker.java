package space.orbit.console.layout;

import java.time.Duration;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

/**
 * A date and time picker the way operators read time: ISO 8601 dates (2026-12-06) and a
 * 24-hour clock in UTC, whatever the browser's language; minutes are the step.
 */
public final class UtcPicker {

	private UtcPicker() {
	}

	/** A new picker labelled {@code label}, e.g. "From (UTC)". */
	public static DateTimePicker of(String label) {
		// en-GB gives the 24-hour clock; the date format is set explicitly below.
		DateTimePicker picker = new DateTimePicker(label);
		picker.setLocale(Locale.UK);
		picker.setDatePickerI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd").setFirstDayOfWeek(1));
		picker.setStep(Duration.ofMinutes(1));
		return picker;
	}

}
