/**
 * The console's frame, its service status page and the notice views show for a failing
 * service.
 */
package space.orbit.console.layout;
