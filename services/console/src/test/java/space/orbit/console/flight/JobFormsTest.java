package space.orbit.console.flight;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each job form's checks: a message at the wrong field and no request, as the worker
 * would refuse.
 */
class JobFormsTest {

	private static final LocalDateTime T0 = LocalDateTime.of(2026, 12, 6, 12, 0);

	/** The demo's ORB-2 TLE (tools/orbit/demo/spacecraft.jsonl has it too). */
	static final String LINE1 = "1 99002U 26042B   26325.00000000  .00000000  00000-0  40000-4 0  9990";

	static final String LINE2 = "2 99002  97.4500 213.9427 0011000  90.0000  72.0000 15.15322385    11";

	@Test
	void aGroundTrackOverTheWorkersPointLimitIsRefusedAtTheStep() {
		GroundTrackForm form = new GroundTrackForm(List.of("ORB-2"));
		form.spacecraft.setValue("ORB-2");
		form.start.setValue(T0);
		form.end.setValue(T0.plusDays(7));
		form.step.setValue(12.0);
		assertThat(form.request()).isNull();
		assertThat(form.step.isInvalid()).isTrue();
		assertThat(form.step.getErrorMessage())
			.isEqualTo("The track would have 50401 points, more than 50000: shorten it or take a longer step.");
		form.step.setValue(13.0);
		GroundTrackRequest request = form.request();
		assertThat(request).isNotNull();
		assertThat(form.step.isInvalid()).isFalse();
		assertThat(request.type()).isEqualTo("GROUND_TRACK");
		assertThat(request.stepSeconds()).isEqualTo(13.0);
	}

	@Test
	void aGroundTrackStepBelowASecondOrASpanBeyondSevenDaysIsRefused() {
		GroundTrackForm form = new GroundTrackForm(List.of("ORB-2"));
		form.spacecraft.setValue("ORB-2");
		form.start.setValue(T0);
		form.end.setValue(T0.plusDays(7).plusMinutes(1));
		form.step.setValue(0.5);
		assertThat(form.request()).isNull();
		assertThat(form.step.getErrorMessage()).isEqualTo("A number from 1.0 to 3600.0.");
		assertThat(form.end.getErrorMessage()).isEqualTo("At most 7 days after the start (the worker's limit).");
		form.end.setValue(T0.minusMinutes(1));
		form.step.setValue(60.0);
		assertThat(form.request()).isNull();
		assertThat(form.end.getErrorMessage()).isEqualTo("Must be after the start.");
		assertThat(form.fieldAt("/stepSeconds")).isSameAs(form.step);
		assertThat(form.fieldAt("/spacecraftId")).isSameAs(form.spacecraft);
	}

	@Test
	void aScreeningNeedsTwoObjectsAPositiveThresholdAndTlesThatParse() {
		ConjunctionScreeningForm form = new ConjunctionScreeningForm(List.of("ORB-1", "ORB-2"));
		form.start.setValue(T0);
		form.end.setValue(T0.plusDays(1));
		form.spacecraft.select("ORB-2");
		form.threshold.setValue(0.0);
		assertThat(form.request()).isNull();
		assertThat(form.spacecraft.getErrorMessage())
			.isEqualTo("A screening needs 2 to 5000 objects (spacecraft and pasted objects together), not 1.");
		assertThat(form.threshold.getErrorMessage()).isEqualTo("More than 0 km, at most 1000.0 km.");

		String broken = LINE2.substring(0, 68) + "2";
		form.objects.setValue("DEBRIS-1\n" + LINE1 + "\n" + broken + "\n");
		form.threshold.setValue(10.0);
		assertThat(form.request()).isNull();
		assertThat(form.objects.getErrorMessage())
			.isEqualTo("Line 3: line 2 fails its checksum (expected 1 at the end).");

		form.objects.setValue("DEBRIS-1\n" + LINE1 + "\n" + LINE2 + "\n\n");
		ConjunctionScreeningRequest request = form.request();
		assertThat(request).isNotNull();
		assertThat(request.spacecraftIds()).containsExactly("ORB-2");
		assertThat(request.objects()).extracting(ConjunctionScreeningRequest.CatalogEntry::id)
			.containsExactly("DEBRIS-1");
		assertThat(request.thresholdKm()).isEqualTo(10.0);

		form.objects.setValue("ORB-2\n" + LINE1 + "\n" + LINE2);
		assertThat(form.request()).isNull();
		assertThat(form.objects.getErrorMessage()).isEqualTo("Object names must differ: 'ORB-2' appears twice.");
		assertThat(form.fieldAt("/objects/0/tle")).isSameAs(form.objects);
		assertThat(form.fieldAt("/spacecraftIds/1")).isSameAs(form.spacecraft);
	}

