package space.orbit.console.history;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRelayTest {

	@Test
	void copiesEveryByteAndCountsTheRowsAfterTheHeader() throws Exception {
		String csv = "a,b\r\n" + "1,2\r\n".repeat(100_000);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<Long> progress = new ArrayList<>();

		long rows = new CsvRelay().copy(stream(csv), out, progress::add);

		assertThat(rows).isEqualTo(100_000);
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(csv);
		assertThat(progress).isSorted().endsWith(100_000L);
	}

	@Test
	void aCancelledCopyStopsAtTheNextBuffer() {
		CsvRelay relay = new CsvRelay();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String csv = "a,b\r\n" + "1,2\r\n".repeat(100_000);
		InputStream slow = new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public synchronized int read(byte[] b, int off, int len) {
				// the operator cancels once the first buffer went through
				if (pos > 0) {
					relay.cancel();
				}
				return super.read(b, off, Math.min(len, 1_000));
			}
		};

		assertThatThrownBy(() -> relay.copy(slow, out, (rows) -> {
		})).isInstanceOf(CsvRelay.CancelledException.class).hasMessage("export cancelled after 199 rows");
		assertThat(out.size()).isEqualTo(1_000);
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
