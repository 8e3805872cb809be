/** Charts drawn on the server as SVG (ADR 0014). */
package space.orbit.console.chart;