	@Test
	void pastedTlesMustBeThreeLineSetsOfSixtyNineCharacters() {
		assertThat(TleCatalog.parse(LINE1 + "\n" + LINE2).error())
			.isEqualTo("Line 1: a name line must come before line 1.");
		assertThat(TleCatalog.parse("X\n" + LINE1).error())
			.isEqualTo("Line 1: 'X' needs a line 1 and a line 2 after its name.");
		assertThat(TleCatalog.parse("X\n" + LINE1.substring(0, 60) + "\n" + LINE2).error())
			.isEqualTo("Line 2: line 1 of a TLE starts with '1 ' and has 69 characters (this one has 60).");
		assertThat(TleCatalog.parse("").entries()).isEmpty();
		assertThat(TleCatalog.parse("").error()).isNull();
		assertThat(TleCatalog.checksum(LINE1)).isEqualTo(0);
		assertThat(TleCatalog.checksum(LINE2)).isEqualTo(1);
	}

	@Test
	void aSpectralAnalysisNeedsAParameterAndAtMostFiftyPeaks() {
		SpectralAnalysisForm form = new SpectralAnalysisForm(List.of("ORB-2"));
		form.spacecraft.setValue("ORB-2");
		form.from.setValue(T0);
		form.to.setValue(T0.plusHours(1));
		form.peaks.setValue(51);
		assertThat(form.request()).isNull();
		assertThat(form.parameter.getErrorMessage()).isEqualTo("Name a numeric parameter.");
		assertThat(form.peaks.getErrorMessage()).isEqualTo("A whole number from 1 to 50.");
		form.parameter.setValue("EPS.BATTERY.VOLTAGE");
		form.peaks.setValue(3);
		form.to.setValue(T0.plusDays(8));
		assertThat(form.request()).isNull();
		assertThat(form.to.getErrorMessage()).isEqualTo("At most 7 days after the From (the worker's limit).");
		form.to.setValue(T0.plusHours(1));
		SpectralAnalysisRequest request = form.request();
		assertThat(request).isNotNull();
		assertThat(request.peaks()).isEqualTo(3);
		assertThat(request.from().toString()).isEqualTo("2026-12-06T12:00:00Z");
		assertThat(form.fieldAt("/to")).isSameAs(form.to);
	}

	@Test
	void aPassPredictionStationNeedsAName() {
		PassPredictionForm form = new PassPredictionForm(null);
		form.spacecraft.setValue("ORB-2");
		form.station.setValue(" ");
		assertThat(form.request()).isNull();
		assertThat(form.station.getErrorMessage()).isEqualTo("A station name is required.");
		assertThat(form.spacecraft.getHelperText()).contains("unavailable");
	}

	@Test
	void everyJobTypeOfTheWorkerHasAForm() {
		assertThat(Set.of(new PassPredictionForm(List.of()).type(), new GroundTrackForm(List.of()).type(),
				new ConjunctionScreeningForm(List.of()).type(), new SpectralAnalysisForm(List.of()).type()))
			.containsExactlyInAnyOrder("PASS_PREDICTION", "GROUND_TRACK", "CONJUNCTION_SCREENING", "SPECTRAL_ANALYSIS");
	}

}
