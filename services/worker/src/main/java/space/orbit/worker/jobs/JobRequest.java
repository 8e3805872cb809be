package space.orbit.worker.jobs;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import space.orbit.worker.orbits.GroundStation;
import space.orbit.worker.orbits.TleLines;

/**
 * A job's typed parameters, told apart by {@code type}. Where a spacecraft is needed it
 * is given by its TLE or by its id in the mission database (looked up when the job is
 * submitted, and stored with the job).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = JobRequest.PassPrediction.class, name = "PASS_PREDICTION"),
		@JsonSubTypes.Type(value = JobRequest.GroundTrack.class, name = "GROUND_TRACK"),
		@JsonSubTypes.Type(value = JobRequest.ConjunctionScreening.class, name = "CONJUNCTION_SCREENING"),
		@JsonSubTypes.Type(value = JobRequest.SpectralAnalysis.class, name = "SPECTRAL_ANALYSIS") })
@Schema(name = "JobRequest", description = "A job, told apart by 'type'", oneOf = { JobRequest.PassPrediction.class,
		JobRequest.GroundTrack.class, JobRequest.ConjunctionScreening.class, JobRequest.SpectralAnalysis.class },
		discriminatorProperty = "type",
		discriminatorMapping = {
				@DiscriminatorMapping(value = "PASS_PREDICTION", schema = JobRequest.PassPrediction.class),
				@DiscriminatorMapping(value = "GROUND_TRACK", schema = JobRequest.GroundTrack.class),
				@DiscriminatorMapping(value = "CONJUNCTION_SCREENING", schema = JobRequest.ConjunctionScreening.class),
				@DiscriminatorMapping(value = "SPECTRAL_ANALYSIS", schema = JobRequest.SpectralAnalysis.class) })
public sealed interface JobRequest {

	/** 0 (lowest) to 9; default 4. */
	Integer priority();

	@JsonIgnore
	JobType jobType();

	/** Visibility windows of a spacecraft over ground stations. */
	@Schema(name = "PassPrediction",
			description = "type PASS_PREDICTION: visibility windows of a spacecraft (by 'tle' or 'spacecraftId') "
					+ "over ground stations")
	record PassPrediction(@Min(0) @Max(9) Integer priority, @Size(max = 64) String spacecraftId, @Valid TleLines tle,
			@NotEmpty List<@Valid @NotNull GroundStation> stations, @NotNull Instant start,
			@NotNull Instant end) implements JobRequest {

		@Override
		public JobType jobType() {
			return JobType.PASS_PREDICTION;
		}

		PassPrediction withTle(TleLines lines) {
			return new PassPrediction(this.priority, this.spacecraftId, lines, this.stations, this.start, this.end);
		}

	}

	/** Sub-satellite points every {@code stepSeconds} (default 60). */
	@Schema(name = "GroundTrack",
			description = "type GROUND_TRACK: sub-satellite points of a spacecraft (by 'tle' or 'spacecraftId') every "
					+ "'stepSeconds' (default 60)")
	record GroundTrack(@Min(0) @Max(9) Integer priority, @Size(max = 64) String spacecraftId, @Valid TleLines tle,
			@NotNull Instant start, @NotNull Instant end,
			@DecimalMin("1") @DecimalMax("3600") Double stepSeconds) implements JobRequest {

		@Override
		public JobType jobType() {
			return JobType.GROUND_TRACK;
		}

		double step() {
			return (this.stepSeconds != null) ? this.stepSeconds : 60;
		}

		GroundTrack withTle(TleLines lines) {
			return new GroundTrack(this.priority, this.spacecraftId, lines, this.start, this.end, this.stepSeconds);
		}

	}

	/**
	 * Every approach closer than {@code thresholdKm} among the objects (inline TLEs and
	 * spacecraft of the mission database).
	 */
	@Schema(name = "ConjunctionScreening",
			description = "type CONJUNCTION_SCREENING: every approach closer than 'thresholdKm' among the objects "
					+ "(inline TLEs) and the spacecraft of the mission database")
	record ConjunctionScreening(@Min(0) @Max(9) Integer priority, List<@Valid @NotNull CatalogEntry> objects,
			List<@NotBlank @Size(max = 64) String> spacecraftIds, @NotNull Instant start, @NotNull Instant end,
			@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") Double thresholdKm)
			implements
				JobRequest {

		@Override
		public JobType jobType() {
			return JobType.CONJUNCTION_SCREENING;
		}

		List<CatalogEntry> catalog() {
			return (this.objects != null) ? this.objects : List.of();
		}

		List<String> spacecraft() {
			return (this.spacecraftIds != null) ? this.spacecraftIds : List.of();
		}

	}

	/**
	 * One object of a screening catalog.
	 *
	 * @param id its name in the results
	 * @param tle its TLE
	 */
	record CatalogEntry(@NotBlank @Size(max = 64) String id, @NotNull @Valid TleLines tle) {
	}

	/**
	 * The power spectrum of one numeric parameter's history and its dominant periods.
	 */
	@Schema(name = "SpectralAnalysis",
			description = "type SPECTRAL_ANALYSIS: the power spectrum of one numeric parameter's history (from the "
					+ "processor) and its dominant periods")
	record SpectralAnalysis(@Min(0) @Max(9) Integer priority, @NotBlank @Size(max = 64) String spacecraftId,
			@NotBlank @Size(max = 256) String parameter, @NotNull Instant from, @NotNull Instant to,
			@Min(1) @Max(50) Integer peaks) implements JobRequest {

		@Override
		public JobType jobType() {
			return JobType.SPECTRAL_ANALYSIS;
		}

		int peakCount() {
			return (this.peaks != null) ? this.peaks : 5;
		}

	}

}
