package space.orbit.enricher.archive;

/**
 * What one write to the archive did.
 *
 * @param documents segment documents inserted
 * @param samples samples added
 * @param duplicates samples that the archive already held (redeliveries), not added
 */
public record ArchiveWrite(int documents, int samples, int duplicates) {

	/** This write and another. */
	public ArchiveWrite plus(ArchiveWrite other) {
		return new ArchiveWrite(this.documents + other.documents, this.samples + other.samples,
				this.duplicates + other.duplicates);
	}

}
