package space.orbit.dashboard.stream;

import java.util.List;

/** The spacecraft the dashboard has heard since it started, for its other features. */
public interface HeardSpacecraft {

	/** Their ids, sorted. */
	List<String> spacecraftIds();

}
