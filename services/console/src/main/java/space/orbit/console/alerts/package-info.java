/** The alert workbench over the analyzer's alerts API. */
package space.orbit.console.alerts;
