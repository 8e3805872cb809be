package space.orbit.analyzer.alerts;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import space.orbit.analyzer.Severity;

/**
 * An alert and its life: one open alert per (spacecraft, parameter, detector), which the
 * events of its condition keep up to date and operators acknowledge, shelve and clear.
 * Transitions are in {@link AlertLifecycle}.
 */
@Entity
@Table(name = "alert")
class Alert {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	String spacecraftId;

	String parameter;

	String detector;

	String ruleId;

	@Enumerated(EnumType.STRING)
	AlertState state;

	/** The worst severity in the alert's life. */
	@Enumerated(EnumType.STRING)
	Severity severity;

	@Enumerated(EnumType.STRING)
	Severity currentSeverity;

	/** Whether the condition is there now. */
	boolean active;

	boolean latching;

	Double valueNumber;

	String valueText;

	Double threshold;

	Double expectedLow;

	Double expectedHigh;

	String message;

	Instant firstSeen;

	Instant lastSeen;

	/** Samples that showed the condition, over every episode merged into this alert. */
	long count;

	/** Episodes merged into this alert. */
	int raises;

	/** The current episode: its event ids without the sequence. */
	String episode;

	/** Samples of the episodes before the current one. */
	long priorCount;

	String traceId;

	Instant raisedAt;

	Instant updatedAt;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "by", column = @Column(name = "acknowledged_by")),
			@AttributeOverride(name = "at", column = @Column(name = "acknowledged_at")),
			@AttributeOverride(name = "comment", column = @Column(name = "acknowledge_comment")) })
	OperatorAction acknowledged;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "by", column = @Column(name = "shelved_by")),
			@AttributeOverride(name = "at", column = @Column(name = "shelved_at")),
			@AttributeOverride(name = "comment", column = @Column(name = "shelve_comment")) })
	OperatorAction shelved;

	Instant shelvedUntil;

	/** The state to return to when the shelf is lifted. */
	@Enumerated(EnumType.STRING)
	AlertState unshelveState;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "by", column = @Column(name = "cleared_by")),
			@AttributeOverride(name = "at", column = @Column(name = "cleared_at")),
			@AttributeOverride(name = "comment", column = @Column(name = "clear_comment")) })
	OperatorAction cleared;

	/** Who is to deal with it (a person's token subject), or null. */
	String assignee;

	/** Short lower-case labels operators give it. */
	@ElementCollection
	@CollectionTable(name = "alert_tag", joinColumns = @JoinColumn(name = "alert_id"))
	@Column(name = "tag")
	@OrderBy
	@BatchSize(size = 100)
	Set<String> tags = new TreeSet<>();

	@Version
	long version;

	protected Alert() {
	}

	boolean open() {
		return this.state != AlertState.CLEARED;
	}

}
