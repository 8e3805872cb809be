/**
 * The physics of a simulated spacecraft: SGP4 orbit (Orekit, data context built in code),
 * analytic Sun and eclipses, power, thermal and attitude models, and the
 * {@link space.orbit.simulator.model.ParameterCatalog} of what it sends.
 */
package space.orbit.simulator.model;
