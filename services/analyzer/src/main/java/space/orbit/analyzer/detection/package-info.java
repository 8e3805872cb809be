/**
 * Real-time detection: the Kafka Streams topology
 * ({@link space.orbit.analyzer.detection.AnalyzerTopology}), its detectors (limits, rate
 * of change, stuck, staleness, statistical), the state they keep per spacecraft and
 * parameter, the storm guard, and the alert events they emit.
 */
package space.orbit.analyzer.detection;
