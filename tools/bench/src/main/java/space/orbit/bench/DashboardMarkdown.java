package space.orbit.bench;

import java.util.Locale;

/** The Markdown tables of a {@link DashboardReport}. */
final class DashboardMarkdown {

	private DashboardMarkdown() {
	}

	static void stream(StringBuilder md, StreamFigures stream) {
		md.append(String.format(Locale.ROOT, "A. Stream clients, the pipeline at %,d samples/s offered:%n%n",
				stream.rate()));
		md.append("| step | accepted/s | stored+published/s | stored p50 / p95 / p99 ms | zero loss | dashboard heap ")
			.append("max / -Xmx MiB | live after GC max MiB | clients | queued max | dropped columns | dashboard CPU cores | ")
			.append("load avg before -> after |\n");
		md.append("|---|---:|---:|---|:---:|---|---:|---:|---:|---:|---:|---|\n");
		for (StreamFigures.Phase phase : new StreamFigures.Phase[] { stream.without(), stream.with(),
				stream.withoutAgain() }) {
			StepResult s = phase.step();
			DashboardWatch.Figures d = phase.dashboard();
			md.append(String.format(Locale.ROOT,
					"| %s | %,.0f | %,.0f | %.0f / %.0f / **%.0f** | %s | %.0f / %.0f | %.0f | %d | %d | %,.0f | %.2f | %s -> %s |%n",
					phase.name(), s.acceptedPerSecond(), s.storedPerSecond(), s.latencyP50() * 1000,
					s.latencyP95() * 1000, s.latencyP99() * 1000, s.zeroLoss() ? "yes" : "**no**", d.heapUsedMaxMib(),
					d.heapMaxMib(), d.liveDataMaxMib(), d.clientsMax(), d.queuedMax(), d.dropped(),
					cores(s, "dashboard"), phase.loadBefore(), phase.loadAfter()));
		}
		StreamFigures.Readers r = stream.with().readers();
		md.append(String.format(Locale.ROOT,
				"%nReaders: %d clients (8 charts of one spacecraft each, PT5M in 1,000 columns) received %.1f events/s "
						+ "each (%.1f `points`/s, %.1f KiB/s) over the %.0f s of sending; %d failed; the dashboard "
						+ "told them of %,d dropped columns. The stalled client (every spacecraft and parameter in 4,000 columns, "
						+ "%d-byte receive buffer, never read) got `%s`.%n%n",
				r.readers(), r.eventsPerSecond(), r.pointsPerSecond(), r.kibPerSecond(), r.seconds(), r.failed(),
				r.droppedColumns(), StreamClients.STALLED_RECEIVE_BUFFER, r.stalledStatus()));
	}

	static void page(StringBuilder md, PageFigures page) {
		md.append(String.format(Locale.ROOT,
				"B. The page (%d live charts, headless Chromium), the stack at %,d samples/s offered, %.0f s of warm-up "
						+ "then %.0f s measured:%n%n",
				page.charts(), page.rate(), page.warmupSeconds(), page.measuredSeconds()));
		md.append("| main thread busy | busiest interval | JS heap after GC start -> end MiB | JS heap max MiB | ")
			.append("slope MiB/min | Chromium cores | columns held start -> end | chart updates | console errors | ")
			.append("load avg before -> after |\n|---:|---:|---|---:|---:|---:|---|---:|---:|---|\n");
		md.append(String.format(Locale.ROOT,
				"| **%.1f %%** | %.1f %% | %.1f -> %.1f | %.1f | %+.2f | %.2f | %,d -> %,d | %,d | %d | %s -> %s |%n%n",
				page.busyFraction() * 100, page.busiestInterval() * 100, page.heapStartMib(), page.heapEndMib(),
				page.heapMaxMib(), page.heapSlopeMibPerMinute(), page.chromiumCores(), page.pointsStart(),
				page.pointsEnd(), page.redrawsEnd() - page.redrawsStart(), page.consoleErrorCount(), page.loadBefore(),
				page.loadAfter()));
		StepResult s = page.pipeline();
		md.append(String.format(Locale.ROOT,
				"The pipeline meanwhile: accepted %,.0f/s, stored %,.0f/s, stored p50/p95/p99 %.0f/%.0f/%.0f ms, %s; "
						+ "the dashboard's back end %.2f cores; load still on at the last sample: %s.%s%n%n",
				s.acceptedPerSecond(), s.storedPerSecond(), s.latencyP50() * 1000, s.latencyP95() * 1000,
				s.latencyP99() * 1000, s.zeroLoss() ? "zero loss" : "**loss**", cores(s, "dashboard"),
				page.loadOnAtEnd() ? "yes" : "**no**",
				page.droppedNotice().isEmpty() ? "" : " The page said: " + page.droppedNotice() + "."));
	}

	/** A component's CPU during a step, cores; NaN when it was not measured. */
	static double cores(StepResult step, String component) {
		ProcessStats.Usage usage = (step.processes() != null) ? step.processes().get(component) : null;
		return (usage != null) ? usage.cores() : Double.NaN;
	}

}
