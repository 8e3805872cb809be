package space.orbit.simulator.run;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import space.orbit.kit.security.ViewerAccess;
import space.orbit.simulator.model.ParameterCatalog;
import space.orbit.simulator.model.ParameterSpec;

/** The running simulation: its report so far and the parameters its frames carry. */
@RestController
@RequestMapping("/api/v1/simulation")
@ViewerAccess
class SimulationController {

	private final SimulationRunner runner;

	private final ParameterCatalog catalog;

	SimulationController(SimulationRunner runner, ParameterCatalog catalog) {
		this.runner = runner;
		this.catalog = catalog;
	}

	@GetMapping
	@Operation(summary = "What was sent, what ingest accepted, and the alerts the scheduled faults must cause")
	SimulationReport report() {
		return this.runner.report();
	}

	@GetMapping("/parameters")
	@Operation(summary = "Each parameter: unit, nominal range, warning and critical limits, noise")
	List<ParameterSpec> parameters() {
		return this.catalog.parameters();
	}

}
